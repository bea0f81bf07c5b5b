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
function withSectionHeadings(body: string, pieces: string[]): string[] {
  const headings = [...body.matchAll(HEADING_LINE)].map((match) => ({ at: match.index ?? 0, text: match[0].trim() }));
  let searchFrom = 0;
  // Pieces come in order, so the heading before each is found by walking forward once, not by
  // searching every heading for every piece.
  let next = 0;
  let heading: string | undefined;
  return pieces.map((piece) => {
    const at = body.indexOf(piece, searchFrom);
    if (at === -1) return piece;
    searchFrom = at + 1;
    while (next < headings.length && headings[next]!.at < at) heading = headings[next++]!.text;
    if (/^#{1,6}\s/.test(piece)) return piece;
    return heading ? `${heading}\n\n${piece}` : piece;
  });
}
