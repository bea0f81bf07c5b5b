import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiServices } from './context';
import { createBatonYoga } from './yoga';

export type RunningApi = { server: Server; port: number; url: string; close(): Promise<void> };

/** Listens on PORT (0 = any free port, for tests). */
export async function startApiServer(services: ApiServices, options: { port: number; production: boolean; host?: string }): Promise<RunningApi> {
  const yoga = createBatonYoga(services, { production: options.production });
  const server = createServer(yoga);
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
