import { canonicalWords } from './canonical-words';
import { productQuestionPenalty, weighRequestEvidence } from './human-request-evidence';
import { ENGLISH_FRAMES, FILLERS, LONE_PERSON, OTHER_LANGUAGE_FRAMES } from './human-request-frames';
import { clausesOf, foldText, withoutQuotedText } from './normalize-text';

/**
 * Does the customer ask to be put through to a person? Two paths, per clause, the stronger
 * wins: precise phrase frames ("talk to a human", "agent please", "parler à un conseiller"),
 * and general evidence (a person named, a request, a linking verb). The bare words "human" or
 * "agent" are not enough: customers of a support product also ask about agent seats,
 * human-readable names and handing chats to a human agent.
 */
export interface HumanRequestDetection {
  asksForHuman: boolean;
  /** 0..1; 0.5 and above counts as a request. */
  score: number;
  signals: string[];
}

export const HUMAN_REQUEST_THRESHOLD = 0.5;

/** Someone other than the writer is doing the talking ("let customers talk to a human"). */
const THIRD_PARTIES = new Set([
  'customers',
  'customer',
  'users',
  'user',
  'visitors',
  'visitor',
  'clients',
  'client',
  'they',
  'he',
  'she',
  'agents',
  'members',
  'teammates',
  'colleague',
  'colleagues',
  'people',
  'bot',
  'chatbot',
  'ai',
  'it',
  'team',
]);
/** A determiner before "chat"/"call" makes it a noun ("is this chat with a human"). */
const NOUN_MAKERS = new Set(['this', 'that', 'the', 'a', 'an', 'my', 'our', 'your', 'each', 'every', 'their']);

function isNegated(before: string[]): boolean {
  const window = before.slice(-3);
  if (window.some((word) => word === 'not' || word === 'never' || word === 'without' || word.endsWith("n't"))) {
    // "not only", "not just" qualify rather than negate.
    return !(window[window.length - 1] === 'just' && window.includes('not'));
  }
  const joined = window.join(' ');
  return /\bno (?:need|longer)\b/.test(joined) || /\brather not\b/.test(joined);
}

/**
 * The few words before a phrase, which are all the subject and negation checks read: splitting the
 * whole clause for every phrase found made a long clause of repeated phrases quadratic.
 */
function wordsJustBefore(text: string, end: number): string[] {
  const from = Math.max(0, end - 120);
  const words = text.slice(from, end).split(' ').filter(Boolean);
  // A cut word at the window's edge is not a word the customer wrote.
  return from > 0 && text[from - 1] !== ' ' ? words.slice(1) : words;
}

/** The strongest phrase frame in a clause, ignoring phrases that are denied or said of someone else. */
function weighFrames(clause: string, rawClause: string, signals: string[]): { score: number; negated: boolean } {
  let score = 0;
  let negated = false;
  for (const { frames, text } of [
    { frames: ENGLISH_FRAMES, text: clause },
    { frames: OTHER_LANGUAGE_FRAMES, text: rawClause },
  ]) {
    for (const { pattern, weight, checkSubject, language } of frames) {
      for (const match of text.matchAll(pattern)) {
        const matched = match[0].trim();
        const start = (match.index ?? 0) + (match[0].length - matched.length);
        const before = wordsJustBefore(text, start);
        const previous = before[before.length - 1];
        if (checkSubject && previous && (THIRD_PARTIES.has(previous) || NOUN_MAKERS.has(previous))) continue;
        if (checkSubject && isNegated(before)) {
          negated = true;
          signals.push(`negated:"${matched}"`);
          continue;
        }
        score = Math.max(score, weight);
        signals.push(`phrase:"${matched}"${language ? ` (${language})` : ''}`);
      }
    }
  }
  // "person not bot", "human, not AI": what follows "not" only says what the customer does not want.
  const plea = clause.replace(/ (?:not|no) (?:a |an |the )?(?:bot|robot|ai|chatbot|machine)s?$/, '');
  const core = plea.split(' ').filter((word) => !FILLERS.has(word));
  if (core.length > 0 && core.length <= 4 && LONE_PERSON.test(core.join(' '))) {
    score = Math.max(score, 0.8);
    signals.push(`plea:"${core.join(' ')}"`);
  }
  return { score, negated };
}

export function detectHumanRequest(text: string): HumanRequestDetection {
  const folded = withoutQuotedText(foldText(text));
  const signals: string[] = [];
  let score = 0;

  for (const rawWords of clausesOf(folded)) {
    const clause = canonicalWords(rawWords).join(' ');
    const frames = weighFrames(clause, rawWords.join(' '), signals);
    const evidence = weighRequestEvidence(clause);
    const { penalty, signal } = productQuestionPenalty(clause);

    let clauseScore = Math.max(frames.score, evidence.score);
    if (evidence.score > frames.score && evidence.score >= HUMAN_REQUEST_THRESHOLD) {
      signals.push(`evidence:${evidence.signals.join('+')}`);
    }
    if (clauseScore > 0 && penalty > 0 && signal) {
      clauseScore -= penalty;
      signals.push(signal);
    }
    score = Math.max(score, clauseScore);
  }

  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
  return { asksForHuman: score >= HUMAN_REQUEST_THRESHOLD, score, signals: [...new Set(signals)] };
}
