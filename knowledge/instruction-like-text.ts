/**
 * Sentences that address an AI rather than a customer ("ignore previous instructions",
 * "reveal your system prompt"). Help articles are written by many people and pasted from
 * many places; the offline answerer never quotes such a sentence back to a customer.
 */
const INSTRUCTION_PATTERNS = [
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,60}\b(?:instructions?|prompts?|rules|guidelines|directions)\b/i,
  /\bsystem\s+(?:prompt|message|instructions?)\b/i,
  /\b(?:reveal|print|show|repeat|output|leak|disclose)\b[^.!?\n]{0,40}\b(?:prompt|instructions)\b/i,
  /\byou\s+are\s+now\b/i,
  /\b(?:new|updated)\s+instructions\b/i,
  /\b(?:jailbreak|developer\s+mode|DAN\s+mode)\b/i,
  /\b(?:as\s+an?\s+)?(?:AI|assistant|chatbot|language\s+model)\b[^.!?\n]{0,40}\b(?:must|should|will)\s+(?:now\s+)?(?:say|answer|respond|reply|tell|obey)\b/i,
];

export function looksLikeInstructionsToAnAi(text: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(text));
}
