import type { Settings } from './settings';

/** What the answerers, the classifier and the embeddings need to call an OpenAI-compatible model. */
export type ModelSettings = { apiKey: string; baseURL: string | undefined; model: string };

/** The model the API, the worker and the ingest use, or undefined when no key is set (everything runs offline). */
export function modelConfigOf(settings: Pick<Settings, 'openai'>): ModelSettings | undefined {
  const openai = settings.openai;
  return openai ? { apiKey: openai.apiKey, baseURL: openai.baseURL, model: openai.model } : undefined;
}
