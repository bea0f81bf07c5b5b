import type { BatonDb } from '../store/database';
import { KnowledgeIndex, type KnowledgeChunk } from './knowledge';

/**
 * Keeps one in-memory retrieval index per workspace, rebuilt when the workspace's
 * knowledge version changes (ingest bumps it), so every worker sees new articles.
 */
export class KnowledgeBase {
  private readonly indexes = new Map<string, { version: number; index: KnowledgeIndex }>();
  private readonly building = new Map<string, Promise<KnowledgeIndex>>();

  constructor(private readonly db: BatonDb) {}

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
    const docs = await this.db.chunks.find({ workspaceId }).toArray();
    const chunks: KnowledgeChunk[] = docs.map((doc) => ({
      id: doc._id,
      articleId: doc.articleId,
      title: doc.title,
      url: doc.url,
      text: doc.text,
      position: doc.position,
      tags: doc.tags ?? [],
      ...(doc.embedding ? { embedding: doc.embedding } : {}),
    }));
    const index = KnowledgeIndex.build(chunks);
    this.indexes.set(workspaceId, { version, index });
    return index;
  }
}
