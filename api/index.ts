import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiServices } from './context';
import { answerClientError } from './http/client-errors';
import { declaresTooLarge, withErrorBoundary } from './http/error-boundary';
import { observeRequests } from './http/observe-requests';
import { createYogaHandler } from './http/yoga-handler';
import { createWebPages } from './web/web-pages';
import { createBatonYoga } from './yoga';

export type RunningApi = { server: Server; port: number; url: string; close(): Promise<void> };

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
  const handle = withErrorBoundary(
    async (request, response, target) => {
      if (pages.handle(request, response)) return;
      await graphql(request, response, target);
    },
    { maxRequestBytes: MAX_REQUEST_BYTES, headers: responseHeaders(options.hstsMaxAge ?? 0) },
  );
  const serve = observeRequests(handle);
  const server = createServer(
    {
      headersTimeout: HTTP_LIMITS.headersTimeoutMs,
      requestTimeout: HTTP_LIMITS.requestTimeoutMs,
      maxHeaderSize: HTTP_LIMITS.maxHeaderBytes,
      connectionsCheckingInterval: HTTP_LIMITS.timeoutCheckIntervalMs,
    },
    serve,
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket));
  // `Expect: 100-continue`: only a body that may be accepted is invited; the rest get 413 unsent.
  server.on('checkContinue', (request, response) => {
    if (!declaresTooLarge(request, MAX_REQUEST_BYTES)) response.writeContinue();
    serve(request, response);
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
  };
}
