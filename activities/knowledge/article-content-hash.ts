import { createHash } from 'node:crypto'
import type { ArticleInput } from './types'

/**
 * Bumped whenever chunking or indexing changes what an article turns into, so the next
 * ingest re-chunks every article instead of skipping them as unchanged.
 */
export const KNOWLEDGE_FORMAT_VERSION = 'baton-knowledge-v1'

/**
 * sha256 (hex) of everything that ends up in the knowledge base for an article: equal
 * hashes mean re-ingesting the file can be skipped.
 */
export function articleContentHash(article: ArticleInput): string {
  const canonical = JSON.stringify([
    KNOWLEDGE_FORMAT_VERSION,
    article.format,
    article.title,
    article.url,
    [...article.tags].sort(),
    article.body,
  ])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}
