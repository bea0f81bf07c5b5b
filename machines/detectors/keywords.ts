import { foldText } from './normalize-text';

/**
 * Watched keywords of a `keyword` trigger found in a message: whole words or phrases, ignoring
 * case, accents and punctuation, and forgiving a plural "s"/"es" on the last word ("refunds",
 * "chargebacks"). A trailing `*` matches any word starting so ("refund*" also finds "refunded").
 * Returns the keywords as the admin wrote them, in the admin's order.
 */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = ` ${plainWords(text)} `;
  const matched: string[] = [];
  for (const keyword of keywords) {
    const prefix = keyword.trim().endsWith('*');
    const needle = plainWords(prefix ? keyword.trim().slice(0, -1) : keyword);
    if (!needle) continue;
    const pattern = new RegExp(` ${escapeRegExp(needle)}${prefix ? '[\\p{L}\\p{N}]*' : '(?:s|es)?'} `, 'u');
    if (pattern.test(haystack) && !matched.includes(keyword)) matched.push(keyword);
  }
  return matched;
}

/** Folded words separated by single spaces; apostrophes vanish so "account's" still holds "account". */
function plainWords(text: string): string {
  return foldText(text)
    .replace(/'/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
