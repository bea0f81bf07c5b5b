import { spawn, type ChildProcess } from 'node:child_process';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';

export type StartedBaton = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * How long `baton start` may take to print its banner: it builds the web pages and the workflow
 * bundle when they are stale and starts two servers, each with its own 60 s readiness bound.
 */
const BANNER_TIMEOUT_MS = 180_000;
/** Past BATON_SHUTDOWN_GRACE_S (30 s by default), after which `baton start` exits whatever is still running. */
const EXIT_TIMEOUT_MS = 60_000;

/**
 * Runs `baton start` as a user would and resolves once its banner is out. Rejects with its output
 * if it exits first, or if no banner came in time (and then stops it: a test never waits forever).
 */
export async function startBaton(env: NodeJS.ProcessEnv): Promise<StartedBaton> {
  const child = spawn(process.execPath, ['bin/baton.js', 'start'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const started: StartedBaton = { child, output: () => output, exited };
  try {
    await new Promise<void>((resolveReady, reject) => {
      const timer = setTimeout(() => reject(new Error(`baton start printed no banner within ${BANNER_TIMEOUT_MS / 1000} s:\n${output}`)), BANNER_TIMEOUT_MS);
      child.stdout!.on('data', () => {
        if (!output.includes('Press Ctrl-C to stop.')) return;
        clearTimeout(timer);
        resolveReady();
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`baton start exited with ${code}:\n${output}`));
      });
    });
  } catch (error) {
    await stopBaton(started).catch(() => undefined);
    throw error;
  }
  return started;
}

/**
 * Stops `baton start` as Ctrl-C does and resolves with its exit code. If it is still running a
 * while after its own grace period, it is killed and this rejects with its output.
 */
export async function stopBaton(baton: StartedBaton): Promise<number | null> {
  if (baton.child.exitCode !== null || baton.child.signalCode !== null) return baton.exited;
  baton.child.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolveLate) => (timer = setTimeout(() => resolveLate('late'), EXIT_TIMEOUT_MS)));
  const code = await Promise.race([baton.exited, late]);
  clearTimeout(timer);
  if (code !== 'late') return code;
  baton.child.kill('SIGKILL');
  throw new Error(`baton start was still running ${EXIT_TIMEOUT_MS / 1000} s after Ctrl-C; killed it:\n${baton.output()}`);
}

export type OwnStackPorts = { api: number; temporal: number; ui: number; ferret: number };

/**
 * The environment of a `baton start` with a stack of its own: its data folder, free ports, the
 * local Temporal dev server and FerretDB (whatever the caller's shell points at), the offline answerer.
 */
export async function ownStackEnv(dataDir: string, overrides: NodeJS.ProcessEnv = {}): Promise<{ env: NodeJS.ProcessEnv; ports: OwnStackPorts }> {
  const ports = { api: await findFreePort(), temporal: await findFreePort(), ui: await findFreePort(), ferret: await findFreePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    BATON_DATA_DIR: dataDir,
    PORT: String(ports.api),
    BATON_TEMPORAL_PORT: String(ports.temporal),
    BATON_TEMPORAL_UI_PORT: String(ports.ui),
    BATON_FERRETDB_PORT: String(ports.ferret),
    MONGODB_URI: '',
    TEMPORAL_ADDRESS: '',
    OPENAI_API_KEY: '',
    ...overrides,
  };
  return { env, ports };
}
