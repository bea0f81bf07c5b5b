import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runsAsRecorded, serverRecordsDir, type ServerRecord } from '../../cli/local-stack/leftover-servers';
import { gqlOk } from '../support/graphql-client';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';
import { ownStackEnv, startBaton, stopBaton } from '../support/baton-start-process';

function serverRecords(dataDir: string): ServerRecord[] {
  const dir = serverRecordsDir(dataDir);
  return readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ServerRecord);
}

describe('baton start after a crash', () => {
  const dataDir = mkdtempSync(join(testServers().dataDir, 'recovery-'));
  const leftBehind: ServerRecord[] = [];
  after(() => {
    // Whatever the outcome, no server of this test outlives it.
    for (const server of leftBehind) if (runsAsRecorded(server.pid, server.command)) process.kill(server.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('kill -9 of baton start leaves its servers running; the next start stops them, says so, and serves', async () => {
    const { env, ports } = await ownStackEnv(dataDir);
    const first = await startBaton(env);
    const crashed = serverRecords(dataDir);
    leftBehind.push(...crashed);
    assert.deepEqual(crashed.map((server) => server.name).sort(), ['FerretDB', 'Temporal dev server']);

    first.child.kill('SIGKILL');
    await first.exited;
    for (const server of crashed) assert.ok(runsAsRecorded(server.pid, server.command), `${server.name} (${server.pid}) outlived its parent`);

    const second = await startBaton(env);
    const running = serverRecords(dataDir);
    leftBehind.push(...running);
    try {
      assert.match(
        second.output(),
        /baton: stopped (Temporal dev server|FerretDB) \(pid \d+\) and (Temporal dev server|FerretDB) \(pid \d+\), left running by an earlier baton start/,
      );
      for (const server of crashed) assert.equal(runsAsRecorded(server.pid, server.command), false, `the old ${server.name} is gone`);
      const { login } = await gqlOk<{ login: { token: string } }>(
        `http://localhost:${ports.api}/graphql`,
        'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }',
      );
      assert.ok(login.token);
    } finally {
      assert.equal(await stopBaton(second), 0, second.output());
    }
    await waitUntil(async () => running.every((server) => !runsAsRecorded(server.pid, server.command)), 'the servers of the second start to stop', 15_000);
    assert.deepEqual(readdirSync(serverRecordsDir(dataDir)), [], 'no record is left once everything stopped');
  });
});
