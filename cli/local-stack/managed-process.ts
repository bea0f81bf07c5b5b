import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname } from 'node:path';
import { forgetServer, recordServer } from './leftover-servers';
import { LocalStackError } from './local-stack-error';

export { LocalStackError };

export type ManagedProcess = {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Stops the process (SIGTERM, then SIGKILL after a grace period) and resolves when it has exited. */
  stop(): Promise<void>;
};

/** Children still running; they get SIGTERM when this process exits by any path but SIGKILL. */
const running = new Set<ChildProcess>();
let stopOnExitInstalled = false;
function stopChildrenOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (stopOnExitInstalled) return;
  stopOnExitInstalled = true;
  process.once('exit', () => {
    for (const orphan of running) orphan.kill('SIGTERM');
  });
}

/** Fails with a sentence naming the fix when a port is already taken. */
export async function assertPortFree(port: number, what: string, fix: string): Promise<void> {
  if (port === 0) return;
  const free = await new Promise<boolean>((resolveFree) => {
    const probe = createServer();
    probe.once('error', () => resolveFree(false));
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolveFree(true)));
  });
  if (!free) throw new LocalStackError(`Port ${port} (${what}) is already in use. ${fix}`);
}

/** Asks the OS for a free loopback port. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a long-running server as a child process with its output in a log file,
 * and resolves once it accepts TCP connections on `readyPort`. If it exits first,
 * or is not ready within `readyTimeoutMs`, rejects with the tail of its log.
 */
export async function startManagedProcess(options: {
  name: string;
  command: string;
  args: string[];
  logFile: string;
  readyPort: number;
  readyTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Where to record the server's pid and command line while it runs, so a later start can stop it if this process dies (see ./leftover-servers.ts). */
  recordFile?: string;
}): Promise<ManagedProcess> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  // The child writes its log file itself: through a pipe to this process, it would die of SIGPIPE
  // on its next log line if this process were killed, and its last words would be lost.
  const log = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(options.command, options.args, { stdio: ['ignore', log, log], env: options.env ?? process.env });
  } finally {
    closeSync(log);
  }
  stopChildrenOnExit(child);
  const { recordFile } = options;
  if (recordFile && child.pid) {
    const pid = child.pid;
    recordServer(recordFile, { name: options.name, pid, command: [options.command, ...options.args] });
    child.once('exit', () => forgetServer(recordFile, pid));
  }
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const managed: ManagedProcess = {
    name: options.name,
    child,
    logFile: options.logFile,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  while (true) {
    if (spawnError) throw new LocalStackError(`Could not start ${options.name} (${options.command}): ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new LocalStackError(
        `${options.name} exited (${child.exitCode ?? child.signalCode}) before it was ready. Last lines of ${options.logFile}:\n${tail(options.logFile)}`,
      );
    }
    if (await acceptsConnections(options.readyPort)) return managed;
    if (Date.now() > deadline) {
      await managed.stop();
      throw new LocalStackError(
        `${options.name} was not ready on port ${options.readyPort} in time. Last lines of ${options.logFile}:\n${tail(options.logFile)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolveReady) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveReady(true);
    });
    socket.once('error', () => resolveReady(false));
  });
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
