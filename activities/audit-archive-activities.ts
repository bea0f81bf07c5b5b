/** The archiver workflow's activities: thin adapters over audit/archive-pass.ts, using the worker's own Temporal client. */
import { Context } from '@temporalio/activity';
import type { BatonDb } from '../store/database';
import {
  archiveRuns,
  finishArchivePass,
  listClosedRuns,
  startArchivePass,
  type ArchivePassStart,
  type ArchivePassSummary,
  type ClosedRunRef,
} from '../audit/archive-pass';
import { pruneExpiredArchives } from '../audit/archive-retention';

export function createAuditArchiveActivities(options: { db: BatonDb }) {
  const { db } = options;
  return {
    startArchivePass: (target: { taskQueue: string; workflowType: string }) => startArchivePass(db, target),
    listClosedRuns: (pass: ArchivePassStart, pageToken: string | null) => listClosedRuns(Context.current().client, pass, pageToken),
    archiveRuns: (runs: ClosedRunRef[]) => {
      const context = Context.current();
      // A heartbeat per run: a worker that dies mid-batch is noticed in seconds, and the retry skips what it archived.
      return archiveRuns(context.client, db, runs, () => context.heartbeat());
    },
    pruneExpiredArchives: () => pruneExpiredArchives(db),
    finishArchivePass: (pass: ArchivePassStart, summary: ArchivePassSummary) => finishArchivePass(db, pass, summary),
  };
}

export type AuditArchiveActivities = ReturnType<typeof createAuditArchiveActivities>;
