import type { BatonDb } from '../store/database';
import { currentLogger } from '../telemetry/logger';
import { knowledgeIndexChunks } from '../telemetry/metrics';
import { embedTexts, isCurrentChunk, KnowledgeIndex, type EmbeddingConfig, type KnowledgeChunk, type RetrievedPassage } from '.';

/**
 * Keeps one in-memory retrieval index per workspace, rebuilt when the workspace's
 * knowledge version changes (ingest bumps it), so every worker sees new articles.
 */
export class KnowledgeBase {
  private readonly indexes = new Map<string, { version: number; index: KnowledgeIndex }>();
  private readonly building = new Map<string, Promise<KnowledgeIndex>>();
  private readonly log: (message: string) => void;

  constructor(
    private readonly db: BatonDb,
    options: { log?: (message: string) => void } = {},
  ) {
    this.log = options.log ?? ((message) => currentLogger().warn(message));
  }

  /**
   * The passages that best answer a question, best first. With a model and a knowledge base
   * stored with embeddings, ranking is hybrid (lexical and vector); if embedding the
   * question fails, it stays lexical rather than failing the answer.
   */
  async retrieve(workspaceId: string, question: string, options: { k?: number; model?: EmbeddingConfig } = {}): Promise<RetrievedPassage[]> {
    const index = await this.indexFor(workspaceId);
    const k = options.k ?? 5;
    if (!options.model || !index.hasEmbeddings) return index.search(question, { k });
    let queryEmbedding: number[] | undefined;
    try {
      [queryEmbedding] = await embedTexts([question], options.model);
    } catch (error) {
      this.log(`embedding the question failed, retrieving lexically: ${(error as Error).message}`);
    }
    return index.search(question, { k, queryEmbedding });
  }

  async indexFor(workspaceId: string): Promise<KnowledgeIndex> {
    const workspace = await this.db.workspaces.findOne({ _id: workspaceId }, { projection: { knowledgeVersion: 1 } });
    const version = workspace?.knowledgeVersion ?? 0;
    const cached = this.indexes.get(workspaceId);
    if (cached && cached.version === version) return cached.index;
    const key = `${workspaceId}@${version}`;
    let pending = this.building.get(key);
    if (!pending) {
      pending = this.build(workspaceId, version).finally(() => this.building.delete(key));
      this.building.set(key, pending);
    }
    return pending;
  }

  private async build(workspaceId: string, version: number): Promise<KnowledgeIndex> {
    // Only chunks of each article's current version: an ingest that crashed half-way leaves
    // others behind, and they must not be answered from (see knowledge-store.ts).
    const articles = await this.db.articles.find({ workspaceId }, { projection: { contentHash: 1 } }).toArray();
    const hashes = new Map(articles.map((article) => [article._id, article.contentHash]));
    const docs = await this.db.chunks.find({ workspaceId }).toArray();
    const chunks: KnowledgeChunk[] = [];
    for (const doc of docs) {
      const hash = hashes.get(doc.articleId);
      if (hash === undefined || !isCurrentChunk(doc._id, doc.articleId, hash)) continue;
      chunks.push({
        id: doc._id,
        articleId: doc.articleId,
        title: doc.title,
        url: doc.url,
        text: doc.text,
        position: doc.position,
        tags: doc.tags ?? [],
        ...(doc.embedding ? { embedding: doc.embedding } : {}),
      });
    }
    const index = KnowledgeIndex.build(chunks);
    // A build that finishes after a newer one must not replace it.
    const cached = this.indexes.get(workspaceId);
    if (!cached || cached.version <= version) {
      this.indexes.set(workspaceId, { version, index });
      knowledgeIndexChunks.set({ workspace: workspaceId }, chunks.length);
      currentLogger().debug({ workspaceId, knowledgeVersion: version, chunks: chunks.length }, 'knowledge index built');
    }
    return index;
  }
}
