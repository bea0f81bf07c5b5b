import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Client } from '@temporalio/client';
import { archiveRun } from '../../audit/archive-store';
import { describeClosedRun, encodeHistory } from '../../audit/run-history';
import { connectTemporalClient } from '../../server/temporal-connection';
import { batonCli, deleteFromTemporal } from '../support/baton-cli';
import { createAgents, sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';

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

  const baton = (...args: string[]) => batonCli(app.settings)(...args);

  const exportConversation = async (id: string, format: 'JSON' | 'TEXT') =>
    (await gqlOk<{ exportConversation: string }>(app.url, `query ($id: ID!) { exportConversation(id: $id, format: ${format}) }`, { id }, agent.token))
      .exportConversation;

  /** Closes the workflow, so each of its runs is a closed run the archive can take. */
  const terminate = async (id: string) => {
    const handle = temporal.workflow.getHandle(`conversation-${id}`);
    await handle.terminate('closed by the test, to be archived and deleted');
    return handle;
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
    await deleteFromTemporal(temporal, `conversation-${conversationId}`);

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
    await deleteFromTemporal(temporal, `conversation-${lost.id}`);

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
