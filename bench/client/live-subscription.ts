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

/**
 * A GraphQL subscription over SSE (graphql-sse "distinct connections", as Yoga serves it) that
 * stays open: when the stream drops, it reconnects with growing pauses, re-reading `variables()`
 * each time, and calls `connected` so the caller can catch up on what it missed.
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
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let connections = 0;
  let connected = false;
  /** Bumped by each connect, so a stream that was replaced does not schedule a reconnect of its own. */
  let generation = 0;

  const refuse = (error: GraphQLCallError) => {
    closed = true;
    controller?.abort();
    options.failed?.(error);
  };

  const connect = async () => {
    const mine = ++generation;
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ query: options.query, variables: options.variables() }),
        signal,
      });
      if (!(response.headers.get('content-type') ?? '').includes('text/event-stream') || !response.body) {
        const body = PayloadSchema.safeParse(await response.json().catch(() => ({})));
        const first = body.success ? body.data.errors?.[0] : undefined;
        if (first?.extensions?.code && first.extensions.code !== 'INTERNAL_SERVER_ERROR') return refuse(new GraphQLCallError(first.message, first.extensions.code));
        throw new Error(`HTTP ${response.status}`);
      }
      attempt = 0;
      connections += 1;
      connected = true;
      options.connected?.();
      await readEvents(response.body, signal, (data) => {
        const payload = PayloadSchema.parse(JSON.parse(data));
        const first = payload.errors?.[0];
        if (first) {
          // An error inside the stream (the API failed to read the conversation, say) ends this stream; reconnecting catches up.
          controller?.abort();
          return;
        }
        const parsed = options.schema.safeParse(payload.data);
        if (!parsed.success) throw new Error(`unexpected subscription data: ${parsed.error.message}`);
        options.next(parsed.data);
      });
    } catch {
      // A dropped stream, an aborted one, or an unreachable API: try again below.
    }
    if (mine !== generation) return;
    connected = false;
    if (closed) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)]!;
    retryTimer = setTimeout(() => void connect(), delay);
  };

  void connect();
  return {
    get connections() {
      return connections;
    },
    get connected() {
      return connected;
    },
    reconnectNow() {
      if (closed) return;
      clearTimeout(retryTimer);
      attempt = 0;
      controller?.abort();
      void connect();
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
      controller?.abort();
    },
  };
}

/** Reads a text/event-stream body and calls `onData` with each event's data (pings and `complete` carry none). */
async function readEvents(body: ReadableStream<Uint8Array>, signal: AbortSignal, onData: (data: string) => void): Promise<void> {
  const reader = body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
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
      let event = 'next';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (event === 'complete') return;
      if (data.length > 0) onData(data.join('\n'));
    }
  }
}
