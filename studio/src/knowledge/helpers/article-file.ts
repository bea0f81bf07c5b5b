import type { ArticleFormat, ArticleInput } from '../../gql/graphql';

/**
 * Reads a help-centre file an admin uploads into an article: Markdown with optional front matter
 * (title, url, tags) and a leading `# Title`, HTML, or plain text. The API re-chunks and indexes it.
 */
const FORMATS: Record<string, ArticleFormat> = { md: 'MARKDOWN', markdown: 'MARKDOWN', html: 'HTML', htm: 'HTML', txt: 'TEXT' };
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export const ACCEPTED_FILES = '.md,.markdown,.html,.htm,.txt';

export function articleFromFile(fileName: string, content: string): ArticleInput {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (!format) throw new Error(`${fileName}: save the article as Markdown (.md), HTML (.html) or plain text (.txt).`);
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new Error(`${fileName}: the file is empty.`);
  const fallbackTitle = fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').replace(/^\w/, (letter) => letter.toUpperCase());
  if (format !== 'MARKDOWN') return { title: fallbackTitle, body: text.trim(), format, tags: [] };

  const match = FRONT_MATTER.exec(text);
  const fields = match ? readFrontMatter(match[1] ?? '') : {};
  let body = match ? text.slice(match[0].length) : text;
  let title = fields.title;
  const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body);
  if (heading && body.slice(0, heading.index).trim() === '' && (!title || heading[1]!.toLowerCase() === title.toLowerCase())) {
    title = title ?? heading[1];
    body = body.slice(heading.index + heading[0].length);
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
