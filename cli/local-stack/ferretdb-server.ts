import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serverRecordsDir } from './leftover-servers';
import { assertPortFree, startManagedProcess, type ManagedProcess } from './managed-process';

/** Runs FerretDB (MongoDB wire protocol) on its SQLite backend, on loopback only, telemetry off. */
export async function startFerretDb(options: { binary: string; dataDir: string; port: number }): Promise<ManagedProcess> {
  await assertPortFree(options.port, 'FerretDB', 'Stop whatever uses it, pick another with BATON_FERRETDB_PORT, or set MONGODB_URI to use that server.');
  const stateDir = join(options.dataDir, 'ferretdb');
  mkdirSync(stateDir, { recursive: true });
  return startManagedProcess({
    name: 'FerretDB',
    command: options.binary,
    args: [
      '--handler=sqlite',
      `--sqlite-url=file:${stateDir}/`,
      `--state-dir=${stateDir}`,
      `--listen-addr=127.0.0.1:${options.port}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
    logFile: join(options.dataDir, 'logs', 'ferretdb.log'),
    readyPort: options.port,
    recordFile: join(serverRecordsDir(options.dataDir), 'ferretdb.json'),
  });
}
