import { loadOpenAI, ModelCallError, modelBaseUrl } from './model-client';
import type { ModelConfig } from './types';

export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';

export type EmbeddingConfig = ModelConfig & { embeddingModel?: string };

/** What is embedded for a chunk: its article title places a short section in context. */
export function chunkEmbeddingText(chunk: { title: string; text: string }): string {
  return `${chunk.title}\n\n${chunk.text}`;
}

/**
 * Embeds texts (chunks at ingest, a question at answer time) with an OpenAI-compatible
 * embeddings endpoint. Throws ModelCallError; retrieval then stays lexical.
 */
export async function embedTexts(texts: string[], model: EmbeddingConfig): Promise<number[][]> {
  if (texts.length === 0) return [];
  const { OpenAIEmbeddings } = await loadOpenAI();
  const embeddings = new OpenAIEmbeddings({
    apiKey: model.apiKey,
    model: model.embeddingModel ?? DEFAULT_EMBEDDING_MODEL,
    configuration: model.baseURL ? { baseURL: model.baseURL } : {},
    maxRetries: model.maxRetries ?? 1,
    timeout: model.timeoutMs ?? 30_000,
    batchSize: 256,
  });
  try {
    const vectors = await embeddings.embedDocuments(texts);
    if (vectors.length !== texts.length) throw new Error(`expected ${texts.length} embeddings, got ${vectors.length}`);
    return vectors;
  } catch (error) {
    throw new ModelCallError('embed the texts', modelBaseUrl(model), error);
  }
}
