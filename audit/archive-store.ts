/**
 * The audit archive in MongoDB: appends to a workspace's hash chain, reads a workflow's archived
 * runs, and prunes a chain's oldest records behind a checkpoint. Records are inserted and deleted,
 * never updated: an append that finds its run already archived does nothing.
 */
import { Binary, MongoServerError } from 'mongodb';
import type { BatonDb } from '../store/database';
import type { ArchiveCheckpointDoc, ArchivedRunDoc, AuditArchiveDoc } from '../store/audit-documents';
import { GENESIS_HASH, recordHash, sha256Hex } from './archive-record';
import type { RunFacts } from './run-history';

/** Workspace of a run whose input names none (written by code older than workspaces). */
export const NO_WORKSPACE = '(no workspace)';

export const archivedRunId = (workflowId: string, runId: string) => `${workflowId}/${runId}`;

const isDuplicateKey = (error: unknown) => error instanceof MongoServerError && error.code === 11000;

type ChainRecord = Omit<ArchivedRunDoc, 'seq' | 'prevHash' | 'hash' | 'archivedAt'> | Omit<ArchiveCheckpointDoc, 'seq' | 'prevHash' | 'hash' | 'archivedAt'>;

/**
 * Appends a record at the end of its workspace's chain. The unique (workspaceId, seq) index
 * settles two appends racing for one place; the head document only saves reading the chain, so a
 * head left behind by a crash is caught up from the record that holds its next place.
 */
async function appendToChain(db: BatonDb, record: ChainRecord): Promise<'appended' | 'exists'> {
  for (;;) {
    // No look for the record first: callers have looked (archiveRuns before fetching), and an insert of a record that exists fails on its _id.
    const head = (await db.auditArchiveHeads.findOne({ _id: record.workspaceId })) ?? { _id: record.workspaceId, seq: 0, hash: GENESIS_HASH };
    const sealed = { ...record, seq: head.seq + 1, prevHash: head.hash, archivedAt: new Date() } as AuditArchiveDoc;
    sealed.hash = recordHash(sealed);
    try {
      await db.auditArchive.insertOne(sealed);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      if (await db.auditArchive.findOne({ _id: record._id }, { projection: { _id: 1 } })) return 'exists';
      const taken = await db.auditArchive.findOne({ workspaceId: record.workspaceId, seq: head.seq + 1 }, { projection: { seq: 1, hash: 1 } });
      if (taken) await moveHead(db, record.workspaceId, head.seq, taken);
      continue;
    }
    await moveHead(db, record.workspaceId, head.seq, sealed);
    return 'appended';
  }
}

/** Moves a head from `fromSeq` to a record; a head someone else moved already is left alone. */
async function moveHead(db: BatonDb, workspaceId: string, fromSeq: number, to: { seq: number; hash: string }): Promise<void> {
  if (fromSeq === 0) {
    try {
      await db.auditArchiveHeads.insertOne({ _id: workspaceId, seq: to.seq, hash: to.hash });
      return;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  await db.auditArchiveHeads.updateOne({ _id: workspaceId, seq: fromSeq }, { $set: { seq: to.seq, hash: to.hash } });
}

/** Archives one closed run; 'exists' when it was archived before (a retried or repeated pass). */
export async function archiveRun(db: BatonDb, run: { workflowId: string; runId: string; facts: RunFacts; bytes: Uint8Array }) {
  const { facts } = run;
  return appendToChain(db, {
    _id: archivedRunId(run.workflowId, run.runId),
    kind: 'run',
    workspaceId: facts.workspaceId ?? NO_WORKSPACE,
    workflowId: run.workflowId,
    runId: run.runId,
    workflowType: facts.workflowType,
    conversationId: facts.conversationId,
    flowVersion: facts.flowVersion,
    status: facts.status,
    startedAt: facts.startedAt,
    closedAt: facts.closedAt,
    eventCount: facts.eventCount,
    continuedFromRunId: facts.continuedFromRunId,
    continuedAsRunId: facts.continuedAsRunId,
    encoding: 'temporal.api.history.v1.History+gzip',
    history: new Binary(run.bytes),
    historyBytes: run.bytes.length,
    historySha256: sha256Hex(run.bytes),
  });
}

export const isArchived = async (db: BatonDb, workflowId: string, runId: string) =>
  (await db.auditArchive.findOne({ _id: archivedRunId(workflowId, runId) }, { projection: { _id: 1 } })) !== null;

/** A workflow's archived runs, first run first (following the continue-as-new links, then by start time). */
export async function archivedRunsOf(db: BatonDb, workflowId: string): Promise<ArchivedRunDoc[]> {
  const runs = (await db.auditArchive.find({ workflowId, kind: 'run' }).toArray()) as ArchivedRunDoc[];
  return runs.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.seq - b.seq);
}

/** Workspaces that have an archive. */
export const archivedWorkspaces = async (db: BatonDb) => (await db.auditArchiveHeads.find({}, { projection: { _id: 1 } }).toArray()).map((head) => head._id);

/** A workspace's chain in order, streamed. */
export const chainOf = (db: BatonDb, workspaceId: string) => db.auditArchive.find({ workspaceId }).sort({ seq: 1 }).batchSize(200);

/**
 * Deletes the oldest records of a workspace's chain that closed before `before` (the longest such
 * prefix: a record archived after a newer one waits for a later prune), after appending a checkpoint
 * that names the last deleted record's hash. No other record is rewritten.
 */
export async function pruneArchive(db: BatonDb, options: { workspaceId: string; before: Date; by: string }): Promise<{ deleted: number; throughSeq: number }> {
  let through: { seq: number; hash: string } | null = null;
  let count = 0;
  for await (const record of db.auditArchive
    .find({ workspaceId: options.workspaceId }, { projection: { seq: 1, hash: 1, closedAt: 1, archivedAt: 1 } })
    .sort({ seq: 1 })) {
    const endedAt = 'closedAt' in record && record.closedAt ? record.closedAt : record.archivedAt;
    if (endedAt >= options.before) break;
    through = { seq: record.seq, hash: record.hash };
    count += 1;
  }
  if (!through) return { deleted: 0, throughSeq: 0 };
  await appendToChain(db, {
    _id: `checkpoint/${options.workspaceId}/${through.seq}`,
    kind: 'checkpoint',
    workspaceId: options.workspaceId,
    prunedThroughSeq: through.seq,
    prunedThroughHash: through.hash,
    prunedRecords: count,
    prunedBefore: options.before,
    prunedBy: options.by,
  });
  const { deletedCount } = await db.auditArchive.deleteMany({ workspaceId: options.workspaceId, seq: { $lte: through.seq } });
  return { deleted: deletedCount, throughSeq: through.seq };
}
