import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { connectDatabase, type BatonDb } from '../store/database';
import { testServers } from '../test/support/test-servers';
import { finishArchivePass } from './archive-pass';
import { archiveRun } from './archive-store';
import type { RunFacts } from './run-history';
import { verifyWorkspaceArchive } from './verify-archive';

const facts = (workspaceId: string): RunFacts => ({
  workflowType: 'conversation',
  workspaceId,
  conversationId: 'c1',
  flowVersion: 1,
  status: 'COMPLETED',
  startedAt: new Date('2026-01-01T00:00:00Z'),
  closedAt: new Date('2026-01-01T01:00:00Z'),
  eventCount: 3,
  continuedFromRunId: null,
  continuedAsRunId: null,
});
const bytes = Buffer.from('a history');

describe('the audit archive store', () => {
  let db: BatonDb;
  before(async () => {
    db = await connectDatabase(testServers().mongoUri, `t_archive_store_${randomUUID().slice(0, 8)}`);
  });
  after(async () => {
    await db.db.dropDatabase();
    await db.close();
  });

  test('appends racing for the same chain take one place each, and the same run twice is archived once', async () => {
    const runs = Array.from({ length: 12 }, (_, index) => `run-${index}`);
    const outcomes = await Promise.all(
      [...runs, ...runs].map((runId) => archiveRun(db, { workflowId: 'conversation-race', runId, facts: facts('race'), bytes })),
    );
    assert.equal(outcomes.filter((outcome) => outcome === 'appended').length, 12);
    assert.equal(outcomes.filter((outcome) => outcome === 'exists').length, 12);
    const seqs = (await db.auditArchive.find({ workspaceId: 'race' }).toArray()).map((record) => record.seq).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      runs.map((_, index) => index + 1),
    );
    const verdict = await verifyWorkspaceArchive(db, 'race');
    assert.ok(verdict.ok, JSON.stringify(verdict));
  });

  test('a head left behind by a crash between the insert and the head move is caught up by the next append', async () => {
    await archiveRun(db, { workflowId: 'conversation-lag', runId: 'r1', facts: facts('lag'), bytes });
    await archiveRun(db, { workflowId: 'conversation-lag', runId: 'r2', facts: facts('lag'), bytes });
    const first = await db.auditArchive.findOne({ workspaceId: 'lag', seq: 1 });
    // As if the process died after inserting #2 and before moving the head to it.
    await db.auditArchiveHeads.updateOne({ _id: 'lag' }, { $set: { seq: 1, hash: first!.hash } });
    assert.equal(await archiveRun(db, { workflowId: 'conversation-lag', runId: 'r3', facts: facts('lag'), bytes }), 'appended');
    const third = await db.auditArchive.findOne({ _id: 'conversation-lag/r3' });
    assert.equal(third!.seq, 3);
    assert.equal((await db.auditArchiveHeads.findOne({ _id: 'lag' }))!.seq, 3);
    assert.ok((await verifyWorkspaceArchive(db, 'lag')).ok);
  });

  test("a pass that finishes after a later one does not move the archiver's mark back", async () => {
    const summary = (startedAt: string) => ({ startedAt, finishedAt: startedAt, listed: 0, archived: 0, alreadyArchived: 0, pruned: 0 });
    const pass = (startedAt: string) => ({ taskQueue: 'q-mark', workflowType: 'conversation', startedAt, closedSince: null });
    await finishArchivePass(db, pass('2026-01-02T00:00:00.000Z'), summary('2026-01-02T00:00:00.000Z'));
    await finishArchivePass(db, pass('2026-01-01T00:00:00.000Z'), summary('2026-01-01T00:00:00.000Z'));
    const progress = await db.auditArchiveProgress.findOne({ _id: 'q-mark' });
    assert.equal(progress!.closedSince.toISOString(), '2026-01-02T00:00:00.000Z');
  });
});
