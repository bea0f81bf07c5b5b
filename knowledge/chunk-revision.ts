/**
 * Stored chunk ids carry the revision (content hash) of the article they were cut from:
 * `${articleId}@${revision}#${position}`. A new version of an article is written beside
 * the old one and only becomes visible when the article document's hash moves to it, so
 * a crash half-way through an ingest never mixes two versions or shows a half-written one.
 * The ids stay deterministic: the same content always yields the same chunk ids.
 */
const REVISION_LENGTH = 16;

export function chunkRevision(contentHash: string): string {
  return contentHash.slice(0, REVISION_LENGTH);
}

export function storedChunkId(articleId: string, contentHash: string, position: number): string {
  return `${articleId}@${chunkRevision(contentHash)}#${position}`;
}

/**
 * True when a stored chunk belongs to the article's current version. Chunks stored before
 * revisions existed (`${articleId}#${position}`) count as current until the article is
 * next written, which replaces them.
 */
export function isCurrentChunk(chunkId: string, articleId: string, contentHash: string): boolean {
  const rest = chunkId.startsWith(articleId) ? chunkId.slice(articleId.length) : null;
  if (rest === null) return false;
  if (/^#\d+$/.test(rest)) return true;
  return rest.startsWith(`@${chunkRevision(contentHash)}#`);
}
