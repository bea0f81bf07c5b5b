import { spawn, type ChildProcess } from 'node:child_process';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';

export type StartedBaton = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Runs `baton start` as a user would and resolves once its banner is out; rejects with its output if it exits first. */
export async function startBaton(env: NodeJS.ProcessEnv): Promise<StartedBaton> {
  const child = spawn(process.execPath, ['bin/baton.js', 'start'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  await new Promise<void>((resolveReady, reject) => {
    child.stdout!.on('data', () => {
      if (output.includes('Press Ctrl-C to stop.')) resolveReady();
    });
    void exited.then((code) => reject(new Error(`baton start exited with ${code}:\n${output}`)));
  });
  return { child, output: () => output, exited };
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
