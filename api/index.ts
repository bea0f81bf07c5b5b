import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiServices } from './context';
import { answerClientError } from './http/client-errors';
import { declaresTooLarge, withErrorBoundary } from './http/error-boundary';
import { createOpsEndpoints, type OpsReadiness } from './http/ops-endpoints';
import { observeRequests } from './http/observe-requests';
import { createYogaHandler } from './http/yoga-handler';
import { createWebPages } from './web/web-pages';
import { createBatonYoga } from './yoga';

export type RunningApi = {
  server: Server;
  port: number;
  url: string;
  /** Cuts every connection at once (tests, a crash). */
  close(): Promise<void>;
  /**
   * The graceful stop: no new connections, /readyz answers 503, subscription streams end cleanly
   * (their clients reconnect, to another instance), requests in flight finish; connections still
   * open at `deadline` are cut. Resolves true when everything finished in time.
   */
  drain(deadline: number): Promise<boolean>;
};

/** Request bodies bigger than this are refused (413) as they stream in; a message is at most 4,000 characters anyway. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

/** How long and how big a client may make one request, so slow or bloated requests cannot pin connections. */
export const HTTP_LIMITS = {
  /** To send the request line and every header (slowloris); then 408 and close. */
  headersTimeoutMs: 10_000,
  /** To send the whole request, body included; then 408 and close. */
  requestTimeoutMs: 30_000,
  /** Request line plus headers; past it, 431 and close. */
  maxHeaderBytes: 16 * 1024,
  /** How often Node looks for requests past the two timeouts above. */
  timeoutCheckIntervalMs: 1_000,
} as const;

export type ApiServerOptions = {
  port: number;
  production: boolean;
  host?: string;
  /** Seconds browsers should insist on HTTPS (Strict-Transport-Security); 0 sends no such header. */
  hstsMaxAge?: number;
  /** What /readyz checks (MongoDB, Temporal, Redis, and the worker in `baton start`); none when not given (tests' in-process servers). */
  readiness?: () => Promise<OpsReadiness>;
};

/** Headers on every response: no content sniffing, and HTTPS-only when the deployment says it is behind TLS. */
function responseHeaders(hstsMaxAge: number): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    ...(hstsMaxAge > 0 ? { 'strict-transport-security': `max-age=${hstsMaxAge}` } : {}),
  };
}

/** Listens on PORT (0 = any free port, for tests). */
export async function startApiServer(services: ApiServices, options: ApiServerOptions): Promise<RunningApi> {
  const yoga = createBatonYoga(services, { production: options.production });
  const pages = createWebPages({ demoPage: !options.production });
  const graphql = createYogaHandler(yoga, { maxRequestBytes: MAX_REQUEST_BYTES });
  let draining = false;
  const ops = createOpsEndpoints({ readiness: options.readiness ?? (async () => ({ failing: [], checks: [] })), stopping: () => draining });
  const handle = withErrorBoundary(
    async (request, response, target) => {
      if (await ops.handle(request, response, target)) return;
      if (pages.handle(request, response)) return;
      await graphql(request, response, target);
    },
    { maxRequestBytes: MAX_REQUEST_BYTES, headers: responseHeaders(options.hstsMaxAge ?? 0) },
  );
  const serve = observeRequests(handle);
  const inFlight = trackResponses(serve, () => draining);
  const server = createServer(
    {
      headersTimeout: HTTP_LIMITS.headersTimeoutMs,
      requestTimeout: HTTP_LIMITS.requestTimeoutMs,
      maxHeaderSize: HTTP_LIMITS.maxHeaderBytes,
      connectionsCheckingInterval: HTTP_LIMITS.timeoutCheckIntervalMs,
    },
    inFlight.listener,
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket));
  // `Expect: 100-continue`: only a body that may be accepted is invited; the rest get 413 unsent.
  server.on('checkContinue', (request, response) => {
    if (!declaresTooLarge(request, MAX_REQUEST_BYTES)) response.writeContinue();
    inFlight.listener(request, response);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${options.port} is already in use; set PORT to another one.`) : error),
    );
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
    drain(deadline) {
      draining = true;
      return drainServer(server, inFlight.open, deadline);
    },
  };
}

/** A subscription stream (graphql-sse's distinct connections, as Yoga serves them): it never finishes by itself. */
const isEventStream = (response: ServerResponse) => response.headersSent && String(response.getHeader('content-type') ?? '').startsWith('text/event-stream');

/** Keeps the responses not yet finished; while draining, each one asks its client to close the connection after it. */
function trackResponses(serve: RequestListener, draining: () => boolean): { listener: RequestListener; open: Set<ServerResponse> } {
  const open = new Set<ServerResponse>();
  return {
    open,
    listener: (request, response) => {
      open.add(response);
      response.once('close', () => open.delete(response));
      if (draining()) response.setHeader('connection', 'close');
      serve(request, response);
    },
  };
}

/** How often draining looks for streams to end and idle keep-alive connections to close. */
const DRAIN_TICK_MS = 100;

function drainServer(server: Server, open: Set<ServerResponse>, deadline: number): Promise<boolean> {
  return new Promise<boolean>((resolveDrain) => {
    let finished = false;
    const tick = () => {
      for (const response of open) {
        if (response.writableEnded) continue;
        if (isEventStream(response)) {
          // The end of the stream, as Yoga itself ends one: graphql-sse clients take it as "complete" and
          // subscribe again, reaching another instance, and catch up from there. A write Yoga attempts
          // after this end has nobody to reach, so its error is dropped.
          response.on('error', () => undefined);
          response.end('event: complete\ndata:\n\n');
        } else if (!response.headersSent) {
          response.setHeader('connection', 'close');
        }
      }
      server.closeIdleConnections();
      if (Date.now() >= deadline) {
        server.closeAllConnections();
        finish(false);
      }
    };
    const timer = setInterval(tick, DRAIN_TICK_MS);
    const finish = (clean: boolean) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      resolveDrain(clean);
    };
    // Stops listening at once; the callback comes when the last connection has closed.
    server.close(() => finish(true));
    tick();
  });
}
