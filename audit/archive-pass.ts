/**
 * One archiver pass, in steps the archiver workflow runs as activities: list the conversation runs
 * that closed since the last pass (Temporal's visibility), copy each run's history into the archive,
 * and remember how far the passes got. A run is archived under its own id, so a step that runs
 * twice (a retry after a crash) finds it archived and skips it: nothing is skipped or duplicated.
 */
import type { Client } from '@temporalio/client';
import type { BatonDb } from '../store/database';
import { archiveRun, isArchived } from './archive-store';
import { describeClosedRun, encodeHistory, type RunHistory } from './run-history';

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

/** Histories fetched ahead of the appends: fetching is most of a pass's time, and Temporal serves several at once. */
const FETCH_AHEAD = 4;

type FetchedRun = { run: ClosedRunRef; history: RunHistory | null };
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Copies each run's history into the archive unless it is there already. Up to FETCH_AHEAD
 * histories are fetched at once while the appends stay one at a time, in the order listed.
 * `beat` reports progress (an activity heartbeat).
 */
export async function archiveRuns(client: Client, db: BatonDb, runs: ClosedRunRef[], beat: () => void = () => undefined): Promise<ArchiveBatchResult> {
  const result: ArchiveBatchResult = { archived: 0, alreadyArchived: 0, historyBytes: 0 };
  const fetchRun = async (run: ClosedRunRef): Promise<FetchedRun> => ({
    run,
    history: (await isArchived(db, run.workflowId, run.runId)) ? null : await client.workflow.getHandle(run.workflowId, run.runId).fetchHistory(),
  });
  // Settled at once, so a failed fetch waiting behind another is not an unhandled rejection; it is thrown in its turn.
  const settle = (run: ClosedRunRef): Promise<Settled<FetchedRun>> =>
    fetchRun(run).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
  const ahead: Promise<Settled<FetchedRun>>[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < FETCH_AHEAD && next < runs.length) ahead.push(settle(runs[next++]!));
  };
  fill();
  while (ahead.length > 0) {
    const settled = await ahead.shift()!;
    fill();
    beat();
    if (!settled.ok) throw settled.error;
    const { run, history } = settled.value;
    if (!history) {
      result.alreadyArchived += 1;
      continue;
    }
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
