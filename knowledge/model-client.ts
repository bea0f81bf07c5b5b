import type { ChatOpenAI } from '@langchain/openai';
import { DEFAULT_CHAT_MODEL, type ModelConfig } from './types';

const DEFAULT_TIMEOUT_MS = 20_000;

/** The OpenAI client library, loaded on first use: a worker on the offline answerer never needs its ~15 MB. */
export const loadOpenAI = () => import('@langchain/openai');

/**
 * A chat model for any OpenAI-compatible server (OpenAI itself, Azure-style gateways,
 * vLLM, Ollama, LM Studio): the base URL and model name come from the caller's config.
 */
export async function createChatModel(config: ModelConfig): Promise<ChatOpenAI> {
  const { ChatOpenAI } = await loadOpenAI();
  const model = config.model || DEFAULT_CHAT_MODEL;
  return new ChatOpenAI({
    model,
    apiKey: config.apiKey,
    configuration: config.baseURL ? { baseURL: config.baseURL } : {},
    // Reasoning models reject a temperature; for the others, 0 keeps answers repeatable.
    ...(isReasoningModel(model) ? {} : { temperature: 0 }),
    maxRetries: config.maxRetries ?? 1,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}

function isReasoningModel(model: string): boolean {
  return /^(?:o\d|gpt-5)/i.test(model);
}

/** The structured-output options for `withStructuredOutput`, honouring the config's method. */
export function structuredOutputOptions(config: ModelConfig, name: string): { name: string; method?: 'jsonSchema' | 'functionCalling' | 'jsonMode' } {
  return config.structuredOutputMethod ? { name, method: config.structuredOutputMethod } : { name };
}

/**
 * A model call that failed (network, HTTP error, timeout, output that doesn't fit the
 * schema). The message names the server and what to check; the caller falls back to the
 * offline path.
 */
export class ModelCallError extends Error {
  override readonly name = 'ModelCallError';

  constructor(
    readonly operation: string,
    readonly baseURL: string,
    override readonly cause: unknown,
  ) {
    super(
      `The language model at ${baseURL} could not ${operation}: ${describeError(cause)}. ` +
        'Check OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL; meanwhile the offline answerer can be used.',
    );
  }
}

export function modelBaseUrl(config: ModelConfig): string {
  return config.baseURL ?? 'https://api.openai.com/v1';
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    const message = error.message.split('\n')[0] ?? error.name;
    return typeof status === 'number' && !message.includes(String(status)) ? `HTTP ${status} ${message}` : message;
  }
  return String(error);
}
