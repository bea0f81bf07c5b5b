/**
 * A closed run's history as the archive stores it (protobuf, gzip) and the facts the archive
 * records beside it, read from the history itself so the archive needs nothing else.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import proto from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import type { ArchivedRunDoc, ArchivedRunStatus } from '../store/audit-documents';

// @temporalio/proto is CommonJS: take its namespace from the default export.
const { History } = proto.temporal.api.history.v1;
const EventType = proto.temporal.api.enums.v1.EventType;
export type RunHistory = proto.temporal.api.history.v1.IHistory;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

export const encodeHistory = (history: RunHistory): Buffer => gzipSync(History.encode(history).finish());
export const decodeHistory = (bytes: Uint8Array): proto.temporal.api.history.v1.History => History.decode(gunzipSync(bytes));

const CLOSE_STATUS = new Map<number, ArchivedRunStatus>([
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED, 'COMPLETED'],
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW, 'CONTINUED_AS_NEW'],
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED, 'FAILED'],
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED, 'TERMINATED'],
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT, 'TIMED_OUT'],
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED, 'CANCELED'],
]);

/** What the archive records about a run beside its history (the workspace may be unknown: code older than workspaces). */
export type RunFacts = Pick<
  ArchivedRunDoc,
  'workflowType' | 'conversationId' | 'flowVersion' | 'status' | 'startedAt' | 'closedAt' | 'eventCount' | 'continuedFromRunId' | 'continuedAsRunId'
> & { workspaceId: string | null };

function timeOf(event: HistoryEvent | undefined): Date {
  const seconds = Number(event?.eventTime?.seconds ?? 0);
  const nanos = Number(event?.eventTime?.nanos ?? 0);
  return new Date(seconds * 1000 + Math.floor(nanos / 1e6));
}

/** What the archive records about a run; throws when the history is not a closed run's. */
export function describeClosedRun(history: RunHistory): RunFacts {
  const events = history.events ?? [];
  const first = events[0];
  const last = events[events.length - 1];
  const started = first?.workflowExecutionStartedEventAttributes;
  const status = last ? CLOSE_STATUS.get(Number(last.eventType)) : undefined;
  if (!started || !status) throw new Error('the history is not a closed run (no start event, or the last event does not close it)');
  let input: { workspaceId?: unknown; conversationId?: unknown; flowVersion?: unknown } | undefined;
  try {
    input = started.input?.payloads?.[0] ? (defaultPayloadConverter.fromPayload(started.input.payloads[0]) as typeof input) : undefined;
  } catch {
    input = undefined;
  }
  return {
    workflowType: started.workflowType?.name ?? '',
    workspaceId: typeof input?.workspaceId === 'string' ? input.workspaceId : null,
    conversationId: typeof input?.conversationId === 'string' ? input.conversationId : null,
    flowVersion: typeof input?.flowVersion === 'number' ? input.flowVersion : null,
    status,
    startedAt: timeOf(first),
    closedAt: timeOf(last),
    eventCount: events.length,
    continuedFromRunId: started.continuedExecutionRunId || null,
    continuedAsRunId: last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId || null,
  };
}
