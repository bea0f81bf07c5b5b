import { workflowSinks } from '../../server/temporal-interceptors';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import type { ArchivePassSummary } from '../../audit/archive-pass';
import { decodeHistory } from '../../audit/run-history';
import { verifyWorkspaceArchive } from '../../audit/verify-archive';
import { defaultFlow } from '../../machines/default-flow';
import { archiverInput, AUDIT_ARCHIVER_WORKFLOW_TYPE } from '../../server/archive-schedule';
import { conversationWorkflowBundle } from '../../server/conversation-worker';
import { DEMO_WORKSPACE, seedDemoWorkspace } from '../../server/seed-demo';
import { connectTemporalClient } from '../../server/temporal-connection';
import { connectDatabase } from '../../store/database';
import type { ArchivedRunDoc } from '../../store/audit-documents';
import type { AuditArchiverInput } from '../../workflows/audit-archiver.workflow';
import { CONVERSATION_WORKFLOW_TYPE, conversationWorkflowId, type ConversationInput } from '../../workflows/conversation-definitions';
import { runCommand } from '../support/baton-cli';
import { startChildWorker } from '../support/child-worker';
import { ANSWERABLE_QUESTIONS } from '../support/help-centre-questions';
import { sendAndWait, widgetToken, type Conversation } from '../support/demo-actors';
import { startTestApp } from '../support/test-app';
import { isolatedSettings, testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const WORKFLOW_TASK_COMPLETED = proto.temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED;

const QUESTIONS = ANSWERABLE_QUESTIONS;
/** The test dev server suggests continuing as new at 100 events: a third run starts after about 16 questions. */
const MAX_QUESTIONS = 45;

type Archiver = (input: AuditArchiverInput) => Promise<ArchivePassSummary>;

const runsOf = async (client: Client, query: string) => {
  const runs: string[] = [];
  for await (const execution of client.workflow.list({ query })) runs.push(execution.runId);
  return runs;
};

/** `baton audit verify` on a test's database. */
const auditVerify = (database: string) =>
  runCommand(process.execPath, ['bin/baton.js', 'audit', 'verify'], { MONGODB_URI: `${testServers().mongoUri.replace(/\/$/, '')}/${database}` });

describe('the audit archiver survives continue-as-new and crashes', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('a conversation that continued as new twice is archived as three linked runs, and each run replays', async (t) => {
    const app = await startTestApp('archive_can');
    cleanups.push(app.stop);
    const client = await connectTemporalClient(testServers().temporalAddress, 'default');
    cleanups.push(() => client.connection.close());
    const { taskQueue } = app.settings.temporal;

    const customer = await widgetToken(app.url);
    let conversationId: string | undefined;
    let runs: string[] = [];
    let questions = 0;
    for (let index = 0; runs.length < 3 && index < MAX_QUESTIONS; index++) {
      const question = QUESTIONS[index % QUESTIONS.length]!;
      const answered = (c: Conversation) => c.timeline.filter((entry) => entry.kind === 'AI').length === index + 1;
      const conversation = await sendAndWait(app.url, customer, question, (c) => answered(c) || c.status !== 'AI_ANSWERING', conversationId);
      assert.ok(answered(conversation), `"${question}" was answered (status ${conversation.status}, escalation ${conversation.escalation?.reason})`);
      conversationId = conversation.id;
      questions = index + 1;
      runs = await runsOf(client, `WorkflowId = '${conversationWorkflowId(conversationId)}'`);
    }
    assert.equal(runs.length, 3, `the conversation continued as new twice within ${MAX_QUESTIONS} questions`);
    const workflowId = conversationWorkflowId(conversationId!);
    await client.workflow.getHandle(workflowId).terminate('test');
    await waitUntil(
      async () => (await runsOf(client, `WorkflowId = '${workflowId}' AND ExecutionStatus != 'Running'`)).length === 3,
      'visibility to list the three runs as closed',
    );

    const archive = (id: string) =>
      client.workflow.execute<Archiver>(AUDIT_ARCHIVER_WORKFLOW_TYPE, {
        workflowId: `archive-can-${id}-${randomUUID()}`,
        taskQueue,
        args: [archiverInput(taskQueue)],
      });
    const firstPass = await archive('first');
    assert.equal(firstPass.listed, 3);
    assert.equal(firstPass.archived, 3);

    const records = (await app.db.auditArchive.find({ workflowId, kind: 'run' }).toArray()) as ArchivedRunDoc[];
    assert.equal(records.length, 3, 'three run records');
    assert.deepEqual(new Set(records.map((record) => record.runId)), new Set(runs));
    // Follow the continue-as-new links from the run that continued nothing.
    const chain: ArchivedRunDoc[] = [records.find((record) => record.continuedFromRunId === null)!];
    assert.ok(chain[0], 'one run continued no other');
    while (chain.length < records.length) {
      const previous = chain[chain.length - 1]!;
      const next = records.find((record) => record.runId === previous.continuedAsRunId);
      assert.ok(next, `run ${previous.runId} links to the run that continued it`);
      assert.equal(next.continuedFromRunId, previous.runId, 'the links agree in both directions');
      chain.push(next);
    }
    assert.equal(chain[2]!.continuedAsRunId, null, 'the last run continued as no other');
    t.diagnostic(`${questions} questions made runs of ${chain.map((record) => record.eventCount).join(', ')} events`);
    assert.deepEqual(
      chain.map((record) => record.status),
      ['CONTINUED_AS_NEW', 'CONTINUED_AS_NEW', 'TERMINATED'],
    );
    const workflowBundle = await conversationWorkflowBundle();
    for (const record of chain) {
      const history = decodeHistory(record.history.buffer);
      assert.equal(history.events.length, record.eventCount);
      await Worker.runReplayHistory({ workflowBundle, sinks: workflowSinks() }, history, workflowId);
    }

    const secondPass = await archive('second');
    assert.equal(secondPass.archived, 0, 'a second pass archives nothing new');
    assert.equal(secondPass.alreadyArchived, 3);
    const verified = await auditVerify(app.settings.mongo.database);
    assert.equal(verified.code, 0, `${verified.stdout}${verified.stderr}`);
    assert.match(verified.stdout, /ok .*: 3 records/);
  });

  test('a worker killed in the middle of an archiver pass leaves nothing skipped or duplicated after the next passes', async (t) => {
    const settings = isolatedSettings('archive_kill');
    const { temporalAddress } = testServers();
    const { taskQueue } = settings.temporal;
    const db = await connectDatabase(settings.mongo.uri!, settings.mongo.database);
    cleanups.push(async () => {
      await db.db.dropDatabase().catch(() => undefined);
      await db.close();
    });
    await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });
    const client = await connectTemporalClient(temporalAddress, 'default');
    cleanups.push(() => client.connection.close());
    // temporal.yaml's schedule would start passes of its own in the middle of the test: the child workers run none.
    const workerEnv = { BATON_ARCHIVE_EVERY_MINUTES: '0' };

    const first = await startChildWorker(settings, temporalAddress, workerEnv);
    cleanups.push(() => first.kill());

    // Conversations the worker has started running (a workflow task completed), then closed.
    const RUNS = 100;
    const created = new Set<string>();
    const ids = Array.from({ length: RUNS }, (_, index) => `kill_${index}_${randomUUID().slice(0, 8)}`);
    for (let batch = 0; batch < RUNS; batch += 20) {
      await Promise.all(
        ids.slice(batch, batch + 20).map(async (conversationId) => {
          const input: ConversationInput = {
            conversationId,
            workspaceId: DEMO_WORKSPACE.id,
            customer: { sessionId: `s_${conversationId}` },
            flow: defaultFlow,
            flowVersion: 1,
          };
          const handle = await client.workflow.start(CONVERSATION_WORKFLOW_TYPE, {
            taskQueue,
            workflowId: conversationWorkflowId(conversationId),
            args: [input],
          });
          await waitUntil(
            async () => (await handle.fetchHistory()).events?.some((event) => event.eventType === WORKFLOW_TASK_COMPLETED),
            `the worker to run ${handle.workflowId}`,
          );
          await handle.terminate('test');
          created.add(`${handle.workflowId}/${handle.firstExecutionRunId}`);
        }),
      );
    }
    await waitUntil(
      async () => (await client.workflow.count(`WorkflowType = 'conversation' AND TaskQueue = '${taskQueue}' AND ExecutionStatus != 'Running'`)).count === RUNS,
      `visibility to list the ${RUNS} closed runs`,
    );

    const args: [AuditArchiverInput] = [archiverInput(taskQueue)];
    const interrupted = await client.workflow.start<Archiver>(AUDIT_ARCHIVER_WORKFLOW_TYPE, { workflowId: `archive-kill-${randomUUID()}`, taskQueue, args });
    await waitUntil(async () => (await db.auditArchive.countDocuments({ kind: 'run' })) > 0, 'the pass to archive its first run');
    await first.kill('SIGKILL');
    const killedAt = Date.now();
    const atKill = await db.auditArchive.countDocuments({ kind: 'run' });
    assert.ok(atKill > 0 && atKill < RUNS, `the pass was killed half-way (${atKill} of ${RUNS} archived)`);

    const second = await startChildWorker(settings, temporalAddress, workerEnv);
    cleanups.push(() => second.kill('SIGTERM'));
    // The killed worker's activity is retried on the new one once its heartbeat times out, and archives the rest.
    const resumed = await interrupted.result();
    t.diagnostic(`killed with ${atKill} of ${RUNS} runs archived; the pass finished ${((Date.now() - killedAt) / 1000).toFixed(1)} s later`);
    assert.equal(resumed.listed, RUNS, 'the interrupted pass listed every run');
    assert.ok(resumed.archived > 0, 'the interrupted pass archived the runs it had not reached');
    assert.equal(resumed.archived + resumed.alreadyArchived, RUNS, 'the interrupted pass archived or skipped every run');
    const again = await client.workflow.execute<Archiver>(AUDIT_ARCHIVER_WORKFLOW_TYPE, { workflowId: `archive-again-${randomUUID()}`, taskQueue, args });
    assert.equal(again.archived, 0, 'the next pass has nothing left to archive');
    assert.equal(again.alreadyArchived, RUNS);

    const records = (await db.auditArchive
      .find({ kind: 'run' }, { projection: { workflowId: 1, runId: 1, seq: 1, workspaceId: 1 } })
      .toArray()) as ArchivedRunDoc[];
    const archived = records.map((record) => `${record.workflowId}/${record.runId}`);
    assert.equal(new Set(archived).size, archived.length, 'no run is archived twice');
    assert.equal(archived.length, RUNS);
    assert.deepEqual(new Set(archived), created, 'every run is archived');
    assert.ok(records.every((record) => record.workspaceId === DEMO_WORKSPACE.id));
    assert.deepEqual(
      records.map((record) => record.seq).sort((a, b) => a - b),
      Array.from({ length: RUNS }, (_, index) => index + 1),
      "the chain's seqs are 1..N with no gap or repeat",
    );
    const verdict = await verifyWorkspaceArchive(db, DEMO_WORKSPACE.id);
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.records, RUNS);
    assert.equal((await db.auditArchiveHeads.findOne({ _id: DEMO_WORKSPACE.id }))?.seq, RUNS);
  });
});
