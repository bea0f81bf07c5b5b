/**
 * Text folding shared by the detectors: customers write in any case, with or without accents,
 * with curly quotes from phones and with elongated words ("humaaan"); the phrase lists are
 * written once, in plain lowercase ASCII, and matched against the folded text.
 */

/** Lowercase, accents removed, typographic quotes and dashes made plain. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/ß/g, 'ss');
}

/** Words, keeping inner apostrophes and hyphens ("don't", "human-readable" stay one token). */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Clauses split on sentence punctuation, commas and "but": negation and "who is speaking"
 * rarely reach across them ("I don't want to wait, get me a human").
 */
export function clausesOf(folded: string): string[][] {
  return folded
    .split(/[.!?;,:()\n\u2026]+|\s[-–—]+\s|\bbut\b/)
    .map(wordsOf)
    .filter((clause) => clause.length > 0);
}

/** "humaaan" → "human", "pleeease" → "please"; doubled letters ("need", "speed") stay. */
export function collapseElongation(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** Optimal-string-alignment distance capped at `limit` (returns limit + 1 beyond it). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return Math.min(rows[a.length]![b.length]!, limit + 1);
}

/** Word-level similarity of two messages, ignoring case, accents and word order (Jaccard on words). */
export function wordOverlap(a: string, b: string): number {
  const left = new Set(wordsOf(foldText(a)).map(collapseElongation));
  const right = new Set(wordsOf(foldText(b)).map(collapseElongation));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Removes text inside quotes: a quoted word is mentioned, not meant ("the 'useless' tag"). */
export function withoutQuotedText(folded: string): string {
  return folded.replace(/"[^"]{1,80}"/g, ' ').replace(/(^|[\s(])'[^']{1,60}'(?=[\s.,!?;:)]|$)/g, '$1 ');
}
