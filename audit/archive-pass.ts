/**
 * One archiver pass, in steps the archiver workflow runs as activities: list the conversation runs
 * that closed since the last pass (Temporal's visibility), copy each run's history into the archive,
 * and remember how far the passes got. A run is archived under its own id, so a step that runs
 * twice (a retry after a crash) finds it archived and skips it: nothing is skipped or duplicated.
 */
import type { Client } from '@temporalio/client';
import type { BatonDb } from '../store/database';
import { archiveRun, isArchived } from './archive-store';
import { describeClosedRun, encodeHistory } from './run-history';

/**
 * How far before the last pass's start the next pass looks back: visibility records a closed run
 * a moment after it closes, and clocks differ a little between machines.
 */
const LOOK_BACK_MS = 10 * 60_000;

export type ClosedRunRef = { workflowId: string; runId: string };
/** Runs of `workflowType` on `taskQueue` (one deployment's), closed since `closedSince`. */
export type ArchivePassStart = { taskQueue: string; workflowType: string; startedAt: string; closedSince: string | null };
export type ClosedRunPage = { runs: ClosedRunRef[]; nextPageToken: string | null };
export type ArchiveBatchResult = { archived: number; alreadyArchived: number; historyBytes: number };
export type ArchivePassSummary = { startedAt: string; finishedAt: string; listed: number; archived: number; alreadyArchived: number; pruned: number };

/** Where this pass starts listing from: the last finished pass's start, minus the look-back. */
export async function startArchivePass(db: BatonDb, target: { taskQueue: string; workflowType: string }): Promise<ArchivePassStart> {
  const { taskQueue } = target;
  const progress = await db.auditArchiveProgress.findOne({ _id: taskQueue });
  const closedSince = progress ? new Date(progress.closedSince.getTime() - LOOK_BACK_MS).toISOString() : null;
  return { ...target, startedAt: new Date().toISOString(), closedSince };
}

/** The visibility query for a pass's closed runs. */
export function closedRunsQuery({ taskQueue, workflowType, closedSince }: Pick<ArchivePassStart, 'taskQueue' | 'workflowType' | 'closedSince'>): string {
  const quote = (value: string) => `'${value.replace(/'/g, "\\'")}'`;
  return [
    `WorkflowType = ${quote(workflowType)}`,
    `TaskQueue = ${quote(taskQueue)}`,
    `ExecutionStatus != 'Running'`,
    ...(closedSince ? [`CloseTime >= ${quote(closedSince)}`] : []),
  ].join(' AND ');
}

/** One page of closed runs; the page token travels as base64 so the workflow can carry it. */
export async function listClosedRuns(client: Client, pass: ArchivePassStart, pageToken: string | null, pageSize = 200): Promise<ClosedRunPage> {
  const response = await client.workflowService.listWorkflowExecutions({
    namespace: client.options.namespace,
    query: closedRunsQuery(pass),
    pageSize,
    nextPageToken: pageToken ? Buffer.from(pageToken, 'base64') : undefined,
  });
  const runs = (response.executions ?? []).flatMap((execution) =>
    execution.execution?.workflowId && execution.execution.runId ? [{ workflowId: execution.execution.workflowId, runId: execution.execution.runId }] : [],
  );
  const next = response.nextPageToken && response.nextPageToken.length > 0 ? Buffer.from(response.nextPageToken).toString('base64') : null;
  return { runs, nextPageToken: next };
}

/** Copies each run's history into the archive unless it is there already. `beat` reports progress (an activity heartbeat). */
export async function archiveRuns(client: Client, db: BatonDb, runs: ClosedRunRef[], beat: () => void = () => undefined): Promise<ArchiveBatchResult> {
  const result: ArchiveBatchResult = { archived: 0, alreadyArchived: 0, historyBytes: 0 };
  for (const run of runs) {
    beat();
    if (await isArchived(db, run.workflowId, run.runId)) {
      result.alreadyArchived += 1;
      continue;
    }
    const history = await client.workflow.getHandle(run.workflowId, run.runId).fetchHistory();
    const bytes = encodeHistory(history);
    const outcome = await archiveRun(db, { ...run, facts: describeClosedRun(history), bytes });
    if (outcome === 'appended') {
      result.archived += 1;
      result.historyBytes += bytes.length;
    } else {
      result.alreadyArchived += 1;
    }
  }
  return result;
}

/** Records that every run closed before this pass started is archived. */
export async function finishArchivePass(db: BatonDb, pass: ArchivePassStart, summary: ArchivePassSummary): Promise<void> {
  const lastPass = {
    startedAt: new Date(summary.startedAt),
    finishedAt: new Date(summary.finishedAt),
    listed: summary.listed,
    archived: summary.archived,
    alreadyArchived: summary.alreadyArchived,
    pruned: summary.pruned,
  };
  // $max: a pass that started earlier but finishes later (a retried one) must not move the mark back.
  await db.auditArchiveProgress.updateOne({ _id: pass.taskQueue }, { $max: { closedSince: new Date(pass.startedAt) }, $set: { lastPass } }, { upsert: true });
}
