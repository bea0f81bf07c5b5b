import { foldText, withoutQuotedText, wordOverlap, wordsOf } from './normalize-text';

/**
 * How frustrated the customer sounds, 0..1. Each cue (an angry word, profanity, shouting,
 * "!!!", asking the same thing again, insulting the bot) is evidence on its own, so cues are
 * combined as independent evidence, 1 − Π(1 − weight): one strong cue or two middling ones
 * reach the default threshold of 0.7, one mild cue does not.
 */
export interface FrustrationDetection {
  score: number;
  signals: string[];
}

interface Cue {
  label: string;
  pattern: RegExp;
  weight: number;
  /** Feelings can be denied ("I'm not angry") or belong to someone else ("angry customers"). */
  negatable?: boolean;
}

const cue = (label: string, source: string, weight: number, negatable = true): Cue => ({
  label,
  pattern: new RegExp(`(?<![\\w'])(?:${source})(?![\\w'])`, 'g'),
  weight,
  negatable,
});

const CUES: Cue[] = [
  // The customer says how they feel.
  cue(
    'angry',
    "angry|furious|livid|pissed(?: off)?|fed up|sick (?:and tired )?of|frustrat(?:ed|ing)|infuriat\\w*|outraged|fuming|enraged|losing my (?:patience|mind|temper)|had enough|enough is enough|at my wits'? end",
    0.7,
  ),
  cue(
    'annoyed',
    'annoy(?:ed|ing)|irritat(?:ed|ing)|upset|disappoint(?:ed|ing)|unhappy|dissatisfied|not (?:happy|satisfied|pleased|ok|okay|acceptable|good enough)',
    0.45,
  ),
  cue('exasperated', 'u+g+h+|a+r+g+h+|grr+|are you (?:kidding|serious|joking)(?: me)?|kidding me|unbelievable|seriously\\?', 0.45, false),
  // The customer judges the product or the answer.
  cue(
    'insult',
    "(?:this|it|you|you people|your (?:bot|ai|chatbot|assistant|answers?|service|support|app|product|company|site|website|checkout)|this (?:bot|chatbot|ai|thing|app|service|product|site|company)|the bot)(?: (?:is|are|'re|was|were)|'s)? (?:so |completely |totally |absolutely |utterly |really |just )?(?:useless|stupid|dumb|garbage|rubbish|pathetic|worthless|a joke|a scam|terrible|incompetent|a waste of time|trash|hopeless)",
    0.75,
  ),
  // Words nobody uses calmly about a service: one is enough.
  cue(
    'useless',
    'useless|worthless|unacceptable|ridiculous|pathetic|incompetent|thanks for nothing|a scam|scam|what a joke|a joke|worst(?! case)|waste of (?:my )?(?:time|money)|wasting my (?:time|money)|disaster|shambles|fiasco|wasted (?:an? |my )?(?:\\w+ ){0,2}(?:time|day|afternoon|morning|evening|hour|hours|week)',
    0.7,
  ),
  cue(
    'negative',
    'terrible|awful|horrible|horrendous|garbage|rubbish|trash|junk|nonsense|disgrace(?:ful)?|disgusting|shameful|appalling|lousy|sucks?|hopeless|nobody cares|no one cares|nothing works|never works|stupid|dumb|idiotic|hate(?! to (?:bother|ask|say|interrupt|be))',
    0.5,
  ),
  cue(
    'fed up',
    "enough with (?:the|this|your)|enough of (?:the|this|your)|stop wasting|done with (?:the|this|your)|i give up|testing my patience|(?:do|did|are|can) you even|nightmare|what a mess|such a mess|ruined|outrageous|absurd|how hard (?:can it be|is it)|(?:can't|cannot|can not) believe|no closer|last time i (?:order|buy|use|shop|book)|(?:about to|going to|gonna|i'll|i will) cancel|take my business|switching to (?:a |another )?(?:competitor|provider)|(?:great|nice|good|well done|brilliant) job (?:breaking|ruining|losing)|anyone (?:\\w+ ){0,3}competent|you people|for (?:god|christ|heaven|pete|f\\*+|fuck)'?s sake",
    0.7,
  ),
  cue('profanity', 'fuck\\w*|f\\*+(?:k|ck)?\\w*|shit\\w*|bullshit|wtf|goddamn\\w*|ffs|bastards?|assholes?|screw (?:this|you|it)', 0.7, false),
  cue('profanity', 'what the (?:hell|heck)|crap\\w*|bloody|piss\\w*', 0.6, false),
  cue('profanity', 'damn\\w*|hell', 0.45, false),
  // The customer has been here before.
  cue(
    'repeating',
    "(?:third|3rd|fourth|fifth|umpteenth|last) time|(?:asked|told you|said|tried|written|explained)(?: \\w+)?(?: \\w+)? (?:two|three|four|five|several|many|multiple|\\d+) times|how many times|(?:already|i) (?:told|said|explained)(?: you| this| that| it)?|(?:asking|asked|ask) (?:the same|this) (?:question|thing)|same (?:useless )?(?:answer|article|link|reply)|keep (?:asking|telling|sending|getting|saying)|over and over|yet again|once again|still (?:not|no|broken|doesn't|isn't|can't|won't|waiting|nothing)",
    0.5,
    false,
  ),
  cue('again', 'again|for (?:days|weeks|months|ages|hours)|(?:two|three|four|several|\\d+) (?:weeks|days|months|hours)|every single time', 0.3, false),
];
const INTENSIFIER = /(?:so|really|extremely|absolutely|completely|totally|utterly|beyond|very|truly|incredibly)\s$/;
const DENIAL = /(?:\bnot|\bnever|n't|\bno|\bwithout)(?:\s+\w+)?\s+$/;
const PAST_FEELING = /\b(?:was|were|had been|used to be|sounded|seemed|felt|got)\s+(?:\w+\s+)?$/;
const SOMEONE_ELSES = /^\s+(?:customers?|users?|clients?|people|visitors?|shoppers?)\b/;
const POSITIVE = /\b(?:thanks|thank you|great|love|awesome|perfect|appreciate|amazing|impressive|excellent|brilliant|wonderful)\b/;

export function detectFrustration(text: string, recentCustomerMessages: readonly string[] = []): FrustrationDetection {
  const folded = withoutQuotedText(foldText(text));
  const signals: string[] = [];
  const weights: number[] = [];
  const add = (signal: string, weight: number) => {
    signals.push(signal);
    weights.push(weight);
  };

  for (const { label, pattern, weight, negatable } of CUES) {
    for (const match of folded.matchAll(pattern)) {
      const before = folded.slice(0, match.index);
      const after = folded.slice((match.index ?? 0) + match[0].length);
      if (negatable && DENIAL.test(before)) continue;
      // "angry customers" is someone else's feeling; "the worst customer experience" is still a verdict.
      if ((label === 'angry' || label === 'annoyed') && SOMEONE_ELSES.test(after)) continue;
      let cueWeight = weight;
      if (negatable && PAST_FEELING.test(before)) cueWeight *= 0.4;
      else if (INTENSIFIER.test(before)) cueWeight = Math.min(0.9, cueWeight + 0.15);
      add(`${label}:"${match[0]}"`, cueWeight);
    }
  }

  const shouting = shoutingOf(text);
  if (shouting) add(shouting.signal, shouting.weight);

  const punctuation = /!{3,}/.test(text)
    ? { signal: 'repeated "!"', weight: 0.4 }
    : /\?!|!\?/.test(text)
      ? { signal: '"?!"', weight: 0.35 }
      : /\?{3,}/.test(text)
        ? { signal: 'repeated "?"', weight: 0.3 }
        : /!!/.test(text)
          ? { signal: '"!!"', weight: 0.25 }
          : /\?\?/.test(text)
            ? { signal: '"??"', weight: 0.2 }
            : null;
  if (punctuation) add(punctuation.signal, punctuation.weight);

  // Asking the same thing again is frustration even when worded calmly.
  if (wordsOf(folded).length >= 2) {
    const repeats = recentCustomerMessages.filter((earlier) => wordOverlap(earlier, text) >= 0.6).length;
    if (repeats >= 2) add(`repeats the same message ${repeats + 1} times`, 0.75);
    else if (repeats === 1) add('repeats an earlier message', 0.45);
  }

  let score = 1 - weights.reduce((remaining, weight) => remaining * (1 - weight), 1);
  const hostile = signals.some((signal) => /^(?:insult|profanity|useless|fed up)/.test(signal));
  if (score > 0 && !hostile && POSITIVE.test(folded)) score *= 0.6;
  return { score: Math.round(score * 100) / 100, signals: [...new Set(signals)] };
}

/** Capitals held down across a whole message, or on a long word in it; short acronyms (API, CSV) don't count. */
function shoutingOf(text: string): { signal: string; weight: number } | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (letters.length >= 10 && words.length >= 3 && upper / letters.length >= 0.8) return { signal: 'shouting', weight: 0.7 };
  if (words.length === 1 && letters.length >= 5 && upper === letters.length) return { signal: 'shouting', weight: 0.5 };
  const loudWord = words.find((word) => word.length >= 5 && word === word.toUpperCase() && word !== word.toLowerCase());
  return loudWord ? { signal: `caps:"${loudWord}"`, weight: 0.35 } : null;
}
