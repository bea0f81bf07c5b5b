import type { ArticleFormat, ArticleInput } from '../../gql/graphql';
import { leadingHeading } from '../../../../knowledge/leading-heading';

/**
 * Reads a help-centre file an admin uploads into an article: Markdown with optional front matter
 * (title, url, tags) and a leading `# Title`, HTML, or plain text. The API re-chunks and indexes it.
 */
const FORMATS: Record<string, ArticleFormat> = { md: 'MARKDOWN', markdown: 'MARKDOWN', html: 'HTML', htm: 'HTML', txt: 'TEXT' };
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export const ACCEPTED_FILES = '.md,.markdown,.html,.htm,.txt';

export function articleFromFile(fileName: string, content: string): ArticleInput {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  // Own entries only: "notes.constructor" must not find Object.prototype's members.
  const format = Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
  if (!format) throw new Error(`${fileName}: save the article as Markdown (.md), HTML (.html) or plain text (.txt).`);
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new Error(`${fileName}: the file is empty.`);
  const fallbackTitle = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/^\w/, (letter) => letter.toUpperCase());
  if (format !== 'MARKDOWN') return { title: fallbackTitle, body: text.trim(), format, tags: [] };

  const match = FRONT_MATTER.exec(text);
  const fields = match ? readFrontMatter(match[1] ?? '') : {};
  let body = match ? text.slice(match[0].length) : text;
  let title = fields.title;
  const heading = leadingHeading(body);
  if (heading && (!title || heading.text.toLowerCase() === title.toLowerCase())) {
    title = title ?? heading.text;
    body = body.slice(heading.end);
  }
  return { title: title ?? fallbackTitle, url: fields.url ?? null, tags: fields.tags ?? [], body: body.trim(), format };
}

function readFrontMatter(block: string): { title?: string; url?: string; tags?: string[] } {
  const fields: { title?: string; url?: string; tags?: string[] } = {};
  for (const line of block.split('\n')) {
    const match = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, key, raw = ''] = match;
    const value = raw.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (key === 'title' && value) fields.title = value;
    if (key === 'url' && /^https?:\/\/\S+$/i.test(value)) fields.url = value;
    if (key === 'tags') {
      fields.tags = value
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map((tag) => tag.trim().replace(/^(['"])(.*)\1$/, '$2'))
        .filter(Boolean);
    }
  }
  return fields;
}
