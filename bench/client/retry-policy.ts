import { GraphQLCallError } from './graphql-http';

/** Errors a client should retry with the same request: the API, Temporal or the database was briefly unreachable. */
const TRANSIENT_CODES = new Set(['NETWORK', 'INTERNAL_SERVER_ERROR', 'UNKNOWN', 'RATE_LIMITED']);

export function isTransient(error: unknown): error is GraphQLCallError {
  return error instanceof GraphQLCallError && TRANSIENT_CODES.has(error.code);
}

/**
 * Calls `attempt` until it succeeds, retrying transient errors with growing pauses (and the
 * pause the API asks for when rate-limited) until `deadline`; other errors fail at once.
 * Returns the result and how many retries it took.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  options: { deadline: number; onRetry?: (error: GraphQLCallError) => void },
): Promise<{ value: T; retries: number }> {
  let retries = 0;
  for (;;) {
    try {
      return { value: await attempt(), retries };
    } catch (error) {
      if (!isTransient(error) || Date.now() >= options.deadline) throw error;
      options.onRetry?.(error);
      const pause = error.code === 'RATE_LIMITED' && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : Math.min(2_000, 100 * 2 ** retries);
      retries += 1;
      await new Promise((resolvePause) => setTimeout(resolvePause, Math.min(pause, Math.max(0, options.deadline - Date.now()))));
    }
  }
}
