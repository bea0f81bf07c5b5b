import { foldText, withoutQuotedText } from './normalize-text';

/**
 * "That didn't help": the customer says the AI's last answer failed. Counted towards the
 * failed-answers trigger (machines/triggers/failed-answers.ts). Phrases that could just as well describe a fresh problem ("it
 * doesn't work") only count once the customer has written before, i.e. after an answer.
 */
export interface NotHelpfulDetection {
  saysNotHelpful: boolean;
  signals: string[];
}

const ALWAYS = new RegExp(
  [
    "(?:that|this|your answer|the answer|your reply|the article|that article|this article|the link|that link|your suggestion|the suggestion|those steps|these steps|the steps)(?: still| really| just)? (?:didn't|did not|doesn't|does not|won't|wasn't|was not|isn't|is not) (?:help|helpful|really help|answer|solve|fix|work|apply|relevant|right|correct|what i)",
    "it (?:didn't|did not|doesn't|does not|wasn't|isn't) (?:help|helpful|answer|solve)",
    "(?:didn't|did not|doesn't|does not) (?:really )?help",
    'not (?:very |really |at all )?helpful|unhelpful|no help',
    "not what i (?:asked|meant|need|needed|was asking|am asking)|not what i'm asking",
    "(?:you )?(?:didn't|did not|don't|do not) (?:answer|understand) (?:my|the) question|doesn't answer my question|(?:that|this) doesn't answer",
    "wrong answer|not the answer|useless answer|that's not it|that is not it|that's wrong|that is wrong|that's not right|that's incorrect",
    "(?:already )?tried (?:that|this|those|these|it)(?: already)?|didn't work either|did not work either",
    "still (?:not working|doesn't work|does not work|broken|the same|not fixed|no luck|greyed out|failing|stuck)",
    // Spanish, French, German, Portuguese, Italian.
    "no me (?:ayudo|ayuda|sirve|sirvio)|(?:ca|cela) (?:ne m'aide pas|n'aide pas|n'a pas aide)|hilft (?:mir )?nicht|nao (?:me )?ajudou|non (?:mi )?(?:aiuta|ha aiutato)",
  ]
    .map((part) => `(?:${part})`)
    .join('|'),
  'g',
);
const AFTER_AN_ANSWER = /(?<![\w'])(?:it|that|this) (?:still )?(?:doesn't|does not|didn't|did not) work|no luck|same problem|same error|same issue/g;

export function detectNotHelpful(text: string, recentCustomerMessages: readonly string[] = []): NotHelpfulDetection {
  const folded = withoutQuotedText(foldText(text));
  const phrases = [...folded.matchAll(ALWAYS)].map((match) => match[0]);
  if (recentCustomerMessages.length > 0) phrases.push(...[...folded.matchAll(AFTER_AN_ANSWER)].map((match) => match[0]));
  return { saysNotHelpful: phrases.length > 0, signals: [...new Set(phrases)].map((phrase) => `not helpful:"${phrase}"`) };
}
