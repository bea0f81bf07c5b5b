/**
 * Turns a conversation workflow's Temporal history into a readable audit trail:
 * who or what decided each step. Pure: it reads decoded history events only.
 */
import proto from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import { triggerWordingOf } from '../machines/triggers';

/* eslint-disable @typescript-eslint/no-explicit-any -- payloads decoded from a workflow's history have whatever shape the code that wrote them had; every read below is guarded (?. and String()) */

// @temporalio/proto is CommonJS: take its namespace from the default export.
const EventType = proto.temporal.api.enums.v1.EventType;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;
type Payloads = proto.temporal.api.common.v1.IPayloads | null | undefined;
/** The marker the SDK records for a local activity's outcome (its type under details.data, its result under details.result). */
const LOCAL_ACTIVITY_MARKER = 'core_local_activity';

export type AuditEntry = {
  at: string;
  eventId: number;
  /** message, analysis, answer, transition, claim, timer, summary, run, ... */
  kind: string;
  text: string;
  detail?: Record<string, unknown>;
  /** The run the event belongs to, when the trail covers several runs (event ids start again in each). */
  runId?: string;
};

export type AuditTrail = {
  workflowId: string;
  conversationId: string | null;
  flowVersion: number | null;
  status: string;
  entries: AuditEntry[];
};

function decode(payloads: Payloads): unknown[] {
  return (payloads?.payloads ?? []).map((payload) => {
    try {
      return defaultPayloadConverter.fromPayload(payload);
    } catch {
      return '(undecodable payload)';
    }
  });
}

function timeOf(event: HistoryEvent): string {
  const seconds = Number(event.eventTime?.seconds ?? 0);
  const nanos = Number(event.eventTime?.nanos ?? 0);
  return new Date(seconds * 1000 + Math.floor(nanos / 1e6)).toISOString();
}

const quote = (text: unknown, max = 100) => {
  const value = String(text ?? '');
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
};

const UPDATE_TEXT: Record<string, (arg: any) => string> = {
  customerMessage: (arg) => `customer: ${quote(arg?.text)}`,
  customerAction: (arg) => `customer pressed ${quote(arg?.action)}`,
  agentMessage: (arg) => `agent ${arg?.agentName} (${arg?.agentId}): ${quote(arg?.text)}`,
  addNote: (arg) => `note by ${arg?.agentName}: ${quote(arg?.text)}`,
  claim: (arg) => `claim requested by ${arg?.agentName} (${arg?.agentId})`,
  release: (arg) => `release requested by ${arg?.agentName ?? arg?.agentId}`,
  resolve: (arg) => `resolve requested by ${arg?.agentName ?? arg?.agentId}`,
  transfer: (arg) => `transfer from ${arg?.agentName} to ${arg?.toAgentName} (${arg?.toAgentId})`,
  reopen: (arg) => `reopen requested by ${arg?.agentName ?? arg?.agentId}`,
  agentUnavailable: (arg) => `agent ${arg?.agentId} is ${String(arg?.availability ?? '').toLowerCase()}`,
  rateAnswer: (arg) => `customer rated answer ${arg?.entryId}: ${arg?.helpful ? 'helped' : 'did not help'}`,
};

/** What a trigger means, from its module; a reason recorded by older code may name none. */
function triggerMeaning(reason: unknown): string {
  const audit = typeof reason === 'string' ? triggerWordingOf(reason)?.audit : undefined;
  return audit ? `: ${audit}` : '';
}

export function buildAuditTrail(workflowId: string, events: HistoryEvent[]): AuditTrail {
  const trail: AuditTrail = { workflowId, conversationId: null, flowVersion: null, status: 'RUNNING', entries: [] };
  const scheduled = new Map<number, { name: string; input: unknown }>();
  const updates = new Map<string, string>();
  const timerNames = new Map<string, string>();
  let stateId: string | null = null;
  let lastEscalationAt: string | null = null;
  const add = (event: HistoryEvent, kind: string, text: string, detail?: Record<string, unknown>) =>
    trail.entries.push({ at: timeOf(event), eventId: Number(event.eventId ?? 0), kind, text, ...(detail ? { detail } : {}) });
  // What the AI made of a message and what it answered: an activity's result, or a local activity's marker.
  // An answer from the answerQuestion activity is reported there; an answer made with the analysis
  // (analyzeAndAnswer) is reported from the step that delivered it, since an escalation drops it.
  let answerReported = false;
  const addAnswer = (
    event: HistoryEvent,
    answer: { answer?: string; text?: string; confidence?: number; abstain?: boolean; citations?: { title: string }[] },
  ) => {
    const cited = (answer.citations ?? []).map((citation) => citation.title).join('; ');
    const confidence = Number(answer.confidence ?? 0).toFixed(2);
    add(
      event,
      'answer',
      answer.abstain
        ? `AI abstained (confidence ${confidence})`
        : `AI answer (confidence ${confidence}${cited ? `, cites ${cited}` : ''}): ${quote(answer.answer ?? answer.text)}`,
      { answer },
    );
  };
  const addThinking = (event: HistoryEvent, activityName: string, result: any) => {
    if (activityName === 'analyzeMessage' || activityName === 'analyzeAndAnswer') {
      const analysis = activityName === 'analyzeAndAnswer' ? result?.analysis : result;
      add(
        event,
        'analysis',
        `analysis: asks for a human ${analysis?.asksForHuman ? 'yes' : 'no'}, frustration ${Number(analysis?.frustration ?? 0).toFixed(2)}${analysis?.saysNotHelpful ? ', says the answer did not help' : ''}${analysis?.signals?.length ? ` [${analysis.signals.join(', ')}]` : ''}`,
        { analysis },
      );
    } else if (activityName === 'answerQuestion') {
      addAnswer(event, result ?? {});
      answerReported = true;
    }
  };

  for (const event of events) {
    switch (event.eventType) {
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: {
        const [input] = decode(event.workflowExecutionStartedEventAttributes?.input) as any[];
        trail.conversationId = input?.conversationId ?? null;
        trail.flowVersion = input?.flowVersion ?? null;
        const carried = input?.carried ? ' (continued from a previous run)' : '';
        add(event, 'run', `conversation ${input?.conversationId} started on flow version ${input?.flowVersion}${carried}`);
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
        const request = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
        const name = request?.input?.name ?? '?';
        const [arg] = decode(request?.input?.args);
        updates.set(request?.meta?.updateId ?? '', name);
        add(
          event,
          name === 'customerMessage' || name === 'agentMessage' ? 'message' : 'request',
          ((Object.hasOwn(UPDATE_TEXT, name) ? UPDATE_TEXT[name] : undefined) ?? ((a) => `${name} ${JSON.stringify(a)}`))(arg),
        );
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED: {
        const attributes = event.workflowExecutionUpdateCompletedEventAttributes;
        const failure = attributes?.outcome?.failure;
        const name = updates.get(attributes?.meta?.updateId ?? '') ?? 'update';
        if (failure) add(event, 'refused', `${name} refused: ${failure.message}`);
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
        const attributes = event.activityTaskScheduledEventAttributes;
        const [input] = decode(attributes?.input);
        scheduled.set(Number(event.eventId), { name: attributes?.activityType?.name ?? '?', input });
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: {
        const attributes = event.activityTaskCompletedEventAttributes;
        const activity = scheduled.get(Number(attributes?.scheduledEventId));
        const [result] = decode(attributes?.result) as any[];
        if (!activity) break;
        const input = activity.input as any;
        if (activity.name === 'analyzeMessage' || activity.name === 'answerQuestion' || activity.name === 'analyzeAndAnswer') {
          addThinking(event, activity.name, result);
        } else if (activity.name === 'summarizeHandoff') {
          add(event, 'summary', `handoff summary: ${quote(result, 200)}`);
        } else if (activity.name === 'recordConversationStep') {
          const view = input?.view;
          if (view && view.stateId !== stateId) {
            const escalation = view.escalation;
            const why =
              escalation && escalation.at !== lastEscalationAt
                ? ` — trigger ${escalation.reason} (edge ${escalation.triggerId})${triggerMeaning(escalation.reason)}`
                : '';
            add(
              event,
              'transition',
              `state ${stateId ?? '(start)'} → ${view.stateId} [${view.status}]${why}${view.assignee ? `, assignee ${view.assignee.name}` : ''}`,
              { view },
            );
            stateId = view.stateId;
            if (escalation) lastEscalationAt = escalation.at;
          }
          for (const entry of input?.entries ?? []) {
            if (entry.kind === 'SYSTEM' || entry.kind === 'NOTE')
              add(event, 'system', `${entry.kind === 'NOTE' ? 'note' : 'system message'}: ${quote(entry.text)}`);
            if (entry.kind === 'AI' && !answerReported) addAnswer(event, entry);
          }
          answerReported = false;
        }
        break;
      }
      case EventType.EVENT_TYPE_MARKER_RECORDED: {
        const attributes = event.markerRecordedEventAttributes;
        if (attributes?.markerName !== LOCAL_ACTIVITY_MARKER) break;
        const [data] = decode(attributes.details?.data) as any[];
        const name = String(data?.activity_type ?? 'local activity');
        if (attributes.failure) add(event, 'failure', `${name} failed: ${attributes.failure.message}`);
        else addThinking(event, name, decode(attributes.details?.result)[0]);
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED:
      case EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: {
        const attributes = event.activityTaskFailedEventAttributes ?? event.activityTaskTimedOutEventAttributes;
        const activity = scheduled.get(Number(attributes?.scheduledEventId));
        add(event, 'failure', `${activity?.name ?? 'activity'} failed: ${attributes?.failure?.message ?? 'timed out'}`);
        break;
      }
      case EventType.EVENT_TYPE_TIMER_STARTED: {
        const attributes = event.timerStartedEventAttributes;
        const seconds = Number(attributes?.startToFireTimeout?.seconds ?? 0) + Number(attributes?.startToFireTimeout?.nanos ?? 0) / 1e9;
        const [summary] = decode({ payloads: event.userMetadata?.summary ? [event.userMetadata.summary] : [] });
        const name = typeof summary === 'string' ? summary : `#${attributes?.timerId}`;
        timerNames.set(attributes?.timerId ?? '', name);
        add(event, 'timer', `timer ${name} started (${formatDuration(seconds)})`);
        break;
      }
      case EventType.EVENT_TYPE_TIMER_FIRED: {
        const id = event.timerFiredEventAttributes?.timerId ?? '';
        add(event, 'timer', `timer ${timerNames.get(id) ?? `#${id}`} fired`);
        break;
      }
      case EventType.EVENT_TYPE_TIMER_CANCELED: {
        const id = event.timerCanceledEventAttributes?.timerId ?? '';
        add(event, 'timer', `timer ${timerNames.get(id) ?? `#${id}`} cancelled`);
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
        trail.status = 'CONTINUED_AS_NEW';
        add(event, 'run', 'continued as new (history grew long); the next run carries the state');
        break;
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
        trail.status = 'COMPLETED';
        add(event, 'run', 'workflow completed');
        break;
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
        trail.status = 'FAILED';
        add(event, 'run', `workflow failed: ${event.workflowExecutionFailedEventAttributes?.failure?.message}`);
        break;
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED:
        trail.status = 'TERMINATED';
        add(event, 'run', `workflow terminated: ${event.workflowExecutionTerminatedEventAttributes?.reason ?? ''}`);
        break;
      case EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED:
        add(event, 'failure', `workflow task failed: ${event.workflowTaskFailedEventAttributes?.failure?.message}`);
        break;
      default:
        break;
    }
  }
  return trail;
}

function formatDuration(seconds: number): string {
  const trim = (value: number) => String(Number(value.toFixed(1)));
  if (seconds >= 3600) return `${trim(seconds / 3600)} h`;
  if (seconds >= 60) return `${trim(seconds / 60)} min`;
  return `${trim(seconds)} s`;
}

/** The trail as lines a person reads in a terminal. */
export function formatAuditTrail(trail: AuditTrail): string {
  const header = `${trail.workflowId} · flow version ${trail.flowVersion ?? '?'} · ${trail.status}`;
  const lines = trail.entries.map((entry) => `${entry.at.replace('T', ' ').replace('Z', '')}  ${entry.kind.padEnd(10)} ${entry.text}`);
  return [header, ...lines].join('\n');
}
