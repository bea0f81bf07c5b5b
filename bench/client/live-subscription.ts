import { createClient } from 'graphql-sse';
import { z } from 'zod';
import { GraphQLCallError } from './graphql-http';

/** The widget's own reconnect pauses (studio/src/shared/api/graphql-transport.ts), so recovery is what a customer sees. */
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];

export type LiveSubscription = {
  /** How many times the stream was opened; every opening after the first is a reconnect. */
  readonly connections: number;
  readonly connected: boolean;
  /** Drops the stream and opens it again now (as a page does when it suspects a stale stream). */
  reconnectNow(): void;
  close(): void;
};

const PayloadSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() })).optional(),
});

/** A response the API sent instead of a stream, as a refusal if its GraphQL error has a code (not a crash). */
async function refusalOf(response: Response): Promise<GraphQLCallError | null> {
  const body = PayloadSchema.safeParse(
    await response
      .clone()
      .json()
      .catch(() => ({})),
  );
  const first = body.success ? body.data.errors?.[0] : undefined;
  return first?.extensions?.code && first.extensions.code !== 'INTERNAL_SERVER_ERROR' ? new GraphQLCallError(first.message, first.extensions.code) : null;
}

/**
 * A GraphQL subscription through graphql-sse's client ("distinct connections" mode, as Yoga
 * serves it) that stays open: when the stream drops or ends, it reconnects with the widget's
 * pauses, re-reading `variables()` each time, and calls `connected` so the caller can catch up.
 */
export function openLiveSubscription<T>(options: {
  url: string;
  query: string;
  variables: () => Record<string, unknown>;
  token: string;
  schema: z.ZodType<T>;
  next: (data: T) => void;
  connected?: () => void;
  /** The API refused the subscription (not a dropped connection); it has stopped. */
  failed?: (error: GraphQLCallError) => void;
}): LiveSubscription {
  let closed = false;
  let attempt = 0;
  let connections = 0;
  let connected = false;
  let unsubscribe = () => {};
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  const nextDelay = () => RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)]!;

  const refuse = (error: GraphQLCallError) => {
    if (closed) return;
    closed = true;
    connected = false;
    unsubscribe();
    options.failed?.(error);
  };

  const client = createClient({
    url: options.url,
    headers: { authorization: `Bearer ${options.token}` },
    retryAttempts: Infinity,
    // Called as soon as a stream drops, before the pause.
    retry: () => {
      connected = false;
      return new Promise<void>((resolve) => setTimeout(resolve, nextDelay()));
    },
    fetchFn: async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!response.ok) {
        const refusal = await refusalOf(response);
        if (refusal) refuse(refusal);
      }
      return response;
    },
  });

  /** Ends the current stream (if any) and opens a new one after `delayMs`. */
  const reopen = (delayMs: number) => {
    unsubscribe();
    connected = false;
    clearTimeout(reopenTimer);
    if (!closed) reopenTimer = setTimeout(open, delayMs);
  };

  function open() {
    // A getter, so each reconnect sends the variables of that moment (graphql-sse serialises the request per attempt).
    const request = {
      query: options.query,
      get variables() {
        return options.variables();
      },
    };
    let current = true;
    const dispose = client.subscribe(
      request,
      {
        next: (result) => {
          if (!current) return;
          // An error inside the stream (the API failed to read the conversation, say) ends this stream; reconnecting catches up.
          if (result.errors?.length) return reopen(nextDelay());
          const parsed = options.schema.safeParse(result.data);
          if (!parsed.success) throw new Error(`unexpected subscription data: ${parsed.error.message}`);
          options.next(parsed.data);
        },
        complete: () => current && reopen(nextDelay()),
        error: () => current && reopen(nextDelay()),
      },
      {
        connected: () => {
          if (!current) return;
          attempt = 0;
          connections += 1;
          connected = true;
          options.connected?.();
        },
      },
    );
    unsubscribe = () => {
      current = false;
      dispose();
    };
  }

  open();
  return {
    get connections() {
      return connections;
    },
    get connected() {
      return connected;
    },
    reconnectNow() {
      if (closed) return;
      attempt = 0;
      reopen(0);
    },
    close() {
      closed = true;
      connected = false;
      clearTimeout(reopenTimer);
      unsubscribe();
      client.dispose();
    },
  };
}
