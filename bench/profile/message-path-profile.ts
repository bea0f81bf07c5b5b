import proto from '@temporalio/proto';
import type { Client } from '@temporalio/client';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import type { ReplySample } from '../measure/measure-reply-latency';

// @temporalio/proto is CommonJS: take its namespace from the default export.
const EventType = proto.temporal.api.enums.v1.EventType;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

/** One leg of a message's way, averaged over the profiled messages. */
export type PathSegment = { segment: string; meanMs: number; count: number; shareOfReply: number };

export type MessagePathProfile = {
  messages: number;
  meanReplyMs: number;
  /** Workflow tasks and activities per message, as recorded in the conversation's history. */
  workflowTasksPerMessage: number;
  activitiesPerMessage: number;
  segments: PathSegment[];
};

/**
 * Where the time of a message goes, from the conversation workflow's own history: each gap
 * between consecutive history events (the API reaching Temporal, workflow tasks waiting for and
 * running on the worker, each activity waiting and running) is attributed to a named segment;
 * what is left after the last event is the reply's way back to the widget.
 */
export async function profileMessagePath(options: { temporal: Client; samples: ReplySample[] }): Promise<MessagePathProfile> {
  const totals = new Map<string, { ms: number; count: number }>();
  const add = (segment: string, ms: number) => {
    const total = totals.get(segment) ?? { ms: 0, count: 0 };
    total.ms += Math.max(0, ms);
    total.count += 1;
    totals.set(segment, total);
  };
  let profiled = 0;
  let replyMs = 0;
  let workflowTasks = 0;
  let activities = 0;
  const histories = new Map<string, HistoryEvent[]>();
  for (const sample of options.samples) {
    let events = histories.get(sample.conversationId);
    if (!events) {
      const history = await options.temporal.workflow.getHandle(conversationWorkflowId(sample.conversationId)).fetchHistory();
      events = history.events ?? [];
      histories.set(sample.conversationId, events);
    }
    const sentAt = sample.sentAtEpochMs;
    const repliedAt = sentAt + sample.replyMs;
    const window = events.filter((event) => {
      const at = timeOf(event);
      return at >= sentAt && at <= repliedAt;
    });
    if (window.length === 0) continue;
    profiled += 1;
    replyMs += sample.replyMs;
    const activityTypes = new Map<number, string>();
    for (const event of events) {
      if (event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        activityTypes.set(Number(event.eventId), event.activityTaskScheduledEventAttributes?.activityType?.name ?? 'activity');
      }
    }
    add('client → API → Temporal (until the first workflow task is scheduled)', timeOf(window[0]!) - sentAt);
    for (let index = 1; index < window.length; index += 1) {
      const previous = window[index - 1]!;
      const current = window[index]!;
      const segment = segmentBetween(previous, current, activityTypes);
      if (segment) add(segment, timeOf(current) - timeOf(previous));
      if (current.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) workflowTasks += 1;
      if (current.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) activities += 1;
    }
    add('last history event → reply on the widget (publish, Redis, API re-read, SSE)', repliedAt - timeOf(window[window.length - 1]!));
  }
  const meanReplyMs = profiled > 0 ? replyMs / profiled : NaN;
  const segments = [...totals.entries()]
    .map(([segment, total]) => ({
      segment,
      meanMs: total.ms / Math.max(profiled, 1),
      count: total.count,
      shareOfReply: total.ms / Math.max(profiled, 1) / meanReplyMs,
    }))
    .sort((a, b) => b.meanMs - a.meanMs);
  return {
    messages: profiled,
    meanReplyMs,
    workflowTasksPerMessage: profiled > 0 ? workflowTasks / profiled : NaN,
    activitiesPerMessage: profiled > 0 ? activities / profiled : NaN,
    segments,
  };
}

function segmentBetween(previous: HistoryEvent, current: HistoryEvent, activityTypes: Map<number, string>): string | undefined {
  switch (current.eventType) {
    case EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED:
      return 'workflow task waits for a worker poll (matching)';
    case EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
      return 'worker runs the workflow task (and reports it)';
    case EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
      return 'activity waits for a worker poll (matching)';
    case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
    case EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: {
      const scheduledId = Number(
        current.activityTaskCompletedEventAttributes?.scheduledEventId ?? current.activityTaskFailedEventAttributes?.scheduledEventId ?? 0,
      );
      return `activity ${activityTypes.get(scheduledId) ?? '?'} runs (and reports)`;
    }
    case EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED:
      return previous.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
        ? 'activity result → next workflow task scheduled'
        : 'other → workflow task scheduled';
    default:
      // Events a workflow task's completion writes together (activity scheduled, update accepted/completed, timers): no time of their own.
      return timeOf(current) - timeOf(previous) > 0 ? 'other history gaps' : undefined;
  }
}

function timeOf(event: HistoryEvent): number {
  return Number(event.eventTime?.seconds ?? 0) * 1000 + Number(event.eventTime?.nanos ?? 0) / 1e6;
}
