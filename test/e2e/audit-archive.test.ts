import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Binary } from 'mongodb';
import { type Client } from '@temporalio/client';
import { archiveRun } from '../../audit/archive-store';
import { decodeHistory, describeClosedRun } from '../../audit/run-history';
import { connectTemporalClient } from '../../server/temporal-connection';
import { createWorkspace } from '../../server/create-workspace';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import type { ArchivedRunDoc } from '../../store/audit-documents';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { batonCli, deleteFromTemporal } from '../support/baton-cli';
import { createAgents, sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { gqlOk } from '../support/graphql-client';
import { publishTestFlow } from '../support/publish-test-flow';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

describe('the audit archive', () => {
  let app: TestApp;
  let temporal: Client;
  let conversationId: string;
  let workflowId: string;
  let archived: ArchivedRunDoc;
  let otherWorkspaceId: string;

  const baton = (...args: string[]) => batonCli(app.settings)(...args);

  before(async () => {
    // The schedule every 3 seconds, and resolved conversations whose workflow ends a second after resolution.
    app = await startTestApp('audit_archive', { audit: { retentionDays: 30, archiveEveryMinutes: 0.05, archiveDelayDays: 3 } });
    await publishTestFlow(app.db, (flow) => {
      flow.closeResolvedAfterMinutes = 0.02;
    });
    temporal = await connectTemporalClient(testServers().temporalAddress, 'default');
    const created = await createWorkspace(app.db, { key: 'audit-other', name: 'Other company' });
    assert.ok(created.ok);
    otherWorkspaceId = created.workspace.id;
  });
  after(async () => {
    await temporal?.connection.close();
    await app?.stop();
  });

  test(
    'a resolved conversation is archived by the schedule, and history, replay and export read it from the archive once Temporal deleted it',
    { timeout: 240_000 },
    async () => {
      const customer = await widgetToken(app.url);
      const first = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
      conversationId = first.id;
      workflowId = conversationWorkflowId(conversationId);
      await sendAndWait(app.url, customer, 'I want to talk to a real person', (c) => c.status === 'AWAITING_HUMAN', conversationId);
      await waitAsAgent(app.url, conversationId, (c) => !!c.escalation?.summary);
      const [agent] = await createAgents(app.db, app.url, 1, 'archivist');
      await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversationId }, agent!.token);
      await gqlOk(app.url, 'mutation ($id: ID!) { resolveConversation(id: $id) { id } }', { id: conversationId }, agent!.token);

      const handle = temporal.workflow.getHandle(workflowId);
      await waitUntil(async () => (await handle.describe()).status.name === 'COMPLETED', 'the resolved conversation workflow to end');
      archived = await waitUntil(
        async () => (await app.db.auditArchive.findOne({ workflowId, kind: 'run' })) as ArchivedRunDoc | null,
        'the scheduled archiver to archive the closed run',
      );
      assert.equal(archived.status, 'COMPLETED');
      assert.equal(archived.conversationId, conversationId);
      assert.equal(archived.workspaceId, DEMO_WORKSPACE.id);
      assert.equal(archived.flowVersion, 2);
      assert.equal(archived.seq, 1);
      assert.equal(archived.historySha256, createHash('sha256').update(archived.history.buffer).digest('hex'));
      assert.equal(decodeHistory(archived.history.buffer).events?.length, archived.eventCount);

      // By hand, with the workers of `baton start` (here the test app's): the run is there already.
      const pass = await baton('archive', '--now');
      assert.equal(pass.code, 0, pass.stderr);
      assert.match(pass.stdout, /archiver pass: \d+ closed runs listed, 0 archived, [1-9]\d* already archived/);
      const state = await baton('archive');
      assert.match(state.stdout, /schedule: baton-audit-archiver-.*every 0\.05 min, next pass/);
      assert.match(state.stdout, /demo: 1 runs of 1 conversations, [\d.]+ KiB/);

      await deleteFromTemporal(temporal, workflowId);

      const history = await baton('history', conversationId);
      assert.equal(history.code, 0, history.stderr);
      assert.match(history.stdout, /source: archive/);
      assert.match(history.stdout, /customer: "How do I reset my password\?"/);
      assert.match(history.stdout, /resolve requested by archivist 0/);

      const replay = await baton('replay', conversationId);
      assert.equal(replay.code, 0, replay.stdout + replay.stderr);
      assert.match(replay.stdout, /ok\s+conversation-\S+ run \S+ \(archive\)/);

      const exported = await gqlOk<{ exportConversation: string }>(
        app.url,
        'query ($id: ID!) { exportConversation(id: $id, format: JSON) }',
        { id: conversationId },
        agent!.token,
      );
      const transcript = JSON.parse(exported.exportConversation) as {
        auditSource: string;
        audit: unknown;
        accessLog: { action: string; actor: { kind: string; name: string } }[];
      };
      assert.equal(transcript.auditSource, 'archive');
      assert.ok(transcript.audit, 'the export carries the audit trail from the archive');
      assert.deepEqual(
        transcript.accessLog.map((entry) => `${entry.action} by ${entry.actor.kind}`),
        ['history by cli', 'replay by cli', 'export by user'],
      );
    },
  );

  test('baton audit verify names the record whose archived history lost one byte, and other workspaces still verify', async () => {
    // A second workspace's archive, from the same history.
    const history = decodeHistory(archived.history.buffer);
    await archiveRun(app.db, {
      workflowId: 'conversation-copy',
      runId: 'run-1',
      facts: { ...describeClosedRun(history), workspaceId: otherWorkspaceId },
      bytes: archived.history.buffer,
    });
    const clean = await baton('audit', 'verify');
    assert.equal(clean.code, 0, clean.stdout);
    assert.match(clean.stdout, /ok {3}demo: 1 records, head [0-9a-f]{64}/);
    assert.match(clean.stdout, /ok {3}audit-other: 1 records/);

    const bytes = Buffer.from(archived.history.buffer);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await app.db.auditArchive.updateOne({ _id: archived._id }, { $set: { history: new Binary(bytes) } });
    const tampered = await baton('audit', 'verify');
    assert.equal(tampered.code, 1);
    assert.match(tampered.stdout, new RegExp(`FAIL demo: record #1 ${workflowId} run ${archived.runId}: the stored history does not match its SHA-256`));
    assert.match(tampered.stdout, /ok {3}audit-other: 1 records/);
    assert.equal((await baton('audit', 'verify', '--workspace', 'audit-other')).code, 0);

    // The bytes back, a field changed instead: the record's own hash catches it.
    await app.db.auditArchive.updateOne({ _id: archived._id }, { $set: { history: archived.history, status: 'FAILED' } });
    const relabelled = await baton('audit', 'verify', '--workspace', 'demo');
    assert.equal(relabelled.code, 1);
    assert.match(relabelled.stdout, /record #1 .*: the record's fields do not match its hash/);
    await app.db.auditArchive.updateOne({ _id: archived._id }, { $set: { status: archived.status } });
    assert.equal((await baton('audit', 'verify')).code, 0);
  });

  test('prune deletes the oldest records behind a checkpoint, rewrites none, and the chain still verifies', async () => {
    const history = decodeHistory(archived.history.buffer);
    const facts = { ...describeClosedRun(history), workspaceId: otherWorkspaceId };
    for (const runId of ['run-2', 'run-3']) await archiveRun(app.db, { workflowId: 'conversation-copy', runId, facts, bytes: archived.history.buffer });
    const before = await app.db.auditArchive.find({ workspaceId: otherWorkspaceId }).sort({ seq: 1 }).toArray();
    assert.deepEqual(
      before.map((record) => record.seq),
      [1, 2, 3],
    );

    const nothing = await baton('archive', 'prune', '--before', '2000-01-01', '--workspace', 'audit-other');
    assert.equal(nothing.code, 0, nothing.stderr);
    assert.match(nothing.stdout, /audit-other: nothing closed before 2000-01-01/);
    const badDate = await baton('archive', 'prune', '--before', 'last tuesday');
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /"last tuesday" is not a date: write it as 2025-01-31/);

    const pruned = await baton('archive', 'prune', '--before', new Date(Date.now() + 86_400_000).toISOString(), '--workspace', 'audit-other');
    assert.equal(pruned.code, 0, pruned.stderr);
    assert.match(pruned.stdout, /audit-other: deleted 3 records/);
    const left = await app.db.auditArchive.find({ workspaceId: otherWorkspaceId }).toArray();
    assert.deepEqual(
      left.map((record) => [record.seq, record.kind]),
      [[4, 'checkpoint']],
    );
    assert.equal(left[0]!.prevHash, before[2]!.hash, 'the checkpoint follows the last pruned record');
    assert.equal((await app.db.auditArchive.countDocuments({ workspaceId: DEMO_WORKSPACE.id })) > 0, true, 'other workspaces keep theirs');

    await archiveRun(app.db, { workflowId: 'conversation-copy', runId: 'run-4', facts, bytes: archived.history.buffer });
    const verified = await baton('audit', 'verify', '--workspace', 'audit-other');
    assert.equal(verified.code, 0, verified.stdout);
    assert.match(verified.stdout, /audit-other: 2 records/);

    // Without the checkpoint, nothing vouches for the missing records.
    await app.db.auditArchive.deleteOne({ _id: left[0]!._id });
    const broken = await baton('audit', 'verify', '--workspace', 'audit-other');
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /records #1–#4 are missing and no checkpoint names them/);
  });
});
