/**
 * Shapes of the audit collections. Unlike the read model, these are written once and never
 * updated in place: the archive keeps closed workflow histories after Temporal deletes them.
 */
import type { Binary } from 'mongodb';

/** How a run ended, in Temporal's words. */
export type ArchivedRunStatus = 'COMPLETED' | 'CONTINUED_AS_NEW' | 'FAILED' | 'TERMINATED' | 'TIMED_OUT' | 'CANCELED';

/** Fields every record of a workspace's hash chain carries. */
type ChainFields = {
  workspaceId: string;
  /** Position in the workspace's chain, from 1, without gaps except a pruned prefix. */
  seq: number;
  /** The previous record's hash (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 of this record's fields (audit/archive-record.ts says which), including prevHash. */
  hash: string;
  archivedAt: Date;
};

/** One closed run of a conversation workflow: its whole history, compressed. `_id` is `<workflowId>/<runId>`. */
export type ArchivedRunDoc = ChainFields & {
  _id: string;
  kind: 'run';
  workflowId: string;
  runId: string;
  workflowType: string;
  conversationId: string | null;
  flowVersion: number | null;
  status: ArchivedRunStatus;
  startedAt: Date;
  closedAt: Date;
  eventCount: number;
  /** The run this one continued (continue-as-new), and the run that continued this one. */
  continuedFromRunId: string | null;
  continuedAsRunId: string | null;
  /** The history as protobuf `temporal.api.history.v1.History`, gzip-compressed. */
  encoding: 'temporal.api.history.v1.History+gzip';
  history: Binary;
  historyBytes: number;
  /** SHA-256 of the stored (compressed) bytes. */
  historySha256: string;
};

/** Stands in for the records a prune deleted: the chain goes on from the last deleted record's hash. */
export type ArchiveCheckpointDoc = ChainFields & {
  _id: string;
  kind: 'checkpoint';
  prunedThroughSeq: number;
  prunedThroughHash: string;
  prunedRecords: number;
  prunedBefore: Date;
  prunedBy: string;
};

export type AuditArchiveDoc = ArchivedRunDoc | ArchiveCheckpointDoc;

/** The last record of a workspace's chain, so an append reads one document instead of sorting the chain. */
export type ArchiveHeadDoc = { _id: string; seq: number; hash: string };

/** Where the archiver's passes have got to, per task queue. */
export type ArchiveProgressDoc = {
  _id: string;
  /** Runs that closed from here on are listed by the next pass (it reaches back a little further). */
  closedSince: Date;
  lastPass: { startedAt: Date; finishedAt: Date; listed: number; archived: number; alreadyArchived: number; pruned: number } | null;
};

/** Who read or exported a conversation's history, when and how. */
export type AuditAccessDoc = {
  _id: string;
  conversationId: string;
  workspaceId: string | null;
  at: Date;
  /** `user` for a signed-in agent or admin (GraphQL), `cli` for the command line (OS user and host). */
  actor: { kind: 'user' | 'cli'; id: string; name: string };
  /** history, replay, export, export-for-customer */
  action: string;
  via: 'graphql' | 'cli';
};
