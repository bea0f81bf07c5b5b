import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HTTP_LIMITS } from '../api';
import { answerClientError } from '../api/http/client-errors';
import { withErrorBoundary } from '../api/http/error-boundary';
import { createOpsEndpoints } from '../api/http/ops-endpoints';
import { checkReadiness, type ReadinessCheck } from './readiness';

export type WorkerHttp = { server: Server; port: number; url: string; close(): Promise<void> };

/** The worker takes no requests of its own: nothing but the three probes is read, so a body is never needed. */
const MAX_REQUEST_BYTES = 16 * 1024;

/**
 * `baton worker`'s own port for /healthz, /readyz and /metrics: an orchestrator restarts a worker
 * that stopped polling, and a scraper reads its activity and task-slot metrics. Same limits as the
 * API's server, since it listens on the same kind of address.
 */
export async function startWorkerHttp(options: { port: number; host: string; checks: ReadinessCheck[]; stopping: () => boolean }): Promise<WorkerHttp> {
  const ops = createOpsEndpoints({ readiness: () => checkReadiness(options.checks), stopping: options.stopping });
  const server = createServer(
    {
      headersTimeout: HTTP_LIMITS.headersTimeoutMs,
      requestTimeout: HTTP_LIMITS.requestTimeoutMs,
      maxHeaderSize: HTTP_LIMITS.maxHeaderBytes,
      connectionsCheckingInterval: HTTP_LIMITS.timeoutCheckIntervalMs,
    },
    withErrorBoundary(
      async (request, response, target) => {
        if (await ops.handle(request, response, target)) return;
        const body = JSON.stringify({ error: 'Not found: a worker answers /healthz, /readyz and /metrics only.' });
        response.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        response.end(body);
      },
      { maxRequestBytes: MAX_REQUEST_BYTES, headers: { 'x-content-type-options': 'nosniff' } },
    ),
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is already in use; set BATON_WORKER_HTTP_PORT to another one (0 picks a free one).`)
          : error,
      ),
    );
    server.listen(options.port, options.host, () => resolveListen());
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
