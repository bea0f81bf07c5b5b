/** How two entries of a words list are compared: keywords match case-insensitively, so "Refund" and " refund " are the same word. */
export function wordKey(word: string): string {
  return word.trim().toLocaleLowerCase();
}

export type DuplicateWord = { word: string; sameAs: string };

/** Entries of the list that repeat an earlier one (whatever their letter case or surrounding spaces). */
export function duplicatesWithin(words: string[]): DuplicateWord[] {
  const seen = new Map<string, string>();
  const duplicates: DuplicateWord[] = [];
  for (const word of words) {
    const key = wordKey(word);
    if (!key) continue;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, word);
    else duplicates.push({ word: word.trim(), sameAs: earlier.trim() });
  }
  return duplicates;
}

/**
 * Splits what the admin typed (comma-separated) into the entries it adds to `existing` and the ones
 * it would repeat, either an entry already in the list or one typed earlier in the same input.
 */
export function splitNewWords(existing: string[], typed: string): { added: string[]; duplicates: DuplicateWord[] } {
  const seen = new Map(existing.map((word) => [wordKey(word), word.trim()] as const));
  const added: string[] = [];
  const duplicates: DuplicateWord[] = [];
  for (const part of typed.split(',')) {
    const word = part.trim();
    if (!word) continue;
    const earlier = seen.get(wordKey(word));
    if (earlier !== undefined) duplicates.push({ word, sameAs: earlier });
    else {
      seen.set(wordKey(word), word);
      added.push(word);
    }
  }
  return { added, duplicates };
}

/** A sentence naming the repeats, e.g. `Duplicate keyword: “Refund” is the same as “refund”.` */
export function describeDuplicates(duplicates: DuplicateWord[], item: string): string {
  const each = duplicates.map(({ word, sameAs }) => (word === sameAs ? `“${word}” is already in the list` : `“${word}” is the same as “${sameAs}”`));
  return `Duplicate ${item}${duplicates.length === 1 ? '' : 's'}: ${each.join('; ')}.`;
}
