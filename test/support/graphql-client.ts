/** A small GraphQL-over-HTTP client for tests: queries, mutations and SSE subscriptions, as a browser would send them. */

export type GraphQLResponse<T = Record<string, any>> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
};

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

/** Opens a GraphQL subscription over SSE (graphql-sse "distinct connections" mode, which Yoga serves). */
export async function subscribe<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Subscription<T>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription failed: HTTP ${response.status} ${await response.text()}`);
  const received: GraphQLResponse<T>[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (data) received.push(JSON.parse(data) as GraphQLResponse<T>);
          waiters.forEach((wake) => wake());
        }
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      waiters.forEach((wake) => wake());
    }
  })();
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
    close: () => controller.abort(),
  };
}
