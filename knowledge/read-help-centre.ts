import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleFileError } from './article-file-error';
import { articleFormatOf, articleSlugFromFileName, assertArticleSize, parseArticleFile } from './parse-article-file';
import type { ArticleInput } from './types';

export type HelpCentreFile = { slug: string; filePath: string; article: ArticleInput };

/**
 * Reads every article file in a folder (not recursive), parsing each one. A bad file never
 * stops the others: it comes back in `errors`, named, for the ingest report.
 */
export async function readHelpCentreDirectory(directory: string): Promise<{ articles: HelpCentreFile[]; errors: ArticleFileError[] }> {
  const entries = (await readdir(directory, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const articles: HelpCentreFile[] = [];
  const errors: ArticleFileError[] = [];
  for (const name of entries) {
    const result = await readArticleFile(path.join(directory, name));
    if (result instanceof ArticleFileError) errors.push(result);
    else articles.push(result);
  }
  return { articles, errors };
}

/** Reads and parses one file; failures come back as an ArticleFileError value, not thrown. */
export async function readArticleFile(filePath: string): Promise<HelpCentreFile | ArticleFileError> {
  const fileName = path.basename(filePath);
  try {
    articleFormatOf(fileName);
    // Checking the size first avoids reading a huge file into memory just to reject it.
    assertArticleSize(fileName, (await stat(filePath)).size);
    const content = await readFile(filePath);
    return { slug: articleSlugFromFileName(fileName), filePath, article: parseArticleFile(fileName, content) };
  } catch (error) {
    if (error instanceof ArticleFileError) return error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return new ArticleFileError(fileName, 'unreadable', `the file can't be read (${reason}); check that it exists and that its permissions allow reading it.`);
  }
}
