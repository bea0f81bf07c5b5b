import { insertNewDocuments } from '../store/insert-new-documents';
import type { BatonDb } from '../store/database';
import type { ArticleDoc, ChunkDoc } from '../store/documents';
import {
  articleContentHash,
  chunkArticle,
  chunkEmbeddingText,
  DEFAULT_EMBEDDING_MODEL,
  embedTexts,
  isCurrentChunk,
  storedChunkId,
  type ArticleInput,
  type EmbeddingConfig,
} from '.';

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

export type ArticleWrite = { workspaceId: string; articleId: string; article: ArticleInput; sourcePath: string | null };

export type ArticleWriteResult = { articleId: string; outcome: UpsertOutcome; chunks: number };

/**
 * What a workspace's knowledge base holds: each article's content hash and the ids of all
 * stored chunks. A bulk ingest loads it once (`loadStoredKnowledge`) rather than querying
 * per batch: FerretDB 1.x answers only `_id` equality from an index, so every `$in` lookup
 * scans the whole collection.
 */
export type StoredKnowledge = { articleHashes: Map<string, string>; sourcePaths: Map<string, string | null>; chunkIds: Set<string> };

export type KnowledgeWriteOptions = {
  /** With a model, chunks are stored with embeddings (hybrid retrieval); without, lexical only. */
  model?: EmbeddingConfig;
  /** Default true. A bulk ingest bumps once per batch itself rather than per article. */
  bumpKnowledgeVersion?: boolean;
  /** Loaded by the caller for many writes; kept up to date by them. Without it, the articles written are looked up. */
  stored?: StoredKnowledge;
};

/** Stores one article and its retrieval chunks; an unchanged article (same hash, chunks present) is a no-op. */
export async function upsertArticle(db: BatonDb, input: ArticleWrite & { model?: EmbeddingConfig }): Promise<{ outcome: UpsertOutcome; chunks: number }> {
  const { model, ...write } = input;
  const [result] = await upsertArticles(db, [write], { model });
  return { outcome: result!.outcome, chunks: result!.chunks };
}

export async function loadStoredKnowledge(db: BatonDb, workspaceId: string): Promise<StoredKnowledge> {
  const [articles, chunks] = await Promise.all([
    db.articles.find({ workspaceId }, { projection: { contentHash: 1, sourcePath: 1 } }).toArray(),
    db.chunks.find({ workspaceId }, { projection: { _id: 1 } }).toArray(),
  ]);
  return {
    articleHashes: new Map(articles.map((article) => [article._id, article.contentHash])),
    sourcePaths: new Map(articles.map((article) => [article._id, article.sourcePath ?? null])),
    chunkIds: new Set(chunks.map((chunk) => chunk._id)),
  };
}

/**
 * Stores articles and their chunks without a transaction (FerretDB 1.x has none), so that a
 * crash at any point leaves no half-written article visible:
 * 1. the new chunks are inserted beside the old ones, under ids carrying the new content
 *    hash (an id already there holds the same content, so a duplicate is simply skipped);
 * 2. the article document is written with that hash: this single-document write is the
 *    commit, since retrieval only reads chunks of each article's current hash;
 * 3. the previous version's chunks are deleted and the workspace's knowledge version bumped.
 * A crash before 2 leaves unused chunks (reused by the next write, or removed by
 * `sweepStaleChunks`); a crash after 2 leaves old chunks that retrieval already ignores.
 * An article counts as unchanged only if its first current chunk exists too, so a write
 * whose chunks a concurrent sweep removed is redone by the next ingest.
 */
export async function upsertArticles(db: BatonDb, writes: ArticleWrite[], options: KnowledgeWriteOptions = {}): Promise<ArticleWriteResult[]> {
  if (writes.length === 0) return [];
  const embeddingModel = options.model ? (options.model.embeddingModel ?? DEFAULT_EMBEDDING_MODEL) : null;
  const planned = writes.map((write) => ({ ...write, contentHash: articleContentHash(write.article, { embeddingModel }) }));
  const stored = options.stored ?? (await lookUpStored(db, planned));

  const results = new Map<string, ArticleWriteResult>();
  const changed: (typeof planned)[number][] = [];
  for (const write of planned) {
    const hash = stored.articleHashes.get(write.articleId);
    if (hash === write.contentHash && stored.chunkIds.has(storedChunkId(write.articleId, hash, 0))) {
      results.set(write.articleId, { articleId: write.articleId, outcome: 'unchanged', chunks: 0 });
    } else {
      changed.push(write);
    }
  }
  if (changed.length === 0) return writes.map((write) => results.get(write.articleId)!);

  const chunkDocs: ChunkDoc[] = [];
  for (const write of changed) {
    const { article, articleId, workspaceId, contentHash } = write;
    const chunks = await chunkArticle({ id: articleId, title: article.title, url: article.url, body: article.body, tags: article.tags });
    for (const chunk of chunks) {
      chunkDocs.push({
        _id: storedChunkId(articleId, contentHash, chunk.position),
        workspaceId,
        articleId,
        title: chunk.title,
        url: chunk.url,
        text: chunk.text,
        position: chunk.position,
        tags: chunk.tags ?? [],
      });
    }
    results.set(articleId, { articleId, outcome: stored.articleHashes.has(articleId) ? 'updated' : 'added', chunks: chunks.length });
  }
  if (options.model) {
    // Embedding first: if the model fails, nothing of these articles has been written.
    const vectors = await embedTexts(chunkDocs.map(chunkEmbeddingText), options.model);
    chunkDocs.forEach((doc, index) => (doc.embedding = vectors[index]));
  }

  // 1. The new version's chunks.
  await insertNewDocuments(db.chunks, chunkDocs);
  // 2. The commit: each article document with its new hash.
  const now = new Date();
  const articleDocs: ArticleDoc[] = changed.map((write) => ({
    _id: write.articleId,
    workspaceId: write.workspaceId,
    title: write.article.title,
    url: write.article.url,
    tags: write.article.tags,
    body: write.article.body,
    format: write.article.format,
    contentHash: write.contentHash,
    sourcePath: write.sourcePath,
    updatedAt: now,
  }));
  const replacing = articleDocs.filter((doc) => stored.articleHashes.has(doc._id));
  const fresh = articleDocs.filter((doc) => !stored.articleHashes.has(doc._id));
  // Written by someone else since we looked: theirs is replaced like any other update.
  const alreadyThere = await insertNewDocuments(db.articles, fresh);
  const updates = [...replacing, ...alreadyThere];
  if (updates.length > 0) {
    // $set, not $setOnInsert: FerretDB 1.24 drops empty arrays and nulls inside $setOnInsert.
    await db.articles.bulkWrite(
      updates.map(({ _id, ...fields }) => ({ updateOne: { filter: { _id }, update: { $set: fields }, upsert: true } })),
      { ordered: true },
    );
    // 3. The previous versions' chunks.
    await db.chunks.deleteMany({ articleId: { $in: updates.map((doc) => doc._id) }, _id: { $nin: chunkDocs.map((doc) => doc._id) } });
  }
  if (options.stored) {
    // Ids of deleted chunks may linger in the set: only the presence of a current chunk is read from it.
    for (const doc of articleDocs) {
      stored.articleHashes.set(doc._id, doc.contentHash);
      stored.sourcePaths.set(doc._id, doc.sourcePath);
    }
    for (const doc of chunkDocs) stored.chunkIds.add(doc._id);
  }
  if (options.bumpKnowledgeVersion !== false)
    await bumpKnowledgeVersions(
      db,
      changed.map((write) => write.workspaceId),
    );
  return writes.map((write) => results.get(write.articleId)!);
}

/** Deletes articles and their chunks: the article first, since chunks without an article are never read. */
export async function deleteArticles(
  db: BatonDb,
  workspaceId: string,
  articleIds: string[],
  options: { bumpKnowledgeVersion?: boolean } = {},
): Promise<number> {
  if (articleIds.length === 0) return 0;
  const { deletedCount } = await db.articles.deleteMany({ workspaceId, _id: { $in: articleIds } });
  await db.chunks.deleteMany({ workspaceId, articleId: { $in: articleIds } });
  if (options.bumpKnowledgeVersion !== false) await bumpKnowledgeVersions(db, [workspaceId]);
  return deletedCount;
}

/**
 * Deletes chunks that no current article version uses: left by a write or delete that
 * crashed half-way. Retrieval already ignores them; this reclaims the space. Returns how
 * many were removed and how many chunks the workspace holds now.
 */
export async function sweepStaleChunks(db: BatonDb, workspaceId: string): Promise<{ removed: number; remaining: number }> {
  const [articles, chunks] = await Promise.all([
    db.articles.find({ workspaceId }, { projection: { contentHash: 1 } }).toArray(),
    db.chunks.find({ workspaceId }, { projection: { articleId: 1 } }).toArray(),
  ]);
  const hashes = new Map(articles.map((article) => [article._id, article.contentHash]));
  const stale = chunks
    .filter((chunk) => {
      const hash = hashes.get(chunk.articleId);
      return hash === undefined || !isCurrentChunk(chunk._id, chunk.articleId, hash);
    })
    .map((chunk) => chunk._id);
  const removed = stale.length === 0 ? 0 : (await db.chunks.deleteMany({ workspaceId, _id: { $in: stale } })).deletedCount;
  return { removed, remaining: chunks.length - removed };
}

/** Tells every worker to rebuild its in-memory index of these workspaces (see KnowledgeBase). */
export async function bumpKnowledgeVersions(db: BatonDb, workspaceIds: string[]): Promise<void> {
  for (const workspaceId of new Set(workspaceIds)) {
    await db.workspaces.updateOne({ _id: workspaceId }, { $inc: { knowledgeVersion: 1 } });
  }
}

/** The stored hash and first chunk of just these articles, by `_id` equality (index lookups on FerretDB too). */
async function lookUpStored(db: BatonDb, writes: { articleId: string; contentHash: string }[]): Promise<StoredKnowledge> {
  const articles = await Promise.all(writes.map((write) => db.articles.findOne({ _id: write.articleId }, { projection: { contentHash: 1 } })));
  const stored: StoredKnowledge = { articleHashes: new Map(), sourcePaths: new Map(), chunkIds: new Set() };
  await Promise.all(
    articles.map(async (article) => {
      if (!article) return;
      stored.articleHashes.set(article._id, article.contentHash);
      const firstChunk = await db.chunks.findOne({ _id: storedChunkId(article._id, article.contentHash, 0) }, { projection: { _id: 1 } });
      if (firstChunk) stored.chunkIds.add(firstChunk._id);
    }),
  );
  return stored;
}
