import { BaseRetriever } from '@langchain/core/retrievers';
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import type { KnowledgeIndex } from './knowledge-index';

export type KnowledgeDocumentMetadata = {
  chunkId: string;
  articleId: string;
  title: string;
  url: string | null;
  position: number;
  score: number;
};

/**
 * LangChain's retriever interface over a KnowledgeIndex, so the index plugs into any chain
 * (`retriever.invoke(question)`) while searches stay on the indexed MiniSearch engine.
 */
export class KnowledgeRetriever extends BaseRetriever<KnowledgeDocumentMetadata> {
  lc_namespace = ['baton', 'knowledge', 'retrievers'];

  private readonly index: KnowledgeIndex;
  private readonly k: number;

  constructor(fields: { index: KnowledgeIndex; k?: number }) {
    super();
    this.index = fields.index;
    this.k = fields.k ?? 4;
  }

  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<KnowledgeDocumentMetadata>[]> {
    return this.index.search(query, { k: this.k }).map(
      ({ chunk, score }) =>
        new Document({
          pageContent: chunk.text,
          id: chunk.id,
          metadata: {
            chunkId: chunk.id,
            articleId: chunk.articleId,
            title: chunk.title,
            url: chunk.url,
            position: chunk.position,
            score,
          },
        }),
    );
  }
}
