import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LocalStackError } from './local-stack-error';

/**
 * Servers `baton start` runs are recorded in BATON_DATA_DIR (one file each: pid and command line),
 * so that after a crash, even `kill -9` of the Node process, which leaves them running without a
 * parent, the next start can recognise them and stop them instead of failing on busy ports.
 * A pid alone proves nothing (the OS reuses pids): a process is ours only if its command line is
 * exactly the one recorded.
 */
const ServerRecordSchema = z.object({
  name: z.string(),
  pid: z.number().int().positive(),
  command: z.array(z.string()).min(1),
  /** The process that started it; while it runs, its servers are not leftovers. */
  owner: z.object({ pid: z.number().int().positive(), command: z.array(z.string()) }),
});
export type ServerRecord = z.infer<typeof ServerRecordSchema>;

/** Where a data folder's server records live. */
export const serverRecordsDir = (dataDir: string) => join(dataDir, 'run');

export function recordServer(file: string, server: { name: string; pid: number; command: string[] }): void {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  const record: ServerRecord = { ...server, owner: { pid: process.pid, command: commandLineOf(process.pid) ?? [] } };
  writeFileSync(file, JSON.stringify(record), { mode: 0o600 });
}

/** Removes the record once its server has exited, unless a newer server has replaced it. */
export function forgetServer(file: string, pid: number): void {
  if (readRecord(file)?.pid === pid) rmSync(file, { force: true });
}

/**
 * Stops every recorded server that is still running as recorded (SIGTERM, then SIGKILL), and
 * returns them. Records of processes that are gone, or whose pid now belongs to something else,
 * are dropped without touching that process.
 */
export async function stopLeftoverServers(dataDir: string): Promise<ServerRecord[]> {
  const dir = serverRecordsDir(dataDir);
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const stopped: ServerRecord[] = [];
  for (const file of files.map((name) => join(dir, name))) {
    const record = readRecord(file);
    if (!record || !runsAsRecorded(record.pid, record.command)) {
      rmSync(file, { force: true });
      continue;
    }
    if (record.owner.command.length > 0 && runsAsRecorded(record.owner.pid, record.owner.command)) {
      throw new LocalStackError(
        `${record.name} (pid ${record.pid}) belongs to a baton start that is still running (pid ${record.owner.pid}) on ${dataDir}; stop that one first (Ctrl-C), or give this one its own BATON_DATA_DIR.`,
      );
    }
    await stopProcess(record.pid);
    rmSync(file, { force: true });
    stopped.push(record);
  }
  return stopped;
}

function readRecord(file: string): ServerRecord | null {
  try {
    const parsed = ServerRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Alive (not a zombie) and running exactly `command`. */
export function runsAsRecorded(pid: number, command: string[]): boolean {
  const actual = commandLineOf(pid);
  return actual !== null && actual.length === command.length && actual.every((arg, index) => arg === command[index]);
}

/** A process's argv, or null when it is gone, a zombie, or not readable. */
export function commandLineOf(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/^\d+ \(.*\) [ZX]/s.test(stat)) return null;
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw === '' ? null : raw.replace(/\0$/, '').split('\0');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !hasProcFs()) return commandLineFromPs(pid);
    return null;
  }
}

const hasProcFs = () => {
  try {
    readdirSync('/proc/self');
    return true;
  } catch {
    return false;
  }
};

/** Without /proc (macOS): `ps` prints the arguments joined by spaces, which is all we can compare. */
function commandLineFromPs(pid: number): string[] | null {
  try {
    const args = execFileSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return args === '' ? null : args.split(' ');
  } catch {
    return null;
  }
}

/** SIGTERM, then SIGKILL if it is still there after a grace period; resolves once it is gone. */
async function stopProcess(pid: number): Promise<void> {
  const gone = () => commandLineOf(pid) === null;
  for (const [signal, graceMs] of [
    ['SIGTERM', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      if (gone()) return;
      await new Promise((tick) => setTimeout(tick, 100));
    }
  }
  if (!gone())
    throw new LocalStackError(`Could not stop process ${pid}, left running by an earlier baton start; stop it by hand (kill -9 ${pid}) and start again.`);
}
