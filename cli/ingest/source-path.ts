import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where an article came from, as stored in `articles.sourcePath`: the file's path relative to
 * the folder ingest runs in (so `demo/help-centre/reset-password.md` from the project root,
 * the form `baton start` seeds), or absolute for files outside it. Always with `/`.
 */
export function sourcePathOf(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  return (inside ? relative : path.resolve(absolutePath)).split(path.sep).join('/');
}

/** True when `sourcePath` is the root itself or lies inside it (a root of '' is the whole working folder). */
export function isUnderSourceRoot(sourcePath: string, root: string): boolean {
  if (root === '') return !sourcePath.startsWith('/') && !/^[A-Za-z]:\//.test(sourcePath);
  return sourcePath === root || sourcePath.startsWith(root.endsWith('/') ? root : `${root}/`);
}

/**
 * A new article's id: stable for a workspace and source path, so re-ingesting the same file
 * always lands on the same article, and readable enough to spot in the database.
 */
export function articleIdFor(workspaceId: string, sourcePath: string): string {
  const digest = createHash('sha256').update(`${workspaceId}\n${sourcePath}`).digest('hex').slice(0, 12);
  const slug = path.posix
    .basename(sourcePath, path.posix.extname(sourcePath))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `a_${slug ? `${slug}_` : ''}${digest}`;
}
