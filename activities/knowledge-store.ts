import type { BatonDb } from '../store/database';
import type { ChunkDoc } from '../store/documents';
import { articleContentHash, chunkArticle, type ArticleInput } from './knowledge';

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

/**
 * Stores an article and its retrieval chunks. Unchanged content (same hash) is a no-op.
 * Chunks are written before the article's hash, so a crash half-way leaves the old hash
 * and the next ingest simply does the work again.
 */
export async function upsertArticle(
  db: BatonDb,
  input: { workspaceId: string; articleId: string; article: ArticleInput; sourcePath: string | null },
): Promise<{ outcome: UpsertOutcome; chunks: number }> {
  const { workspaceId, articleId, article, sourcePath } = input;
  const contentHash = articleContentHash(article);
  const existing = await db.articles.findOne({ _id: articleId }, { projection: { contentHash: 1 } });
  if (existing?.contentHash === contentHash) return { outcome: 'unchanged', chunks: 0 };

  const chunks = await chunkArticle({ id: articleId, title: article.title, url: article.url, body: article.body, tags: article.tags });
  const docs: ChunkDoc[] = chunks.map((chunk) => ({
    _id: chunk.id,
    workspaceId,
    articleId,
    title: chunk.title,
    url: chunk.url,
    text: chunk.text,
    position: chunk.position,
    tags: chunk.tags ?? [],
    ...(chunk.embedding ? { embedding: chunk.embedding } : {}),
  }));
  if (docs.length > 0) {
    await db.chunks.bulkWrite(docs.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })));
  }
  await db.chunks.deleteMany({ articleId, position: { $gte: docs.length } });
  await db.articles.updateOne(
    { _id: articleId },
    {
      $set: { workspaceId, title: article.title, url: article.url, tags: article.tags, body: article.body, format: article.format, contentHash, sourcePath, updatedAt: new Date() },
    },
    { upsert: true },
  );
  await db.workspaces.updateOne({ _id: workspaceId }, { $inc: { knowledgeVersion: 1 } });
  return { outcome: existing ? 'updated' : 'added', chunks: docs.length };
}
