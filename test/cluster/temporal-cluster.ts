import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assertPortFree, LocalStackError, startManagedProcess, type ManagedProcess } from '../../cli/local-stack/managed-process';
import { POSTGRES_SUPERUSER } from './postgres-server';
import {
  TEMPORAL_DATABASE,
  TEMPORAL_VISIBILITY_DATABASE,
  temporalClusterConfig,
  temporalDynamicConfig,
  type TemporalClusterPorts,
} from './temporal-cluster-config';

const run = promisify(execFile);
/** The config file is <dir>/<env>.yaml: the server reads the environment's file from the config folder. */
const CONFIG_ENV = 'cluster';
/** Enough to spread the load over several shards, as a cluster does; the dev server runs one. */
const NUM_HISTORY_SHARDS = 4;

export type TemporalCluster = {
  address: string;
  /** Where the generated config and dynamic config live, for the report and for debugging a run. */
  configDir: string;
  /** Starts the server (all services in one process) on the same ports and database; resolves once the frontend listens. */
  start(): Promise<ManagedProcess>;
};

/**
 * Prepares a Temporal cluster on a running PostgreSQL: creates the `temporal` and
 * `temporal_visibility` databases and migrates them with temporal-sql-tool (the schemas are
 * embedded in the tool), and writes the server's config and dynamic config into `dataDir`.
 */
export async function prepareTemporalCluster(options: {
  binaries: { server: string; sqlTool: string };
  postgresPort: number;
  dataDir: string;
  dynamicConfig: Record<string, string | number | boolean>;
}): Promise<TemporalCluster> {
  for (const [database, schema] of [
    [TEMPORAL_DATABASE, 'postgresql/v12/temporal'],
    [TEMPORAL_VISIBILITY_DATABASE, 'postgresql/v12/visibility'],
  ] as const) {
    const sqlTool = (...args: string[]) =>
      sqlToolRun(options.binaries.sqlTool, [
        '--plugin',
        'postgres12',
        '--endpoint',
        '127.0.0.1',
        '--port',
        String(options.postgresPort),
        '--user',
        POSTGRES_SUPERUSER,
        '--database',
        database,
        ...args,
      ]);
    await sqlTool('create-database');
    await sqlTool('setup-schema', '--version', '0.0');
    await sqlTool('update-schema', '--schema-name', schema);
  }

  const ports: TemporalClusterPorts = {
    frontend: await findFreeLowPort(),
    frontendMembership: await findFreeLowPort(),
    frontendHttp: await findFreeLowPort(),
    history: await findFreeLowPort(),
    historyMembership: await findFreeLowPort(),
    matching: await findFreeLowPort(),
    matchingMembership: await findFreeLowPort(),
    worker: await findFreeLowPort(),
    workerMembership: await findFreeLowPort(),
  };
  const configDir = join(options.dataDir, 'config');
  mkdirSync(configDir, { recursive: true });
  const dynamicConfigFile = join(configDir, 'dynamic-config.yaml');
  writeFileSync(dynamicConfigFile, temporalDynamicConfig(options.dynamicConfig));
  writeFileSync(
    join(configDir, `${CONFIG_ENV}.yaml`),
    temporalClusterConfig({
      ports,
      postgres: { host: '127.0.0.1', port: options.postgresPort, user: POSTGRES_SUPERUSER, password: '' },
      dynamicConfigFile,
      numHistoryShards: NUM_HISTORY_SHARDS,
      logLevel: 'warn',
    }),
  );
  return {
    address: `127.0.0.1:${ports.frontend}`,
    configDir,
    start: () =>
      startManagedProcess({
        name: 'Temporal server',
        command: options.binaries.server,
        args: ['--root', '/', '--config', configDir, '--env', CONFIG_ENV, '--allow-no-auth', 'start'],
        logFile: join(options.dataDir, 'logs', 'temporal-server.log'),
        readyPort: ports.frontend,
      }),
  };
}

/**
 * Registers the namespace the workers and APIs use. A server that has just started listens
 * before its history shards are owned, so this retries until the server accepts the request.
 */
export async function registerNamespace(options: { temporalCli: string; address: string; namespace: string; retentionDays: number; timeoutMs?: number }) {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const cli = (...args: string[]) => run(options.temporalCli, [...args, '--address', options.address], { timeout: 15_000 });
  for (;;) {
    try {
      await cli('operator', 'namespace', 'create', '--namespace', options.namespace, '--retention', `${options.retentionDays * 24}h`);
      break;
    } catch (error) {
      const message = (error as { stderr?: string }).stderr ?? (error as Error).message;
      if (/already exists|AlreadyExists/i.test(message)) break;
      if (Date.now() > deadline) throw new LocalStackError(`Could not register namespace ${options.namespace} on ${options.address}: ${message}`);
      await new Promise((resolveLater) => setTimeout(resolveLater, 500));
    }
  }
  // The frontend serves a new namespace once its namespace cache has it: wait until a read in it succeeds.
  for (;;) {
    try {
      await cli('workflow', 'count', '--namespace', options.namespace);
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new LocalStackError(`Namespace ${options.namespace} did not become usable on ${options.address}: ${(error as Error).message}`);
      await new Promise((resolveLater) => setTimeout(resolveLater, 500));
    }
  }
}

/** temporal-sql-tool, retried while PostgreSQL is still starting up (it listens before it accepts logins). */
async function sqlToolRun(binary: string, args: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await run(binary, args, { timeout: 60_000 });
      return;
    } catch (error) {
      const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? (error as Error).message}`;
      if (/already exists/i.test(output)) return;
      if (Date.now() > deadline || !/starting up|connection refused|EOF/i.test(output)) {
        throw new LocalStackError(`temporal-sql-tool ${args.slice(-3).join(' ')} failed:\n${output.trim().split('\n').slice(-10).join('\n')}`);
      }
      await new Promise((resolveLater) => setTimeout(resolveLater, 300));
    }
  }
}

/**
 * A free port below 32768. The PostgreSQL schema keeps each member's port in cluster_membership's
 * rpc_port, a smallint: a port from the kernel's ephemeral range (32768 and up, where port 0 lands)
 * makes the server fail at start with "value out of range for type smallint".
 */
const taken = new Set<number>();
async function findFreeLowPort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (taken.has(port)) continue;
    try {
      await assertPortFree(port, 'Temporal server', '');
      taken.add(port);
      return port;
    } catch {
      // Someone has it; try another.
    }
  }
  throw new LocalStackError('Found no free port between 20000 and 32000 for the Temporal server.');
}
