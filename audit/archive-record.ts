/**
 * The hash chain of a workspace's audit archive, pure: how a record's hash is computed and what a
 * verifier checks. Every record carries the previous record's hash, so changing, removing or
 * reordering any record breaks the chain from there on; a prune leaves a checkpoint that names
 * the hash the surviving records go on from.
 */
import { createHash } from 'node:crypto';
import type { ArchiveCheckpointDoc, ArchivedRunDoc, AuditArchiveDoc } from '../store/audit-documents';

export const GENESIS_HASH = '0'.repeat(64);

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The fields a run record's hash covers: everything but the hash itself and the history bytes (covered by historySha256). */
const RUN_FIELDS = [
  'kind',
  'workspaceId',
  'seq',
  'prevHash',
  'archivedAt',
  'workflowId',
  'runId',
  'workflowType',
  'conversationId',
  'flowVersion',
  'status',
  'startedAt',
  'closedAt',
  'eventCount',
  'continuedFromRunId',
  'continuedAsRunId',
  'encoding',
  'historyBytes',
  'historySha256',
] as const satisfies readonly (keyof ArchivedRunDoc)[];

const CHECKPOINT_FIELDS = [
  'kind',
  'workspaceId',
  'seq',
  'prevHash',
  'archivedAt',
  'prunedThroughSeq',
  'prunedThroughHash',
  'prunedRecords',
  'prunedBefore',
  'prunedBy',
] as const satisfies readonly (keyof ArchiveCheckpointDoc)[];

const canonical = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : (value ?? null));

/** SHA-256 over the record's fields in a fixed order, dates as ISO strings. */
export function recordHash(record: Omit<ArchivedRunDoc, 'hash' | 'history' | '_id'> | Omit<ArchiveCheckpointDoc, 'hash' | '_id'>): string {
  const fields: readonly string[] = record.kind === 'run' ? RUN_FIELDS : CHECKPOINT_FIELDS;
  const values = fields.map((field) => [field, canonical((record as Record<string, unknown>)[field])]);
  return sha256Hex(JSON.stringify(values));
}

/** What is wrong with one record, or null. Checks its own bytes and hash, and its link to the record before it. */
export function recordProblem(record: AuditArchiveDoc, expectedSeq: number, expectedPrevHash: string): string | null {
  if (record.seq !== expectedSeq) return `expected record #${expectedSeq} next, found #${record.seq}: records are missing`;
  if (record.kind === 'run') {
    const bytes = record.history?.buffer ?? new Uint8Array();
    if (bytes.length !== record.historyBytes || sha256Hex(bytes) !== record.historySha256) return 'the stored history does not match its SHA-256';
  }
  if (recordHash(record) !== record.hash) return "the record's fields do not match its hash";
  if (record.prevHash !== expectedPrevHash) return 'it does not follow the record before it (prevHash differs)';
  return null;
}

/** A readable name for a record in a verifier's report. */
export const recordName = (record: AuditArchiveDoc) =>
  record.kind === 'run' ? `#${record.seq} ${record.workflowId} run ${record.runId}` : `#${record.seq} checkpoint (pruned through #${record.prunedThroughSeq})`;
