import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient } from 'graphql-sse';

/**
 * GraphQL over HTTP for the pages and the widget: queries and mutations as JSON POSTs, and
 * subscriptions through graphql-sse's client ("distinct connections" mode, as Yoga serves it) that
 * reconnect by themselves. No React and no graphql runtime here, so the widget stays small.
 */

/** A generated operation (codegen's `documentMode: 'string'`): its text, typed with its result and variables. */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'NETWORK' | 'UNKNOWN';

type ResponseError = { message: string; extensions?: Record<string, unknown> };
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

function authorization(target: ApiTarget): Record<string, string> {
  const token = target.token();
  return token ? { authorization: `Bearer ${token}` } : {};
}

function toApiError(errors: readonly ResponseError[], target: ApiTarget): ApiError {
  const first = errors[0]!;
  const code = (typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN') as ApiErrorCode;
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
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authorization(target) },
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

/** The GraphQL errors of a response the API sent instead of a stream, as an ApiError if they refuse for good. */
async function refusalOf(response: Response, target: ApiTarget): Promise<ApiError | null> {
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as GraphQLResponse<unknown>;
  const error = body.errors?.length ? toApiError(body.errors, target) : null;
  return error && error.code !== 'NETWORK' && error.code !== 'UNKNOWN' ? error : null;
}

/**
 * Opens a subscription and keeps it open: when the stream drops (or the API ends it) it
 * reconnects with growing pauses, re-reading `variables()` each time (e.g. a new `since`).
 * Returns `close`.
 */
export function subscribe<TResult, TVariables>(
  target: ApiTarget,
  operation: Operation<TResult, TVariables>,
  variables: () => TVariables,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  let closed = false;
  let attempt = 0;
  let unsubscribe = () => {};
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  const nextDelay = () => RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)]!;

  const stop = (error: ApiError) => {
    if (closed) return;
    closed = true;
    unsubscribe();
    handlers.failed?.(error);
  };

  const client = createClient({
    url: target.endpoint,
    headers: () => authorization(target),
    // A page stays open for hours: never give up on a dropped stream, only on a refusal.
    retryAttempts: Infinity,
    retry: () => new Promise<void>((resolve) => setTimeout(resolve, nextDelay())),
    fetchFn: async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!response.ok) {
        const refusal = await refusalOf(response, target);
        if (refusal) stop(refusal);
      }
      return response;
    },
  });

  const reopenLater = () => {
    if (!closed) reopenTimer = setTimeout(open, nextDelay());
  };

  function open() {
    // A getter, so each reconnect sends the variables of that moment (graphql-sse serialises the request per attempt).
    const request = {
      query: operation.toString(),
      get variables() {
        return variables() as Record<string, unknown>;
      },
    };
    unsubscribe = client.subscribe<TResult>(
      request,
      {
        next: (result) => {
          if (result.errors?.length) stop(toApiError(result.errors, target));
          else if (result.data) handlers.next(result.data);
        },
        // The API ended the stream (it is shutting down, say), or something between sent no event
        // stream: open it again as after a drop. Only a refusal, above, stops for good.
        complete: reopenLater,
        error: reopenLater,
      },
      {
        connected: () => {
          attempt = 0;
          handlers.connected?.();
        },
      },
    );
  }

  open();
  return () => {
    closed = true;
    clearTimeout(reopenTimer);
    unsubscribe();
    client.dispose();
  };
}
