import { createHash } from 'node:crypto';
import type { ArticleInput } from './types';

/**
 * Bumped whenever chunking or indexing changes what an article turns into, so the next
 * ingest re-chunks every article instead of skipping them as unchanged.
 */
export const KNOWLEDGE_FORMAT_VERSION = 'baton-knowledge-v3';

/**
 * sha256 (hex) of everything that ends up in the knowledge base for an article: equal
 * hashes mean re-ingesting the file can be skipped. The embedding model is part of it, so
 * turning embeddings on (or changing their model) re-embeds every article on the next ingest.
 */
export function articleContentHash(article: ArticleInput, options: { embeddingModel?: string | null } = {}): string {
  const canonical = JSON.stringify([
    KNOWLEDGE_FORMAT_VERSION,
    options.embeddingModel ?? null,
    article.format,
    article.title,
    article.url,
    [...article.tags].sort(),
    article.body,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
