import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { gqlOk, subscribe } from '../support/graphql-client';
import { testServers } from '../support/test-servers';
import { ownStackEnv, startBaton, stopBaton } from '../support/baton-start-process';

const run = promisify(execFile);

/** Alive and not a zombie (an exited child nobody reaped yet counts as gone). */
const processAlive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
};

/** The servers `baton start` runs as children (by command name, so helper processes such as esbuild's are not counted). */
async function serverPids(pid: number): Promise<{ pid: number; command: string }[]> {
  const { stdout } = await run('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)]).catch(() => ({ stdout: '' }));
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([childPid, command]) => ({ pid: Number(childPid), command: command ?? '' }))
    .filter((child) => child.pid > 0 && /temporal|ferretdb/.test(child.command));
}

describe('baton start', () => {
  const dataDir = mkdtempSync(join(testServers().dataDir, 'start-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('brings up the whole stack, answers a demo question, shows it in Temporal, and leaves nothing behind on Ctrl-C', async () => {
    const { env, ports } = await ownStackEnv(dataDir);
    const baton = await startBaton(env);
    const url = `http://localhost:${ports.api}/graphql`;
    let conversationId: string;
    try {
      assert.match(baton.output(), new RegExp(`http://localhost:${ports.api}/graphql`));
      assert.match(baton.output(), new RegExp(`http://127.0.0.1:${ports.ui}`));
      assert.match(baton.output(), /agent@baton\.test/);

      const { startWidgetSession } = await gqlOk<{ startWidgetSession: { token: string } }>(
        url,
        'mutation { startWidgetSession(workspaceKey: "demo") { token } }',
      );
      const token = startWidgetSession.token;
      const sent = await gqlOk<{ sendCustomerMessage: { id: string } }>(
        url,
        'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }',
        { input: { text: 'How do I create an API key?', clientMessageId: 'start-1' } },
        token,
      );
      conversationId = sent.sendCustomerMessage.id;
      const updates = await subscribe<{ conversationUpdated: { timeline: { kind: string; citations: { title: string }[] }[] } }>(
        url,
        'subscription ($id: ID!) { conversationUpdated(id: $id) { timeline { kind citations { title } } } }',
        { id: conversationId },
        token,
      );
      const read = await gqlOk<{ conversation: { timeline: { kind: string; citations: { title: string }[] }[] } }>(
        url,
        'query ($id: ID!) { conversation(id: $id) { timeline { kind citations { title } } } }',
        { id: conversationId },
        token,
      );
      const hasAnswer = (timeline: { kind: string; citations: unknown[] }[]) => timeline.some((entry) => entry.kind === 'AI' && entry.citations.length > 0);
      if (!hasAnswer(read.conversation.timeline)) await updates.next((value) => hasAnswer(value.conversationUpdated.timeline));
      updates.close();

      const { stdout } = await run(testServers().temporalBinary, [
        'workflow',
        'list',
        '--address',
        `127.0.0.1:${ports.temporal}`,
        '--query',
        `WorkflowId = "conversation-${conversationId}"`,
      ]);
      assert.match(stdout, new RegExp(`conversation-${conversationId}`));
      const ui = await fetch(`http://127.0.0.1:${ports.ui}/`);
      assert.equal(ui.status, 200, 'the Temporal Web UI answers');
    } finally {
      const servers = await serverPids(baton.child.pid!);
      assert.equal(servers.length, 2, `baton start runs Temporal and FerretDB as children (found ${JSON.stringify(servers)})`);
      assert.equal(await stopBaton(baton), 0, baton.output());
      for (const server of servers) assert.equal(processAlive(server.pid), false, `${server.command} (${server.pid}) is gone`);
    }

    // A second start keeps the data: the conversation is still there.
    const again = await startBaton(env);
    try {
      const { login } = await gqlOk<{ login: { token: string } }>(url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }');
      const kept = await gqlOk<{ conversation: { id: string } | null }>(
        url,
        'query ($id: ID!) { conversation(id: $id) { id } }',
        { id: conversationId },
        login.token,
      );
      assert.equal(kept.conversation?.id, conversationId);
    } finally {
      assert.equal(await stopBaton(again), 0, again.output());
    }
  });
});
