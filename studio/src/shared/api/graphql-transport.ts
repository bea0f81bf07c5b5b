import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * GraphQL over HTTP for the pages and the widget: queries and mutations as JSON POSTs, and
 * subscriptions over SSE (graphql-sse "distinct connections", as Yoga serves it) that reconnect
 * by themselves. No React and no graphql runtime here, so the widget stays small.
 */

/** A generated operation (codegen's `documentMode: 'string'`): its text, typed with its result and variables. */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'NETWORK' | 'UNKNOWN';

type ResponseError = { message: string; extensions?: { code?: string } };
type GraphQLResponse<T> = { data?: T | null; errors?: ResponseError[] };

/** An error the API returned (its `extensions.code`), or NETWORK when it could not be reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ApiTarget = {
  /** The GraphQL endpoint, e.g. `/graphql` on the same origin or `https://api.example.com/graphql`. */
  endpoint: string;
  /** The bearer token of the widget session or the signed-in user, if any. */
  token: () => string | null;
  /** Called when the API says the token is no longer good, so the caller can sign out or start over. */
  onUnauthenticated?: () => void;
};

function headers(target: ApiTarget, accept: string): Record<string, string> {
  const token = target.token();
  return { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

function toApiError(errors: ResponseError[], target: ApiTarget): ApiError {
  const first = errors[0]!;
  const code = (first.extensions?.code ?? 'UNKNOWN') as ApiErrorCode;
  if (code === 'UNAUTHENTICATED') target.onUnauthenticated?.();
  return new ApiError(first.message, code);
}

/** Sends a query or mutation; resolves with its data or rejects with an ApiError. */
export async function request<TResult, TVariables>(
  target: ApiTarget,
  operation: Operation<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(target.endpoint, {
      method: 'POST',
      headers: headers(target, 'application/graphql-response+json, application/json'),
      body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('Cannot reach the server; check your connection and try again.', 'NETWORK');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`The server answered HTTP ${response.status} without a GraphQL response.`, 'NETWORK');
  }
  if (body.errors?.length) throw toApiError(body.errors, target);
  if (!body.data) throw new ApiError('The server returned no data.', 'UNKNOWN');
  return body.data;
}

export type SubscriptionHandlers<TResult> = {
  next: (data: TResult) => void;
  /** Each time the stream is (re)connected: the moment to catch up on anything missed while it was down. */
  connected?: () => void;
  /** A lasting failure (the API refused the subscription); the subscription has stopped. */
  failed?: (error: ApiError) => void;
};

const RETRY_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];

/**
 * Opens a subscription and keeps it open: when the stream drops it reconnects with growing
 * pauses, re-reading `variables()` each time (e.g. a new `since`). Returns `close`.
 */
export function subscribe<TResult, TVariables>(
  target: ApiTarget,
  operation: Operation<TResult, TVariables>,
  variables: () => TVariables,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  let closed = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  const stop = (error: ApiError) => {
    closed = true;
    handlers.failed?.(error);
  };

  const connect = async () => {
    controller = new AbortController();
    try {
      const response = await fetch(target.endpoint, {
        method: 'POST',
        headers: headers(target, 'text/event-stream'),
        body: JSON.stringify({ query: operation.toString(), variables: variables() }),
        signal: controller.signal,
      });
      const type = response.headers.get('content-type') ?? '';
      if (!type.includes('text/event-stream') || !response.body) {
        const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
        const error = body.errors?.length ? toApiError(body.errors, target) : new ApiError(`HTTP ${response.status}`, 'NETWORK');
        if (error.code !== 'NETWORK' && error.code !== 'UNKNOWN') return stop(error);
        throw error;
      }
      attempt = 0;
      handlers.connected?.();
      await readEvents(response.body, (event, data) => {
        if (event === 'complete') return;
        const payload = JSON.parse(data) as GraphQLResponse<TResult>;
        if (payload.errors?.length) {
          const error = toApiError(payload.errors, target);
          controller?.abort();
          stop(error);
        } else if (payload.data) {
          handlers.next(payload.data);
        }
      });
    } catch {
      // A dropped stream or an unreachable server: try again below.
    }
    if (closed) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)]!;
    retryTimer = setTimeout(() => void connect(), delay);
  };

  void connect();
  return () => {
    closed = true;
    clearTimeout(retryTimer);
    controller?.abort();
  };
}

/** Reads a text/event-stream body, calling `onEvent` for each event that carries data. */
async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent(event, data.join('\n'));
      if (event === 'complete') return;
    }
  }
}
