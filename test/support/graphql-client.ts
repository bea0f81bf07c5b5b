/** A small GraphQL-over-HTTP client for tests: queries, mutations and SSE subscriptions, as a browser would send them. */

import { createClient, NetworkError } from 'graphql-sse';

export type GraphQLResponse<T = Record<string, any>> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
};

/** Far past any operation a test sends, even on a loaded machine. */
const GQL_TIMEOUT_MS = 120_000;

export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    // A server that accepted the request and never answers fails the test here, not at CI's deadline.
    signal: AbortSignal.timeout(GQL_TIMEOUT_MS),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Returns the data or throws with the errors, for steps that must succeed. */
export async function gqlOk<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export type Subscription<T> = {
  /** Resolves with the first event that satisfies `predicate`, or rejects after `timeoutMs`. */
  next(predicate?: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): void;
};

/**
 * Opens a GraphQL subscription with graphql-sse's client ("distinct connections" mode, which Yoga
 * serves) and resolves once the stream is open, so a test's next step cannot race it. No
 * reconnects: a test sees exactly what one stream delivered, and when the API ended it.
 */
export async function subscribe<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Subscription<T>> {
  const client = createClient({ url, headers: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0 });
  const received: GraphQLResponse<T>[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  const end = () => {
    ended = true;
    waiters.forEach((wake) => wake());
  };
  let dispose = () => {};
  await new Promise<void>((resolveOpen, rejectOpen) => {
    dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          received.push(result as GraphQLResponse<T>);
          waiters.forEach((wake) => wake());
        },
        complete: end,
        error: (error) => {
          end();
          void describeFailure(error).then((reason) => rejectOpen(new Error(`subscription failed: ${reason}`)));
        },
      },
      { connected: () => resolveOpen() },
    );
  });
  let cursor = 0;
  return {
    next(predicate = () => true, timeoutMs = 15_000) {
      return new Promise<T>((resolveNext, reject) => {
        const check = () => {
          while (cursor < received.length) {
            const event = received[cursor++]!;
            if (event.errors?.length) return finish(() => reject(new Error(`subscription error: ${JSON.stringify(event.errors)}`)));
            if (event.data && predicate(event.data)) return finish(() => resolveNext(event.data as T));
          }
          if (ended) finish(() => reject(new Error('subscription ended')));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`no matching subscription event within ${timeoutMs} ms`))), timeoutMs);
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    close: () => {
      dispose();
      client.dispose();
    },
  };
}

/** The HTTP status and body of a refused stream, or the error's message. */
async function describeFailure(error: unknown): Promise<string> {
  if (error instanceof NetworkError && error.response) {
    const response = error.response as Response;
    return `HTTP ${response.status} ${await response.text().catch(() => '')}`;
  }
  return error instanceof Error ? error.message : String(error);
}
