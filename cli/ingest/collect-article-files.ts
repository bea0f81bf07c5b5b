import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_ARTICLE_EXTENSIONS } from '../../knowledge';
import type { SkippedFile } from './ingest-help-centre';
import { sourcePathOf } from './source-path';

export type ArticleFileRef = { absolutePath: string; sourcePath: string };

export type CollectedFiles = {
  /** Article files to ingest, sorted by source path, each once. */
  files: ArticleFileRef[];
  /** The given paths as source paths: `--prune` only looks under these. */
  roots: string[];
  /** Files inside the given folders that are not articles (images, PDFs, ...), left alone. */
  ignored: number;
  /** Symbolic links whose target lies outside the folder given: never read, reported like a bad file. */
  refused: SkippedFile[];
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
 *
 * Ingested text is published to customers, so a symbolic link is followed only when its target
 * stays inside the folder given (for a file named on the command line: the folder it is in). A
 * link out of it (to the signing secret, say) is refused and reported. Links to folders are
 * never followed: one inside the tree adds nothing its real place doesn't, and no loop can form.
 */
export async function collectArticleFiles(paths: string[], cwd: string): Promise<CollectedFiles> {
  const found = new Map<string, ArticleFileRef>();
  const roots: string[] = [];
  const missing: string[] = [];
  const refused: SkippedFile[] = [];
  let ignored = 0;
  const isArticle = (name: string) => SUPPORTED_ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());

  /** A link's verdict: `inside` to read it, `outside` refused, `broken` left for the reader to report as unreadable. */
  const followLink = async (link: string, boundary: string): Promise<'inside' | 'outside' | 'outside-folder' | 'broken' | 'folder'> => {
    const target = await realpath(link).catch(() => null);
    if (target === null) return 'broken';
    const isFolder = (await stat(target).catch(() => null))?.isDirectory() === true;
    if (!isInside(target, boundary)) return isFolder ? 'outside-folder' : 'outside';
    return isFolder ? 'folder' : 'inside';
  };
  const refuse = (link: string, boundary: string, what: 'file' | 'folder') =>
    refused.push({
      sourcePath: sourcePathOf(link, cwd),
      problem: 'link_outside_folder',
      reason: `a symbolic link to a ${what} outside ${sourcePathOf(boundary, cwd) || '.'}, so it was not read; copy the ${what} into the folder if it belongs in the help centre.`,
    });

  const visitFolder = async (folder: string, boundary: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      throw new UnreadableFolderError(sourcePathOf(folder, cwd), error.code ?? error.message);
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const absolutePath = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        await visitFolder(absolutePath, boundary);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const verdict = await followLink(absolutePath, boundary);
        if (verdict === 'folder') continue;
        if (verdict === 'outside-folder') {
          refuse(absolutePath, boundary, 'folder');
          continue;
        }
        if (!isArticle(entry.name)) ignored += 1;
        else if (verdict === 'outside') refuse(absolutePath, boundary, 'file');
        // A broken link to an article counts as an article file, to be reported as unreadable rather than missed.
        else add(absolutePath);
        continue;
      }
      if (!entry.isFile()) continue;
      if (isArticle(entry.name)) add(absolutePath);
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
    // The folder given is the boundary as it really is, wherever a link to it points.
    if (info.isDirectory()) {
      await visitFolder(absolutePath, await realpath(absolutePath));
      continue;
    }
    const folder = path.dirname(absolutePath);
    const boundary = await realpath(folder).catch(() => folder);
    if ((await lstat(absolutePath)).isSymbolicLink() && (await followLink(absolutePath, boundary)) === 'outside') refuse(absolutePath, boundary, 'file');
    else add(absolutePath);
  }
  if (missing.length > 0) throw new MissingPathError(missing);
  const files = [...found.values()].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  return { files, roots, ignored, refused };
}

function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
