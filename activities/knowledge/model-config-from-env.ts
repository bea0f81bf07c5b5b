import { DEFAULT_CHAT_MODEL, type ModelConfig } from './types'

/**
 * The model settings from OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL, or null when
 * no key is set (then everything runs offline). Takes the environment as an argument so
 * the configuration module decides where settings come from.
 */
export function modelConfigFromEnv(env: Record<string, string | undefined>): ModelConfig | null {
  const apiKey = env.OPENAI_API_KEY?.trim()
  if (!apiKey) return null
  const baseURL = env.OPENAI_BASE_URL?.trim()
  return {
    apiKey,
    model: env.OPENAI_MODEL?.trim() || DEFAULT_CHAT_MODEL,
    ...(baseURL ? { baseURL } : {}),
  }
}
