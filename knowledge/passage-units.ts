/**
 * A chunk of Markdown split into the pieces a customer-facing answer is built from:
 * headings, list items and sentences. Shared by the index (to score how well the best
 * part of a chunk matches) and the offline answerer (to quote just that part).
 */
export type PassageUnit = {
  kind: 'heading' | 'sentence' | 'list-item' | 'code';
  /** The unit as written, Markdown included. */
  text: string;
  /** The heading this unit sits under, if the chunk has one above it. */
  heading: string | null;
  /** Units of one paragraph or one list share a block number. */
  block: number;
  /** A numbered list item: a step, which only makes sense with the other steps. */
  ordered?: boolean;
};

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const ORDERED_ITEM = /^\s*\d+[.)]\s+/;
const TABLE_SEPARATOR = /^\|[\s:|-]+\|$/;
const HEADING = /^#{1,6}\s+/;
/** A sentence ends at . ! or ? followed by a space and something that can start a sentence. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["“(*\p{Lu}\d])/u;

export function splitPassageUnits(text: string): PassageUnit[] {
  const units: PassageUnit[] = [];
  let heading: string | null = null;
  let block = 0;
  let paragraph: string[] = [];
  let inCode = false;
  let code: string[] = [];
  let previousWasListItem = false;
  let tableHeader: string[] | null = null;
  let previousRow: string[] | null = null;

  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const joined = paragraph.join(' ').trim();
    for (const sentence of joined.split(SENTENCE_END)) {
      if (sentence.trim()) units.push({ kind: 'sentence', text: sentence.trim(), heading, block });
    }
    paragraph = [];
    block++;
  };

  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) {
      if (inCode) {
        units.push({ kind: 'code', text: code.join('\n'), heading, block: block++ });
        code = [];
      } else {
        flushParagraph();
      }
      inCode = !inCode;
      previousWasListItem = false;
      continue;
    }
    if (inCode) {
      code.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) {
      tableHeader = null;
      previousRow = null;
    }
    if (trimmed === '') {
      flushParagraph();
      if (previousWasListItem) block++;
      previousWasListItem = false;
      continue;
    }
    if (HEADING.test(trimmed)) {
      flushParagraph();
      heading = trimmed.replace(HEADING, '').trim();
      units.push({ kind: 'heading', text: heading, heading: null, block: block++ });
      previousWasListItem = false;
    } else if (LIST_ITEM.test(trimmed)) {
      flushParagraph();
      units.push({ kind: 'list-item', text: trimmed, heading, block, ordered: ORDERED_ITEM.test(trimmed) });
      previousWasListItem = true;
    } else if (trimmed.startsWith('|')) {
      flushParagraph();
      const cells = tableCells(trimmed);
      if (TABLE_SEPARATOR.test(trimmed)) {
        // The row above the separator was the header: it labels every row below it.
        if (tableHeader === null && previousRow !== null) {
          tableHeader = previousRow;
          units.pop();
        }
      } else if (tableHeader) {
        units.push({ kind: 'list-item', text: labelledRow(tableHeader, cells), heading, block });
      } else {
        units.push({ kind: 'list-item', text: cells.join(' · '), heading, block });
      }
      previousRow = TABLE_SEPARATOR.test(trimmed) ? null : cells;
      previousWasListItem = true;
    } else if (previousWasListItem && /^\s{2,}/.test(line)) {
      // Continuation line of the list item above.
      const last = units.at(-1);
      if (last) last.text += ` ${trimmed}`;
    } else {
      if (previousWasListItem) block++;
      previousWasListItem = false;
      paragraph.push(trimmed);
    }
  }
  if (inCode && code.length > 0) units.push({ kind: 'code', text: code.join('\n'), heading, block: block++ });
  flushParagraph();
  return units;
}

function tableCells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** "| Team | $12 |" under "| Plan | Annual billing |" reads "Plan: Team · Annual billing: $12" on its own. */
function labelledRow(header: string[], cells: string[]): string {
  return cells.map((cell, i) => (header[i] ? `${header[i]}: ${cell}` : cell)).join(' · ');
}
