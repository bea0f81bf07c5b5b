/**
 * A conversation's workflow history, run by run: from Temporal while it still has a run, from the
 * audit archive once Temporal's retention has deleted it. Every reader of a history (baton history,
 * baton replay, the exports) goes through here, so they agree on which runs exist and say which
 * source each came from.
 */
import { isGrpcServiceError, WorkflowNotFoundError, type Client, type WorkflowExecutionInfo } from '@temporalio/client';
import type { BatonDb } from '../store/database';
import type { ArchivedRunDoc } from '../store/audit-documents';
import { buildAuditTrail, type AuditTrail } from '../insights/audit-trail';
import type { TranscriptAudit } from '../insights/conversation-transcript';
import { archivedRunsOf } from './archive-store';
import { decodeHistory, type RunHistory } from './run-history';

export type RunSource = 'temporal' | 'archive';
export type HistorySource = RunSource | 'temporal+archive' | 'none';

export type ConversationRun = {
  runId: string;
  source: RunSource;
  /** Temporal's status name: RUNNING, COMPLETED, CONTINUED_AS_NEW, TERMINATED, ... */
  status: string;
  workflowType: string;
  startedAt: Date | null;
  /** Null while the run is open. */
  closedAt: Date | null;
  history: RunHistory;
};

export type ConversationHistory = { workflowId: string; source: HistorySource; runs: ConversationRun[] };

/** The workflow under a conversation's id is some other type: nothing here is a conversation's history. */
export class NotAConversationError extends Error {
  constructor(
    readonly workflowId: string,
    readonly workflowType: string,
  ) {
    super(`Workflow ${workflowId} is a "${workflowType}" workflow, not a conversation.`);
  }
}

// gRPC status codes of a server that does not answer (UNAVAILABLE, DEADLINE_EXCEEDED).
const UNREACHABLE_CODES = new Set([14, 4]);

/** True when Temporal did not answer at all, as opposed to answering with an error. */
export function isTemporalUnreachable(error: unknown): boolean {
  // The SDK wraps the gRPC error (ServiceError's cause); a few levels cover every wrapping it does.
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth += 1) {
    if (isGrpcServiceError(cause) && UNREACHABLE_CODES.has(cause.code)) return true;
  }
  return false;
}

export const sourceOfRuns = (runs: { source: RunSource }[]): HistorySource => {
  const sources = new Set(runs.map((run) => run.source));
  if (sources.size === 0) return 'none';
  return sources.size === 2 ? 'temporal+archive' : [...sources][0]!;
};

export const archivedRun = (doc: ArchivedRunDoc): ConversationRun => ({
  runId: doc.runId,
  source: 'archive',
  status: doc.status,
  workflowType: doc.workflowType,
  startedAt: doc.startedAt,
  closedAt: doc.closedAt,
  history: decodeHistory(doc.history.buffer),
});

const liveFacts = (info: Pick<WorkflowExecutionInfo, 'runId' | 'status' | 'type' | 'startTime' | 'closeTime'>) => ({
  runId: info.runId,
  status: info.status.name,
  workflowType: info.type,
  startedAt: info.startTime,
  closedAt: info.closeTime ?? null,
});

/** The runs Temporal still has, without their histories; null when Temporal does not answer. */
async function liveRunsOf(temporal: Client, workflowId: string): Promise<ReturnType<typeof liveFacts>[] | null> {
  const runs = new Map<string, ReturnType<typeof liveFacts>>();
  try {
    for await (const info of temporal.workflow.list({ query: `WorkflowId = '${workflowId.replace(/'/g, "\\'")}'` })) runs.set(info.runId, liveFacts(info));
    // Visibility is updated asynchronously: a run started (or continued) a moment ago may not be
    // listed yet, but describing the workflow reads its latest run directly.
    const latest = await temporal.workflow
      .getHandle(workflowId)
      .describe()
      .catch((error: unknown) => {
        if (error instanceof WorkflowNotFoundError) return null;
        throw error;
      });
    if (latest) runs.set(latest.runId, liveFacts(latest));
  } catch (error) {
    if (isTemporalUnreachable(error)) return null;
    throw error;
  }
  return [...runs.values()];
}

/** One run's history from Temporal; null once Temporal has deleted it (or when it stops answering). */
export async function liveHistoryOf(temporal: Client, workflowId: string, runId: string): Promise<RunHistory | null> {
  try {
    return await temporal.workflow.getHandle(workflowId, runId).fetchHistory();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError || isTemporalUnreachable(error)) return null;
    throw error;
  }
}

/**
 * Every run of a conversation's workflow, oldest first: a run Temporal still has is read from
 * Temporal, any other from the archive. With no Temporal client (or none answering) the archive
 * alone. Throws NotAConversationError when the workflow is of another type.
 */
export async function loadWorkflowHistory(
  deps: { temporal: Client | null; db: BatonDb },
  { workflowId, workflowType }: { workflowId: string; workflowType: string },
): Promise<ConversationHistory> {
  const [live, archived] = await Promise.all([deps.temporal ? liveRunsOf(deps.temporal, workflowId) : null, archivedRunsOf(deps.db, workflowId)]);
  const runs = new Map<string, ConversationRun>();
  for (const facts of live ?? []) {
    const history = await liveHistoryOf(deps.temporal!, workflowId, facts.runId);
    if (history) runs.set(facts.runId, { ...facts, source: 'temporal', history });
  }
  for (const doc of archived) if (!runs.has(doc.runId)) runs.set(doc.runId, archivedRun(doc));
  const ordered = [...runs.values()].sort((a, b) => (a.startedAt?.getTime() ?? 0) - (b.startedAt?.getTime() ?? 0));
  const first = ordered[0];
  if (first && first.workflowType !== workflowType) throw new NotAConversationError(workflowId, first.workflowType);
  return { workflowId, source: sourceOfRuns(ordered), runs: ordered };
}

/**
 * One audit trail across every run, each run read on its own (event ids start again in each run,
 * and the trail pairs an activity's result with its scheduling by id); entries name their run.
 */
export function auditTrailOfRuns(workflowId: string, runs: ConversationRun[]): AuditTrail {
  const trails = runs.map((run) => ({ runId: run.runId, trail: buildAuditTrail(workflowId, run.history.events ?? []) }));
  const first = trails[0]?.trail;
  return {
    workflowId,
    conversationId: first?.conversationId ?? null,
    flowVersion: first?.flowVersion ?? null,
    status: trails.at(-1)?.trail.status ?? 'RUNNING',
    entries: trails.flatMap(({ runId, trail }) => trail.entries.map((entry) => ({ ...entry, runId }))),
  };
}

/** The audit part of an agents' export: the trail over every run and its source, or `none`. */
export function transcriptAuditOf(loaded: ConversationHistory): TranscriptAudit {
  if (loaded.source === 'none') return { source: 'none' };
  return { source: loaded.source, trail: auditTrailOfRuns(loaded.workflowId, loaded.runs) };
}
