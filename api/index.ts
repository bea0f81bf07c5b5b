import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiServices } from './context';
import { createWebPages } from './web/web-pages';
import { createBatonYoga } from './yoga';

export type RunningApi = { server: Server; port: number; url: string; close(): Promise<void> };

/** Requests bigger than this are refused before parsing; a message is at most 4,000 characters anyway. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

function refuseOversized(request: IncomingMessage, response: ServerResponse): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  if (length <= MAX_REQUEST_BYTES) return false;
  response.writeHead(413, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ errors: [{ message: `The request is over ${MAX_REQUEST_BYTES} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }] }));
  request.resume();
  return true;
}

/** Listens on PORT (0 = any free port, for tests). */
export async function startApiServer(services: ApiServices, options: { port: number; production: boolean; host?: string }): Promise<RunningApi> {
  const yoga = createBatonYoga(services, { production: options.production });
  const pages = createWebPages();
  const server = createServer((request, response) => {
    if (refuseOversized(request, response)) return;
    if (pages.handle(request, response)) return;
    void yoga(request, response);
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
