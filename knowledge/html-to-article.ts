import { firstElements, readHtml, textOf, type HtmlElement, type HtmlNode } from './html-document';

/** Page furniture that is never part of an article's answerable text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  // The title is the article's title already; a page without <body> would otherwise repeat it as text.
  'head',
  'title',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'table',
  'tr',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'details',
  'summary',
]);

/**
 * Extracts an article from an HTML page: its main text as Markdown-like lines (headings,
 * list items, paragraphs), so chunking and the offline answerer treat it like Markdown.
 */
export function htmlToArticle(html: string, fallbackTitle: string): { title: string; url: string | null; tags: string[]; body: string } {
  const root = readHtml(html);
  const always = () => true;
  const found = firstElements(root, {
    main: always,
    article: always,
    body: always,
    title: always,
    link: (link) => link.attributes.get('rel') === 'canonical',
    meta: (meta) => meta.attributes.get('name') === 'keywords',
  });
  const main = found.get('main') ?? found.get('article') ?? found.get('body') ?? root;

  const h1 = firstElements(main, { h1: always }).get('h1') ?? null;
  const titleElement = found.get('title');
  const title = cleanInline(titleElement ? textOf(titleElement) : '') || cleanInline(h1 ? textOf(h1) : '') || fallbackTitle;
  const canonicalUrl = decodeEntities(found.get('link')?.attributes.get('href') ?? '').trim();
  const keywords = decodeEntities(found.get('meta')?.attributes.get('content') ?? '');

  const lines: string[] = [];
  renderBlock(main, lines, h1);
  const body = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  return {
    title,
    url: canonicalUrl && /^https?:\/\//i.test(canonicalUrl) ? canonicalUrl : null,
    tags: [
      ...new Set(
        keywords
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
    body,
  };
}

const HEADING_LEVELS = new Map(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag, index) => [tag, index + 1]));

function renderBlock(element: HtmlElement, lines: string[], skipHeading: HtmlElement | null): void {
  let inline = '';
  let listItems = 0;
  for (const child of element.children) {
    if (typeof child === 'string') {
      inline += child;
      continue;
    }
    const tag = child.tag;
    if (SKIPPED_TAGS.has(tag) || child === skipHeading) continue;

    const level = HEADING_LEVELS.get(tag);
    if (level !== undefined) {
      inline = flushInline(inline, lines);
      lines.push(`${'#'.repeat(level)} ${cleanInline(textOf(child))}`, '');
    } else if (tag === 'li') {
      inline = flushInline(inline, lines);
      listItems += 1;
      const marker = element.tag === 'ol' ? `${listItems}.` : '-';
      lines.push(`${marker} ${cleanInline(inlineText(child))}`);
    } else if (tag === 'pre') {
      inline = flushInline(inline, lines);
      lines.push('```', decodeEntities(textOf(child)).trim(), '```', '');
    } else if (tag === 'table') {
      inline = flushInline(inline, lines);
      renderTable(child, lines);
    } else if (tag === 'br') {
      inline += '\n';
    } else if (BLOCK_TAGS.has(tag)) {
      inline = flushInline(inline, lines);
      renderBlock(child, lines, skipHeading);
      if (tag === 'ul' || tag === 'ol') lines.push('');
    } else {
      inline += inlineText(child);
    }
  }
  flushInline(inline, lines);
}

const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
/** Rows past this many are dropped: a help article's table is read by people, and a huge one is data. */
const MAX_TABLE_ROWS = 500;

/** The rows of a table (in its sections too, not in tables nested in its cells), each as its cells' elements. */
function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string' || rows.length >= MAX_TABLE_ROWS) continue;
      if (child.tag === 'tr')
        rows.push(child.children.filter((cell): cell is HtmlElement => typeof cell !== 'string' && (cell.tag === 'td' || cell.tag === 'th')));
      else if (TABLE_SECTIONS.has(child.tag)) visit(child);
    }
  };
  visit(table);
  return rows.filter((row) => row.length > 0);
}

/**
 * A table as Markdown pipe rows, one row a line, with the header row marked by a separator
 * when the table has one (a first row of <th> cells, or the rows of <thead>), so the offline
 * answerer reads each row under its headers ("Plan: Starter · Price: $0") rather than one run-on line.
 */
function renderTable(table: HtmlElement, lines: string[]): void {
  const caption = table.children.find((child): child is HtmlElement => typeof child !== 'string' && child.tag === 'caption');
  const captionText = caption ? cleanInline(inlineText(caption)) : '';
  if (captionText) lines.push(captionText, '');
  const rows = tableRows(table);
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((row) => row.length));
  const firstIsHeader = rows.length > 1 && rows[0]!.every((cell) => cell.tag === 'th');
  rows.forEach((row, index) => {
    // A pipe inside a cell would split it in two; a slash reads the same to people.
    const cells = row.map((cell) => cleanInline(inlineText(cell)).replace(/\|/g, '/') || ' ');
    lines.push(`| ${cells.join(' | ')} |`);
    if (index === 0 && firstIsHeader) lines.push(`|${' --- |'.repeat(width)}`);
  });
  lines.push('');
}

/** Ends a run of inline text as a paragraph; returns the empty run to go on with. */
function flushInline(inline: string, lines: string[]): string {
  const text = cleanInline(inline);
  if (text) lines.push(text, '');
  return '';
}

function inlineText(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (SKIPPED_TAGS.has(node.tag)) return '';
  const inner = node.children.map(inlineText).join('');
  if (node.tag === 'strong' || node.tag === 'b') return `**${inner}**`;
  if (node.tag === 'code') return `\`${inner}\``;
  return inner;
}

function cleanInline(text: string): string {
  return decodeEntities(text)
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

// A Map, not an object literal: the entity name comes from the page, and "&constructor;" must
// stay text rather than find Object.prototype's members.
const NAMED_ENTITIES = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    rsaquo: '›',
    lsaquo: '‹',
    copy: '©',
    rarr: '→',
    mdash: '—',
    ndash: '–',
    hellip: '…',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
  }),
);

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      // Past U+10FFFF (or a lone surrogate, or NUL) is not a character: what browsers show instead.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES.get(entity.toLowerCase()) ?? whole;
  });
}
