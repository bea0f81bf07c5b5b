import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { commandLineOf, serverRecordsDir, stopLeftoverServers, type ServerRecord } from './leftover-servers';
import { LocalStackError } from './local-stack-error';

/** A stand-in server: a real process with a command line of its own. */
function startSleeper(): ChildProcess {
  return spawn('sleep', ['300'], { stdio: 'ignore' });
}

function writeRecord(dataDir: string, name: string, record: ServerRecord): void {
  mkdirSync(serverRecordsDir(dataDir), { recursive: true });
  writeFileSync(join(serverRecordsDir(dataDir), `${name}.json`), JSON.stringify(record));
}

/** An owner that has exited: a pid no process has now. */
const DEAD_OWNER = { pid: 2 ** 22 - 1, command: ['node', 'bin/baton.js', 'start'] };

describe('servers left running by an earlier baton start', () => {
  const dataDirs: string[] = [];
  const sleepers: ChildProcess[] = [];
  const freshDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-leftovers-'));
    dataDirs.push(dir);
    return dir;
  };
  const sleeper = () => {
    const child = startSleeper();
    sleepers.push(child);
    return child;
  };
  after(() => {
    for (const child of sleepers) child.kill('SIGKILL');
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  test('a recorded server whose baton start has died is stopped and its record removed', async () => {
    const dataDir = freshDataDir();
    const server = sleeper();
    const command = commandLineOf(server.pid!)!;
    writeRecord(dataDir, 'temporal', { name: 'Temporal dev server', pid: server.pid!, command, owner: DEAD_OWNER });
    const exited = new Promise((resolveExit) => server.once('exit', resolveExit));

    const stopped = await stopLeftoverServers(dataDir);

    assert.deepEqual(
      stopped.map((record) => record.pid),
      [server.pid],
    );
    await exited;
    assert.deepEqual(readdirSync(serverRecordsDir(dataDir)), []);
  });

  test('a recorded pid that now belongs to another program is never signalled', async () => {
    const dataDir = freshDataDir();
    const unrelated = sleeper();
    writeRecord(dataDir, 'ferretdb', { name: 'FerretDB', pid: unrelated.pid!, command: ['/opt/baton/ferretdb', '--handler=sqlite'], owner: DEAD_OWNER });

    const stopped = await stopLeftoverServers(dataDir);

    assert.deepEqual(stopped, []);
    assert.notEqual(commandLineOf(unrelated.pid!), null, 'the unrelated process still runs');
    assert.deepEqual(readdirSync(serverRecordsDir(dataDir)), [], 'the stale record is dropped');
  });

  test('servers of a baton start that is still running are left alone, with a sentence saying what to do', async () => {
    const dataDir = freshDataDir();
    const server = sleeper();
    const owner = { pid: process.pid, command: commandLineOf(process.pid)! };
    writeRecord(dataDir, 'temporal', { name: 'Temporal dev server', pid: server.pid!, command: commandLineOf(server.pid!)!, owner });

    await assert.rejects(
      stopLeftoverServers(dataDir),
      (error: Error) => error instanceof LocalStackError && /still running .* stop that one first/.test(error.message),
    );
    assert.notEqual(commandLineOf(server.pid!), null);
  });

  test('a corrupt record is dropped', async () => {
    const dataDir = freshDataDir();
    mkdirSync(serverRecordsDir(dataDir), { recursive: true });
    writeFileSync(join(serverRecordsDir(dataDir), 'temporal.json'), '{"pid": "1"');
    assert.deepEqual(await stopLeftoverServers(dataDir), []);
    assert.deepEqual(readdirSync(serverRecordsDir(dataDir)), []);
  });
});
