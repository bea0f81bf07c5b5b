import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serverRecordsDir } from './leftover-servers';
import { assertPortFree, startManagedProcess, type ManagedProcess } from './managed-process';

export type TemporalDevServerOptions = {
  binary: string;
  dataDir: string;
  port: number;
  /** 0 runs headless (no Web UI). */
  uiPort: number;
  namespace: string;
  dynamicConfig: Record<string, string | number | boolean>;
  /** PRAGMA=VALUE settings of the SQLite history file (temporal.yaml's devServer.sqlitePragmas). */
  sqlitePragmas?: Partial<Record<string, string>>;
};

/** Runs `temporal server start-dev` with its history in a SQLite file, so a restart keeps every conversation. */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<ManagedProcess> {
  const fix = 'Stop whatever uses it, pick other ports with BATON_TEMPORAL_PORT / BATON_TEMPORAL_UI_PORT, or set TEMPORAL_ADDRESS to use that server.';
  await assertPortFree(options.port, 'Temporal gRPC', fix);
  if (options.uiPort !== 0) await assertPortFree(options.uiPort, 'Temporal Web UI', fix);
  mkdirSync(options.dataDir, { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--db-filename',
    join(options.dataDir, 'temporal.sqlite'),
    '--namespace',
    options.namespace,
    '--log-level',
    'warn',
    ...(options.uiPort === 0 ? ['--headless'] : ['--ui-port', String(options.uiPort)]),
    ...Object.entries(options.dynamicConfig).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${JSON.stringify(value)}`]),
    ...Object.entries(options.sqlitePragmas ?? {}).flatMap(([pragma, value]) => ['--sqlite-pragma', `${pragma}=${value}`]),
  ];
  return startManagedProcess({
    name: 'Temporal dev server',
    command: options.binary,
    args,
    logFile: join(options.dataDir, 'logs', 'temporal.log'),
    readyPort: options.port,
    recordFile: join(serverRecordsDir(options.dataDir), 'temporal.json'),
  });
}
