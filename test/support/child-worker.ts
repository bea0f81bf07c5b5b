import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import type { Settings } from '../../config/settings';

export type ChildWorker = { child: ChildProcess; output: () => string; exited: Promise<void>; kill(signal?: NodeJS.Signals): Promise<void> };

/** Runs `baton worker` as a separate process on a test's database and task queue; resolves once it polls. */
export async function startChildWorker(settings: Settings, temporalAddress: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<ChildWorker> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: `${settings.mongo.uri!.replace(/\/$/, '')}/${settings.mongo.database}`,
    TEMPORAL_ADDRESS: temporalAddress,
    BATON_TASK_QUEUE: settings.temporal.taskQueue,
    BATON_DATA_DIR: settings.dataDir,
    OPENAI_API_KEY: '',
    REDIS_URL: '',
    // Any free port for health and metrics: tests run several workers side by side.
    BATON_WORKER_HTTP_PORT: '0',
    // No archive schedule per test worker (a test that archives runs its passes itself).
    BATON_ARCHIVE_EVERY_MINUTES: '0',
    ...extraEnv,
  };
  const child = spawn(process.execPath, ['bin/baton.js', 'worker'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  await new Promise<void>((resolveReady, reject) => {
    child.stdout!.on('data', () => output.includes('polling task queue') && resolveReady());
    void exited.then(() => reject(new Error(`baton worker exited early:\n${output}`)));
  });
  return {
    child,
    output: () => output,
    exited,
    async kill(signal = 'SIGKILL') {
      child.kill(signal);
      await exited;
    },
  };
}
