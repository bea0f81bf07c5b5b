import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDb } from '../../cli/local-stack/ferretdb-server';
import { findFreePort, type ManagedProcess } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT, provisionBinaries } from '../../cli/local-stack/provision';
import { startRedisServer } from '../../cli/local-stack/redis-server';
import { startTemporalDevServer } from '../../cli/local-stack/temporal-dev-server';
import { loadSettings } from '../../config/settings';
import { DEMO_WORKSPACE, seedDemoWorkspace } from '../../server/seed-demo';
import { connectDatabase, type BatonDb } from '../../store/database';
import { startBatonChildProcess, type BatonRole } from './baton-child-process';
import { restartableComponent, type StackComponent, type StackComponentName } from './stack-component';

export type { StackComponent, StackComponentName } from './stack-component';

export type BenchStack = {
  graphqlUrl: string;
  temporalAddress: string;
  namespace: string;
  demoPassword: string;
  /** Where workers publish conversation events for the API instances; absent when reusing a stack. */
  redisUrl: string | undefined;
  /** The read model, for seeding and for the drill's verification; absent when the bench reuses a running stack. */
  db: BatonDb | undefined;
  /** Absent when the bench reuses a running stack (--url): then there is nothing to measure or kill. */
  components: Record<StackComponentName, StackComponent> | undefined;
  /** Processes that died without the drill killing them, with where to read why. */
  unexpectedExits: string[];
  /** Rejects when a process dies without the drill killing it: the run stops there instead of timing out. */
  unexpectedExit: Promise<never>;
  logsDir: string | undefined;
  stop(): Promise<void>;
};

export const BENCH_TASK_QUEUE = 'baton-bench';
const DEMO_PASSWORD = 'baton-demo';

/**
 * Starts a whole stack of the bench's own in a temporary folder on free ports: the Temporal dev
 * server, FerretDB, Redis, and Baton's worker and API as separate processes talking through Redis,
 * as a scaled-out deployment runs. Seeds the demo workspace. Only the offline answerer: the
 * model's own latency is not what the bench measures.
 */
export async function startBenchStack(options: {
  log: (line: string) => void;
  keepData?: boolean;
  /** Profile the worker and the API with node --cpu-prof into <dir>/worker and <dir>/api. */
  cpuProfileDir?: string;
  /** Dynamic config for the Temporal dev server over temporal.yaml's. */
  dynamicConfig?: Record<string, string | number | boolean>;
}): Promise<BenchStack> {
  // temporal.yaml's dev-server settings (update-with-start), not the caller's environment: this stack is the bench's own.
  const defaults = loadSettings({}, PROJECT_ROOT);
  const binaries = await provisionBinaries(['temporal', 'ferretdb', 'redis']);
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const logsDir = join(dataDir, 'logs');
  const [temporalPort, ferretPort, redisPort, apiPort] = [await findFreePort(), await findFreePort(), await findFreePort(), await findFreePort()];
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const namespace = defaults.temporal.namespace;
  const unexpectedExits: string[] = [];
  let reportExit!: (error: Error) => void;
  const unexpectedExit = new Promise<never>((_, reject) => (reportExit = reject));
  // Nobody may be listening yet (or any more); the rejection is reported through the run that races it.
  unexpectedExit.catch(() => undefined);
  let stopping = false;
  const onUnexpectedExit = (name: StackComponentName, how: string, logFile: string) => {
    if (stopping) return;
    const line = `${name} exited unexpectedly (${how}); see ${logFile}${crashOf(logFile)}`;
    unexpectedExits.push(line);
    options.log(`bench: ${line}`);
    reportExit(new Error(line));
  };
  const managed = (name: StackComponentName, label: string, start: () => Promise<ManagedProcess>) =>
    restartableComponent({ name, label, start, onUnexpectedExit });

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: `mongodb://127.0.0.1:${ferretPort}/baton`,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: namespace,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PORT: String(apiPort),
    // Any free port for the worker's health and metrics, so the bench runs beside tests and a local `baton worker`.
    BATON_WORKER_HTTP_PORT: '0',
    BATON_TASK_QUEUE: BENCH_TASK_QUEUE,
    BATON_DATA_DIR: join(dataDir, 'baton'),
    BATON_DEMO_PASSWORD: DEMO_PASSWORD,
    BATON_TEMPORAL_FILE: join(PROJECT_ROOT, 'temporal.yaml'),
    // The offline answerer only, whatever the caller's shell holds.
    OPENAI_API_KEY: '',
    NODE_ENV: 'production',
    // The bench's customers stand for many people on many addresses: each call names one in
    // X-Forwarded-For (see bench/client/graphql-http.ts), as the one proxy in front of an API would.
    BATON_TRUST_PROXY: '1',
    // Production refuses to sign tokens with a secret it made up; this stack's one lives as long as the stack.
    BATON_SECRET: randomBytes(32).toString('hex'),
    // As docs/PERFORMANCE.md recommends for deployments: glibc's default of 8 malloc arenas per core
    // left the worker's many threads (V8, libuv, the SDK's Rust runtime) ~150 MB of fragmentation.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  };
  const baton = (role: BatonRole, label: string) =>
    restartableComponent({
      name: role,
      label,
      onUnexpectedExit,
      start: async () => {
        const logFile = join(logsDir, `${role}.log`);
        const profileDir = options.cpuProfileDir ? join(options.cpuProfileDir, role) : undefined;
        const started = await startBatonChildProcess({
          role,
          env: childEnv,
          logFile,
          nodeFlags: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
        });
        if (profileDir) recordStartup(profileDir, started.child.pid, started.readyAfterMs);
        return { ...started, logFile };
      },
    });

  const temporal = managed('temporal', 'Temporal dev server', () =>
    startTemporalDevServer({
      binary: binaries.temporal,
      dataDir: join(dataDir, 'temporal'),
      port: temporalPort,
      uiPort: 0,
      namespace,
      dynamicConfig: { ...defaults.temporal.devServer.dynamicConfig, ...options.dynamicConfig },
      sqlitePragmas: defaults.temporal.devServer.sqlitePragmas,
    }),
  );
  const ferretdb = managed('ferretdb', 'FerretDB', () => startFerretDb({ binary: binaries.ferretdb, dataDir: join(dataDir, 'ferretdb'), port: ferretPort }));
  const redis = managed('redis', 'Redis', () => startRedisServer({ binary: binaries.redis, dataDir: join(dataDir, 'redis'), port: redisPort }));
  const worker = baton('worker', 'Baton worker');
  const api = baton('api', 'Baton API');
  const components = { temporal, ferretdb, redis, worker, api };

  let db: BatonDb | undefined;
  const stop = async () => {
    stopping = true;
    // Data that is thrown away needs no clean shutdown; kept data and CPU profiles (written at exit) do.
    const graceful = options.keepData || options.cpuProfileDir !== undefined;
    const end = (component: StackComponent) => (graceful ? component.stop() : component.kill9());
    // The Baton processes first, so they do not spend their last seconds retrying against servers already gone.
    await Promise.all([end(api), end(worker)]);
    await db?.close().catch(() => undefined);
    await Promise.all([end(temporal), end(ferretdb), end(redis)]);
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  const began = performance.now();
  try {
    options.log('bench: starting Temporal, FerretDB and Redis...');
    await Promise.all([temporal.begin(), ferretdb.begin(), redis.begin()]);
    db = await connectDatabase(`mongodb://127.0.0.1:${ferretPort}/`, 'baton');
    await seedDemoWorkspace(db, { demoPassword: DEMO_PASSWORD });
    // The bench starts far more conversations a minute than the default ceiling of a workspace.
    await db.workspaces.updateOne({ _id: DEMO_WORKSPACE.id }, { $set: { 'settings.newConversationsPerMinute': 100_000 } });
    options.log('bench: starting the Baton worker and API (separate processes, events through Redis)...');
    await Promise.all([worker.begin(), api.begin()]);
    options.log(`bench: stack up in ${((performance.now() - began) / 1000).toFixed(1)} s (data and logs in ${dataDir})`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    graphqlUrl: `http://127.0.0.1:${apiPort}/graphql`,
    temporalAddress,
    namespace,
    demoPassword: DEMO_PASSWORD,
    redisUrl: childEnv.REDIS_URL,
    db,
    components,
    unexpectedExits,
    unexpectedExit,
    logsDir: options.keepData ? logsDir : undefined,
    stop,
  };
}

/** A stack someone else runs (`baton start`, say): the bench only talks to it. */
export function runningStack(options: { graphqlUrl: string; temporalAddress: string; namespace: string; demoPassword: string }): BenchStack {
  return {
    ...options,
    redisUrl: undefined,
    db: undefined,
    components: undefined,
    unexpectedExits: [],
    unexpectedExit: new Promise<never>(() => undefined),
    logsDir: undefined,
    stop: async () => undefined,
  };
}

/** Tells the CPU-profile summary how long this process spent starting, so start-up is not counted as serving. */
function recordStartup(profileDir: string, pid: number | undefined, readyAfterMs: number): void {
  if (!pid) return;
  mkdirSync(profileDir, { recursive: true });
  writeFileSync(join(profileDir, `startup-${pid}.json`), JSON.stringify({ pid, readyAfterMs }));
}

/** The error a crashed process printed last (its log is deleted with the stack unless --keep-data). */
function crashOf(logFile: string): string {
  if (!existsSync(logFile)) return '';
  const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
  const error = lines.find((line) => /^\w*Error\b|Error:/.test(line));
  return error ? `: ${error.trim()}` : '';
}
