import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDb } from '../../cli/local-stack/ferretdb-server';
import { findFreePort, type ManagedProcess } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { startRedisServer } from '../../cli/local-stack/redis-server';
import { startBatonChildProcess, type BatonRole } from '../../bench/stack/baton-child-process';
import { BENCH_TASK_QUEUE, type BenchStack } from '../../bench/stack/bench-stack';
import { restartableComponent, type StackComponent, type StackComponentName } from '../../bench/stack/stack-component';
import { DEMO_WORKSPACE, seedDemoWorkspace } from '../../server/seed-demo';
import { connectDatabase, type BatonDb } from '../../store/database';

const DEMO_PASSWORD = 'baton-demo';

/** How the stack gets its Temporal: the dev server or a cluster, each started (and restarted) by the caller's function. */
export type TemporalUnderTest = {
  label: string;
  address: string;
  namespace: string;
  start: () => Promise<ManagedProcess>;
  /** Runs once the server first serves (registering the namespace on a cluster, say). */
  afterFirstStart?: () => Promise<void>;
};

export type ScaledStack = Omit<BenchStack, 'stop'> & {
  /** Kills every process; keeps the data and logs when asked (a failed run, to read why). */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** One GraphQL URL per API instance: the load is spread over them as a load balancer would. */
  graphqlUrls: string[];
  components: Record<StackComponentName, StackComponent>;
  db: BatonDb;
};

/**
 * A scaled-out deployment on one machine: the given Temporal, FerretDB, Redis, and several
 * `baton worker` and `baton api` processes sharing events through Redis. The drill's components
 * are the Temporal server, the stores, and the first worker and the first API (the ones it kills);
 * the others keep serving through each fault, as the rest of a fleet would.
 */
export async function startScaledStack(options: {
  temporal: TemporalUnderTest;
  binaries: { ferretdb: string; redis: string };
  workers: number;
  apis: number;
  log: (line: string) => void;
}): Promise<ScaledStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-scaled-'));
  const logsDir = join(dataDir, 'logs');
  const [ferretPort, redisPort] = [await findFreePort(), await findFreePort()];
  const apiPorts: number[] = [];
  for (let index = 0; index < options.apis; index += 1) apiPorts.push(await findFreePort());
  const unexpectedExits: string[] = [];
  let reportExit!: (error: Error) => void;
  const unexpectedExit = new Promise<never>((_, reject) => (reportExit = reject));
  unexpectedExit.catch(() => undefined);
  let stopping = false;
  const onUnexpectedExit = (name: StackComponentName, how: string, logFile: string) => {
    if (stopping) return;
    const line = `${name} exited unexpectedly (${how}); see ${logFile}`;
    unexpectedExits.push(line);
    options.log(`cluster test: ${line}`);
    reportExit(new Error(line));
  };

  // The same environment the bench gives its worker and API (bench/stack/bench-stack.ts).
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: `mongodb://127.0.0.1:${ferretPort}/baton`,
    TEMPORAL_ADDRESS: options.temporal.address,
    TEMPORAL_NAMESPACE: options.temporal.namespace,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    BATON_TASK_QUEUE: BENCH_TASK_QUEUE,
    BATON_DATA_DIR: join(dataDir, 'baton'),
    BATON_DEMO_PASSWORD: DEMO_PASSWORD,
    BATON_TEMPORAL_FILE: join(PROJECT_ROOT, 'temporal.yaml'),
    OPENAI_API_KEY: '',
    NODE_ENV: 'production',
    BATON_TRUST_PROXY: '1',
    BATON_SECRET: randomBytes(32).toString('hex'),
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    // The archive schedule is not under test; both runs leave it off so they carry the same load.
    BATON_ARCHIVE_EVERY_MINUTES: '0',
    // Several workers on one machine: each takes a free port for its health endpoint.
    BATON_WORKER_HTTP_PORT: '0',
  };
  const baton = (role: BatonRole, index: number, env: NodeJS.ProcessEnv) =>
    restartableComponent({
      name: role,
      label: `Baton ${role} ${index + 1}`,
      onUnexpectedExit,
      start: async () => {
        const logFile = join(logsDir, `${role}-${index + 1}.log`);
        return { ...(await startBatonChildProcess({ role, env, logFile })), logFile };
      },
    });
  const temporal = restartableComponent({ name: 'temporal', label: options.temporal.label, start: options.temporal.start, onUnexpectedExit });
  const ferretdb = restartableComponent({
    name: 'ferretdb',
    label: 'FerretDB',
    start: () => startFerretDb({ binary: options.binaries.ferretdb, dataDir: join(dataDir, 'ferretdb'), port: ferretPort }),
    onUnexpectedExit,
  });
  const redis = restartableComponent({
    name: 'redis',
    label: 'Redis',
    start: () => startRedisServer({ binary: options.binaries.redis, dataDir: join(dataDir, 'redis'), port: redisPort }),
    onUnexpectedExit,
  });
  const workers = Array.from({ length: options.workers }, (_, index) => baton('worker', index, childEnv));
  const apis = apiPorts.map((port, index) => baton('api', index, { ...childEnv, PORT: String(port) }));

  let db: BatonDb | undefined;
  const stop = async (how: { keepData?: boolean } = {}) => {
    stopping = true;
    // The data is thrown away: nothing needs a clean shutdown. Baton first, so it does not retry against servers already gone.
    await Promise.all([...apis, ...workers].map((component) => component.kill9()));
    await db?.close().catch(() => undefined);
    await Promise.all([temporal, ferretdb, redis].map((component) => component.kill9()));
    if (how.keepData) options.log(`cluster test: data and logs kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  };
  const began = performance.now();
  try {
    await Promise.all([temporal.begin().then(() => options.temporal.afterFirstStart?.()), ferretdb.begin(), redis.begin()]);
    db = await connectDatabase(`mongodb://127.0.0.1:${ferretPort}/`, 'baton');
    await seedDemoWorkspace(db, { demoPassword: DEMO_PASSWORD });
    await db.workspaces.updateOne({ _id: DEMO_WORKSPACE.id }, { $set: { 'settings.newConversationsPerMinute': 100_000 } });
    // One at a time: each start bundles the workflows and loads TypeScript, which two cores do no faster side by side.
    for (const component of [...workers, ...apis]) await component.begin();
    options.log(
      `cluster test: ${options.temporal.label} stack up in ${((performance.now() - began) / 1000).toFixed(1)} s ` +
        `(${options.workers} workers, ${options.apis} APIs; logs in ${logsDir})`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const graphqlUrls = apiPorts.map((port) => `http://127.0.0.1:${port}/graphql`);
  return {
    graphqlUrl: graphqlUrls[0]!,
    graphqlUrls,
    temporalAddress: options.temporal.address,
    namespace: options.temporal.namespace,
    demoPassword: DEMO_PASSWORD,
    redisUrl: childEnv.REDIS_URL,
    db,
    components: { temporal, ferretdb, redis, worker: workers[0]!, api: apis[0]! },
    unexpectedExits,
    unexpectedExit,
    logsDir,
    stop,
  };
}
