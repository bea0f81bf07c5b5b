import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_ARTICLE_EXTENSIONS } from '../../activities/knowledge';
import { sourcePathOf } from './source-path';

export type ArticleFileRef = { absolutePath: string; sourcePath: string };

export type CollectedFiles = {
  /** Article files to ingest, sorted by source path, each once. */
  files: ArticleFileRef[];
  /** The given paths as source paths: `--prune` only looks under these. */
  roots: string[];
  /** Files inside the given folders that are not articles (images, PDFs, ...), left alone. */
  ignored: number;
};

/** A path on the command line that doesn't exist: nothing is ingested, so a typo never prunes a whole folder. */
export class MissingPathError extends Error {
  constructor(readonly paths: string[]) {
    super(`${paths.length === 1 ? 'This path does not' : 'These paths do not'} exist: ${paths.join(', ')}.`);
  }
}

/** A folder that can't be listed: stopping is safer than pruning articles whose files are only hidden from us. */
export class UnreadableFolderError extends Error {
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(`Cannot read the folder ${folder} (${reason}); check its permissions, or leave it out of the paths.`);
  }
}

/**
 * Expands the paths given to `baton ingest`: files as they are (so a named file of the
 * wrong type is reported, not silently dropped), folders recursively for .md, .markdown,
 * .mdx, .html, .htm, .txt and .text files, skipping hidden entries and node_modules.
 */
export async function collectArticleFiles(paths: string[], cwd: string): Promise<CollectedFiles> {
  const found = new Map<string, ArticleFileRef>();
  const roots: string[] = [];
  const missing: string[] = [];
  let ignored = 0;

  const visitFolder = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      throw new UnreadableFolderError(sourcePathOf(folder, cwd), error.code ?? error.message);
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const absolutePath = path.join(folder, entry.name);
      // Links to folders are not followed, so a loop can't trap the walk. A broken link to an
      // article counts as an article file, to be reported as unreadable rather than missed.
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(absolutePath).catch(() => null))?.isDirectory() !== true);
      if (entry.isDirectory()) await visitFolder(absolutePath);
      else if (!isFile) continue;
      else if (SUPPORTED_ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) add(absolutePath);
      else ignored += 1;
    }
  };
  const add = (absolutePath: string) => found.set(absolutePath, { absolutePath, sourcePath: sourcePathOf(absolutePath, cwd) });

  for (const given of paths) {
    const absolutePath = path.resolve(cwd, given);
    const info = await stat(absolutePath).catch(() => null);
    if (!info) {
      missing.push(given);
      continue;
    }
    roots.push(sourcePathOf(absolutePath, cwd));
    if (info.isDirectory()) await visitFolder(absolutePath);
    else add(absolutePath);
  }
  if (missing.length > 0) throw new MissingPathError(missing);
  const files = [...found.values()].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  return { files, roots, ignored };
}
