import { MarkdownTextSplitter } from '@langchain/textsplitters';
import type { KnowledgeChunk } from './types';

/**
 * Sized so a chunk is usually one section of an article (a heading and its steps): small
 * enough that the offline answerer quotes the right part, large enough that a numbered
 * list stays together.
 */
export const CHUNK_SIZE = 900;
export const CHUNK_OVERLAP = 120;

const splitter = new MarkdownTextSplitter({ chunkSize: CHUNK_SIZE, chunkOverlap: CHUNK_OVERLAP });

/**
 * Splits an article into retrieval chunks along Markdown structure (headings first, then
 * paragraphs, lines, words). Ids are `${articleId}#${position}`, so re-chunking the same
 * text gives the same ids and stored chunks can be replaced in place.
 */
export async function chunkArticle(article: { id: string; title: string; url: string | null; body: string; tags?: string[] }): Promise<KnowledgeChunk[]> {
  const body = article.body.replace(/\r\n?/g, '\n');
  const pieces = await splitter.splitText(body);
  const texts = withSectionHeadings(
    body,
    pieces.map((piece) => piece.trim()).filter((piece) => piece !== ''),
    tableHeaders(body),
  );
  return texts.map((text, position) => ({
    id: `${article.id}#${position}`,
    articleId: article.id,
    title: article.title,
    url: article.url,
    text,
    position,
    ...(article.tags && article.tags.length > 0 ? { tags: [...article.tags] } : {}),
  }));
}

// Horizontal space only after the #s: `\s` would let one match run across thousands of blank lines.
const HEADING_LINE = /^#{1,6}[ \t]+\S.*$/gm;

/**
 * A chunk cut from the middle of a long section loses its heading, and with it the words
 * a customer is most likely to use ("Lost your phone?"). Prefix the heading it sits under.
 */
function withSectionHeadings(body: string, pieces: string[], tables: TableHeader[]): string[] {
  const headings = [...body.matchAll(HEADING_LINE)].map((match) => ({ at: match.index ?? 0, text: match[0].trim() }));
  let searchFrom = 0;
  // Pieces come in order, so the heading before each is found by walking forward once, not by
  // searching every heading for every piece.
  let next = 0;
  let heading: string | undefined;
  let table = 0;
  return pieces.map((piece) => {
    const at = body.indexOf(piece, searchFrom);
    if (at === -1) return piece;
    searchFrom = at + 1;
    while (next < headings.length && headings[next]!.at < at) heading = headings[next++]!.text;
    while (table < tables.length && tables[table]!.to <= at) table++;
    const inTable = tables[table];
    // A piece cut from the middle of a table gets the table's header rows again, so each of its
    // rows is still read under its column names ("Seats: 10") rather than as bare cells.
    const withHeader = inTable && inTable.rowsFrom <= at && piece.startsWith('|') ? `${inTable.header}\n${piece}` : piece;
    if (/^#{1,6}\s/.test(piece)) return withHeader;
    return heading ? `${heading}\n\n${withHeader}` : withHeader;
  });
}

/** A Markdown table with a header: its header and separator lines, and where its body rows start and end in the article. */
type TableHeader = { header: string; rowsFrom: number; to: number };

const TABLE_SEPARATOR_LINE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** Every headed table of the article, in order, found in one pass over its lines. */
function tableHeaders(body: string): TableHeader[] {
  const tables: TableHeader[] = [];
  const lines = body.split('\n');
  let offset = 0;
  let run: { lines: string[]; rowsFrom: number } | null = null;
  const close = (end: number) => {
    if (run && run.lines.length >= 3 && TABLE_SEPARATOR_LINE.test(run.lines[1]!.trim())) {
      tables.push({ header: `${run.lines[0]!.trim()}\n${run.lines[1]!.trim()}`, rowsFrom: run.rowsFrom, to: end });
    }
    run = null;
  };
  for (const line of lines) {
    const isRow = line.trim().startsWith('|');
    if (isRow) {
      if (!run) run = { lines: [], rowsFrom: offset };
      // Only the first three lines matter: the header, the separator, and where the rows begin.
      if (run.lines.length < 3) {
        run.lines.push(line);
        if (run.lines.length === 3) run.rowsFrom = offset;
      }
    } else {
      close(offset);
    }
    offset += line.length + 1;
  }
  close(offset);
  return tables;
}
