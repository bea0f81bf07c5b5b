import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ArticleFileError } from './article-file-error';
import { htmlToArticle } from './html-to-article';
import type { ArticleFormat, ArticleInput } from './types';
import { leadingHeading } from './leading-heading';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

// Maps, not object literals, wherever a key comes from a file: a name or a front-matter key like
// "constructor" must find nothing rather than Object.prototype's members.
const FORMAT_BY_EXTENSION = new Map<string, ArticleFormat>([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.mdx', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.txt', 'text'],
  ['.text', 'text'],
]);

export const SUPPORTED_ARTICLE_EXTENSIONS = [...FORMAT_BY_EXTENSION.keys()];

/**
 * Turns one help-centre file into an article. Throws ArticleFileError for anything a person
 * has to fix (binary, empty, too large, broken front matter) so ingestion can skip the file
 * and name it in its report.
 */
export function parseArticleFile(fileName: string, content: Buffer | string): ArticleInput {
  const format = articleFormatOf(fileName);
  const text = decodeText(fileName, content);
  if (text.trim() === '') {
    throw new ArticleFileError(fileName, 'empty', 'the file is empty; add the article text or remove the file.');
  }

  const article = parseByFormat(fileName, format, text);
  if (article.body.trim() === '') {
    throw new ArticleFileError(fileName, 'empty', 'the article has a title but no text; add the article body or remove the file.');
  }
  return article;
}

/** The article format a file name implies; throws for types the help centre can't ingest. */
export function articleFormatOf(fileName: string): ArticleFormat {
  const format = FORMAT_BY_EXTENSION.get(path.extname(fileName).toLowerCase());
  if (!format) {
    throw new ArticleFileError(fileName, 'unsupported_type', 'unsupported file type; save the article as Markdown (.md), HTML (.html) or plain text (.txt).');
  }
  return format;
}

/** Exported so a reader can reject an oversized file before loading it into memory. */
export function assertArticleSize(fileName: string, byteLength: number): void {
  if (byteLength > MAX_ARTICLE_BYTES) {
    const megabytes = (byteLength / 1024 / 1024).toFixed(1);
    throw new ArticleFileError(fileName, 'too_large', `the file is ${megabytes} MB, over the 5 MB limit; split it into several articles.`);
  }
}

function parseByFormat(fileName: string, format: ArticleFormat, text: string): ArticleInput {
  switch (format) {
    case 'markdown':
      return parseMarkdown(fileName, text);
    case 'html':
      return { ...htmlToArticle(text, titleFromFileName(fileName)), format };
    case 'text':
      return parsePlainText(fileName, text);
  }
}

function decodeText(fileName: string, content: Buffer | string): string {
  assertArticleSize(fileName, typeof content === 'string' ? Buffer.byteLength(content) : content.length);
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    // A NUL byte never appears in real text files, and a fatal decoder rejects other
    // encodings, so PDFs, images and Word files are caught here rather than indexed as noise.
    if (content.subarray(0, 8192).includes(0)) throw binaryFileError(fileName);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw binaryFileError(fileName);
    }
  }
  if (text.includes('\u0000')) throw binaryFileError(fileName);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function binaryFileError(fileName: string): ArticleFileError {
  return new ArticleFileError(fileName, 'binary', 'the file is not UTF-8 text (it looks binary); export the article as Markdown, HTML or plain text.');
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function parseMarkdown(fileName: string, text: string): ArticleInput {
  const match = FRONT_MATTER.exec(text);
  const frontMatter = match ? readFrontMatter(fileName, match[1] ?? '') : {};
  let body = match ? text.slice(match[0].length) : text;

  let title = frontMatter.title;
  const heading = leadingHeading(body);
  // The first heading names an article without a front-matter title; when both exist and
  // agree, keeping one copy stops the title being repeated at the top of every answer.
  if (heading && (!title || heading.text.toLowerCase() === title.toLowerCase())) {
    title = title ?? heading.text;
    body = body.slice(heading.end);
  }
  return {
    title: title ?? titleFromFileName(fileName),
    url: frontMatter.url ?? null,
    tags: frontMatter.tags ?? [],
    body: body.trim(),
    format: 'markdown',
  };
}

type FrontMatter = { title?: string; url?: string; tags?: string[] };

function readFrontMatter(fileName: string, yamlText: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ArticleFileError(
      fileName,
      'bad_front_matter',
      `the front matter between the --- lines is not valid YAML (${detail}); fix it, e.g. "title: Reset your password".`,
    );
  }
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleFileError(
      fileName,
      'bad_front_matter',
      'the front matter must be key: value pairs (title, url, tags); fix the lines between the --- markers.',
    );
  }
  const fields = new Map(Object.entries(data));
  const record = { title: fields.get('title'), url: fields.get('url'), tags: fields.get('tags') };
  const result: FrontMatter = {};

  if (record.title != null) {
    if (typeof record.title !== 'string' && typeof record.title !== 'number') {
      throw frontMatterFieldError(fileName, 'title', 'a single line of text');
    }
    const title = String(record.title).trim();
    if (title) result.title = title;
  }
  if (record.url != null) {
    if (typeof record.url !== 'string' || !/^https?:\/\/\S+$/i.test(record.url.trim())) {
      throw frontMatterFieldError(fileName, 'url', 'an http(s) address such as https://help.example.com/articles/x');
    }
    result.url = record.url.trim();
  }
  if (record.tags != null) {
    if (typeof record.tags === 'string') {
      result.tags = record.tags.split(',');
    } else if (Array.isArray(record.tags) && record.tags.every((tag) => typeof tag === 'string' || typeof tag === 'number')) {
      result.tags = record.tags.map(String);
    } else {
      throw frontMatterFieldError(fileName, 'tags', 'a list such as [billing, invoices]');
    }
    result.tags = [...new Set(result.tags.map((tag) => tag.trim()).filter(Boolean))];
  }
  return result;
}

function frontMatterFieldError(fileName: string, field: string, expected: string): ArticleFileError {
  return new ArticleFileError(fileName, 'bad_front_matter', `the front matter field "${field}" must be ${expected}; fix or remove it.`);
}

function parsePlainText(fileName: string, text: string): ArticleInput {
  const lines = text.trim().split('\n');
  const firstLine = (lines[0] ?? '').trim();
  const rest = lines.slice(1).join('\n').trim();
  // A short first line followed by more text reads as a title, as in most exported notes.
  const hasTitleLine = rest !== '' && firstLine.length <= 120 && !/[.!?:]$/.test(firstLine);
  return {
    title: hasTitleLine ? firstLine : titleFromFileName(fileName),
    url: null,
    tags: [],
    body: hasTitleLine ? rest : text.trim(),
    format: 'text',
  };
}

/** `reset-password.md` → `reset-password`: the article's stable key in a help-centre folder. */
export function articleSlugFromFileName(fileName: string): string {
  return path.basename(fileName, path.extname(fileName));
}

function titleFromFileName(fileName: string): string {
  const words = articleSlugFromFileName(fileName).replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : fileName;
}
