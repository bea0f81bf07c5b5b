import type { ChildProcess } from 'node:child_process';

export type StackComponentName = 'worker' | 'api' | 'ferretdb' | 'temporal' | 'redis';

/** One process of the stack the bench owns: it can be killed with SIGKILL and started again on the same port and data. */
export type StackComponent = {
  name: StackComponentName;
  label: string;
  pid(): number | undefined;
  /** kill -9, and resolves once the process is gone. */
  kill9(): Promise<void>;
  /** Starts it again with the same ports and data; resolves once it serves. */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

/** What starting one of the stack's processes gives back. */
export type RunningProcess = { child: ChildProcess; logFile: string; stop(): Promise<void> };

/**
 * Wraps a way of starting a process into a component the drill can kill and restart. An exit
 * nobody asked for (not kill9, not stop) is handed to `onUnexpectedExit`.
 */
export function restartableComponent(options: {
  name: StackComponentName;
  label: string;
  start: () => Promise<RunningProcess>;
  onUnexpectedExit: (name: StackComponentName, how: string, logFile: string) => void;
}): StackComponent & { begin(): Promise<void> } {
  let current: RunningProcess | undefined;
  let expectingExit = false;
  const begin = async () => {
    const started = await options.start();
    current = started;
    started.child.once('exit', (code, signal) => {
      if (!expectingExit && current === started) options.onUnexpectedExit(options.name, String(code ?? signal), started.logFile);
    });
  };
  return {
    name: options.name,
    label: options.label,
    begin,
    pid: () => current?.child.pid,
    async kill9() {
      if (!current) return;
      expectingExit = true;
      const { child } = current;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      await begin();
      expectingExit = false;
    },
    async stop() {
      expectingExit = true;
      await current?.stop();
    },
  };
}
