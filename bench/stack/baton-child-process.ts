import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalStackError } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';

export type BatonRole = 'worker' | 'api';

/** What each role prints once it serves (see cli/worker-command.ts and cli/api-command.ts). */
const READY_LINE: Record<BatonRole, string> = { worker: 'polling task queue', api: 'GraphQL at' };

export type BatonChildProcess = {
  role: BatonRole;
  child: ChildProcess;
  /** Spawn → serving, in milliseconds: start-up (loading TypeScript through tsx, bundling workflows) takes seconds. */
  readyAfterMs: number;
  exited: Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
  stop(): Promise<void>;
};

/**
 * Runs `node bin/baton.js worker|api` as a child of its own, the way an operator would, so the
 * bench can read its memory from /proc and the drill can kill -9 it. Resolves once it prints
 * that it serves; rejects with the tail of its log if it exits first.
 */
export async function startBatonChildProcess(options: {
  role: BatonRole;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  readyTimeoutMs?: number;
}): Promise<BatonChildProcess> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const spawnedAt = performance.now();
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), 'bin/baton.js', options.role], {
    cwd: PROJECT_ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  let output = '';
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalStackError(
          `baton ${options.role} was not ready within ${(options.readyTimeoutMs ?? 120_000) / 1000} s. Last lines of ${options.logFile}:\n${tail(options.logFile)}`,
        ),
      );
    }, options.readyTimeoutMs ?? 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE[options.role])) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(
        new LocalStackError(
          `baton ${options.role} exited (${child.exitCode ?? child.signalCode}) before it was ready. Last lines of ${options.logFile}:\n${tail(options.logFile)}`,
        ),
      );
    });
  });
  output = '';

  return {
    role: options.role,
    child,
    readyAfterMs: performance.now() - spawnedAt,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      // Long enough for a worker to finish its in-flight tasks and a profiled process to write its profile.
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
