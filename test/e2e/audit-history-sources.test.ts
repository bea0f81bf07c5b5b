import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { archiveRun } from '../../audit/archive-store';
import { describeClosedRun, encodeHistory } from '../../audit/run-history';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { connectTemporalClient } from '../../server/temporal-connection';
import { createAgents, sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const execFileAsync = promisify(execFile);

type Exported = {
  audit: { entries: { kind: string; text: string }[] } | null;
  auditSource: string | null;
  auditNote: string | null;
  accessLog: { action: string; via: string; actor: { kind: string; id: string; name: string } }[];
};

describe('history, replay and export read the audit archive once Temporal has deleted a conversation', () => {
  let app: TestApp;
  let temporal: Client;
  let agent: { id: string; name: string; token: string };
  let conversationId: string;
  let runIds: string[];

  const baton = (...args: string[]) =>
    execFileAsync(process.execPath, ['bin/baton.js', ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        TEMPORAL_ADDRESS: testServers().temporalAddress,
        MONGODB_URI: `${testServers().mongoUri.replace(/\/$/, '')}/${app.settings.mongo.database}`,
        BATON_TASK_QUEUE: app.settings.temporal.taskQueue,
      },
    }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  const exportConversation = async (id: string, format: 'JSON' | 'TEXT') =>
    (await gqlOk<{ exportConversation: string }>(app.url, `query ($id: ID!) { exportConversation(id: $id, format: ${format}) }`, { id }, agent.token))
      .exportConversation;

  /** Closes the workflow, so each of its runs is a closed run the archive can take. */
  const terminate = async (id: string) => {
    const handle = temporal.workflow.getHandle(`conversation-${id}`);
    await handle.terminate('closed by the test, to be archived and deleted');
    return handle;
  };

  /** Deletes the workflow as Temporal's retention would, with the real Temporal CLI, and waits until it is gone. */
  const deleteFromTemporal = async (id: string) => {
    const workflowId = `conversation-${id}`;
    await execFileAsync(testServers().temporalBinary, ['workflow', 'delete', '--workflow-id', workflowId, '--address', testServers().temporalAddress]);
    await waitUntil(
      () =>
        temporal.workflow
          .getHandle(workflowId)
          .describe()
          .then(
            () => false,
            (error: unknown) => error instanceof WorkflowNotFoundError,
          ),
      `Temporal to delete ${workflowId}`,
      // Temporal deletes asynchronously, through its own task queue: on a busy dev server this takes tens of seconds.
      120_000,
    );
  };

  before(async () => {
    app = await startTestApp('audit_sources');
    temporal = await connectTemporalClient(testServers().temporalAddress, 'default');
    const customer = await widgetToken(app.url);
    const first = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    conversationId = first.id;
    await sendAndWait(app.url, customer, 'I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN', conversationId);
    await waitAsAgent(app.url, conversationId, (c) => !!c.escalation?.summary);
    agent = (await createAgents(app.db, app.url, 1, 'archivist'))[0]!;
  });
  after(async () => {
    await temporal?.connection.close();
    await app?.stop();
  });

  test('history reads a live conversation from Temporal and says so', async () => {
    const { code, stdout } = await baton('history', conversationId, '--json');
    assert.equal(code, 0);
    const trail = JSON.parse(stdout) as { source: string; conversationId: string; entries: { kind: string }[] };
    assert.equal(trail.source, 'temporal');
    assert.equal(trail.conversationId, conversationId);
    assert.ok(trail.entries.some((entry) => entry.kind === 'transition'));
  });

  test('once archived and deleted from Temporal, history, replay and export read the archive and say so', { timeout: 240_000 }, async () => {
    const handle = await terminate(conversationId);
    const workflowId = handle.workflowId;
    const listed = new Set<string>([(await handle.describe()).runId]);
    for await (const run of temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` })) listed.add(run.runId);
    runIds = [...listed];
    for (const runId of runIds) {
      const history = await temporal.workflow.getHandle(workflowId, runId).fetchHistory();
      assert.equal(await archiveRun(app.db, { workflowId, runId, facts: describeClosedRun(history), bytes: encodeHistory(history) }), 'appended');
    }
    await deleteFromTemporal(conversationId);

    const text = await baton('history', conversationId);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^source: archive\n/);
    assert.match(text.stdout, /customer: "How do I reset my password\?"/);
    assert.match(text.stdout, /state aiAnswering → awaitingHuman \[AWAITING_HUMAN\] — trigger human_request/);
    assert.match(text.stdout, /workflow terminated: closed by the test/);
    const json = await baton('history', conversationId, '--json');
    assert.equal((JSON.parse(json.stdout) as { source: string }).source, 'archive');

    const file = join(mkdtempSync(join(tmpdir(), 'baton-history-')), 'history.json');
    const exported = await baton('history', conversationId, '--export', file);
    assert.equal(exported.code, 0, exported.stderr);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { events?: unknown[] } | { runId: string }[];
    if (runIds.length === 1) assert.ok((written as { events: unknown[] }).events.length > 5, 'one run is written as Temporal writes a history');
    else assert.deepEqual((written as { runId: string }[]).map((run) => run.runId).sort(), [...runIds].sort());

    const replay = await baton('replay', conversationId);
    assert.equal(replay.code, 0, replay.stdout + replay.stderr);
    for (const runId of runIds) assert.match(replay.stdout, new RegExp(`ok +conversation-${conversationId} run ${runId} \\(archive\\)`));
    assert.match(replay.stdout, new RegExp(`${runIds.length} replayed, 0 failed`));
    const archivedOnly = await baton('replay', conversationId, '--archived-only', '--since', '2000-01-01');
    assert.equal(archivedOnly.code, 0, archivedOnly.stdout + archivedOnly.stderr);
    assert.match(archivedOnly.stdout, new RegExp(`${runIds.length} replayed, 0 failed`));
    const future = await baton('replay', conversationId, '--since', '2999-01-01');
    assert.match(future.stdout, /0 replayed, 0 failed/);

    const transcript = JSON.parse(await exportConversation(conversationId, 'JSON')) as Exported;
    assert.equal(transcript.auditSource, 'archive');
    assert.ok(transcript.audit!.entries.some((entry) => entry.kind === 'transition'));
    const actions = transcript.accessLog.map((access) => `${access.action} via ${access.via}`);
    assert.ok(actions.includes('history via cli'), `the access log lists the history read: ${actions.join(', ')}`);
    assert.ok(actions.includes('replay via cli'), `the access log lists the replay: ${actions.join(', ')}`);
    const ownExport = transcript.accessLog.at(-1)!;
    assert.deepEqual(ownExport, { ...ownExport, action: 'export', via: 'graphql', actor: { kind: 'user', id: agent.id, name: agent.name } });
    const readable = await exportConversation(conversationId, 'TEXT');
    assert.match(readable, /Audit trail\n.*flow version 1 .*· source: archive/);
    assert.match(readable, /Access log\n(.*\n)*.*history +\S+ \(cli \S+\) via cli/);
    assert.match(readable, new RegExp(`export +archivist 0 \\(user ${agent.id}\\) via graphql`));
  });

  test('a conversation neither Temporal nor the archive has exports with a plain statement instead of a trail', { timeout: 240_000 }, async () => {
    const customer = await widgetToken(app.url);
    const lost = await sendAndWait(app.url, customer, 'Where is my invoice?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    await terminate(lost.id);
    await deleteFromTemporal(lost.id);

    const transcript = JSON.parse(await exportConversation(lost.id, 'JSON')) as Exported;
    assert.equal(transcript.audit, null);
    assert.equal(transcript.auditSource, null);
    assert.equal(transcript.auditNote, 'No workflow history: Temporal no longer has it and the audit archive has no copy.');
    assert.match(await exportConversation(lost.id, 'TEXT'), /Audit trail\nNo workflow history: Temporal no longer has it and the audit archive has no copy\./);
    const history = await baton('history', lost.id);
    assert.equal(history.code, 2);
    assert.match(history.stderr, new RegExp(`No conversation ${lost.id}: neither Temporal nor the audit archive has`));
  });

  test('replay refuses a --since that is not a date, naming the form it takes', async () => {
    const { code, stderr } = await baton('replay', conversationId, '--since', 'last tuesday');
    assert.equal(code, 2);
    assert.match(stderr, /--since takes a date such as 2026-01-31/);
  });
});
