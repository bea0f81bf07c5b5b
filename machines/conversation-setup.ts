import { and, assign, enqueueActions, setup } from 'xstate';
import type { ConversationAction } from './conversation-actions';
import { assigneeHasReplied, assigneeOwesReply, type ConversationContext, type ConversationInput } from './conversation-context';
import type { ConversationEvent } from './conversation-events';
import type { FlowTrigger } from './flow-schema';
import { TRIGGERS, type TriggerType } from './triggers';
import type { TriggerDefinition } from './triggers/trigger-definition';
import type { Priority } from './triggers/trigger-params';

/**
 * The vocabulary every compiled flow is made of: named actions (the workflow's work, and the
 * machine's memory) and named guards, following the `setup({ actions, guards })` style of XState v5.
 * Each trigger's own condition comes from its module in machines/triggers/, built from the edge's params.
 */

export type ActionParams<T extends ConversationAction['type']> = Omit<Extract<ConversationAction, { type: T }>, 'type'>;
export interface TimerEdge {
  edgeId: string;
  /** A trigger whose module declares a timer. */
  trigger: FlowTrigger;
}

/** Declared for XState; the workflow performs it when `transition()` hands it back. */
function performedByWorkflow<T extends ConversationAction['type']>() {
  return (_: unknown, _params: ActionParams<T>) => {};
}

export const EMAIL_PATTERN = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;

/** The event's own time; XState's init event has none, so fall back to the last one seen. */
export const eventTime = (event: object, context: ConversationContext): string =>
  'at' in event && typeof event.at === 'string' ? event.at : context.lastEventAt;

function timerDelayMs(trigger: FlowTrigger, at: string): number | null {
  // The params were parsed by this type's own schema, so its timer reads them.
  const definition: TriggerDefinition = TRIGGERS[trigger.type];
  return definition.timer ? definition.timer.delayMs(trigger.params, at) : null;
}

type TimerAction = { type: 'startTimer'; params: ActionParams<'startTimer'> } | { type: 'cancelTimer'; params: ActionParams<'cancelTimer'> };

const conversationActions = {
  analyzeMessage: performedByWorkflow<'analyzeMessage'>(),
  answerQuestion: performedByWorkflow<'answerQuestion'>(),
  deliverAnswer: performedByWorkflow<'deliverAnswer'>(),
  escalate: performedByWorkflow<'escalate'>(),
  summarizeForHandoff: performedByWorkflow<'summarizeForHandoff'>(),
  notifyAgents: performedByWorkflow<'notifyAgents'>(),
  postSystemMessage: performedByWorkflow<'postSystemMessage'>(),
  setPriority: performedByWorkflow<'setPriority'>(),
  startTimer: performedByWorkflow<'startTimer'>(),
  cancelTimer: performedByWorkflow<'cancelTimer'>(),
  closeConversation: performedByWorkflow<'closeConversation'>(),
  saveContactEmail: performedByWorkflow<'saveContactEmail'>(),

  recordEventTime: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>({
    lastEventAt: ({ event, context }) => eventTime(event, context),
  }),
  countCustomerMessage: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ context, event }) =>
    event.type === 'CUSTOMER_MESSAGE' ? { turns: context.turns + 1, lastCustomerMessage: { messageId: event.messageId, text: event.text, at: event.at } } : {},
  ),
  awaitAnalysis: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ context }) => ({
    pendingStep: context.lastCustomerMessage ? { step: 'analysis' as const, messageId: context.lastCustomerMessage.messageId } : null,
  })),
  recordAnalysis: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ context, event }) =>
    event.type === 'ANALYSIS_READY'
      ? {
          lastAnalysis: event.analysis,
          failedAnswers: context.failedAnswers + (event.analysis.saysNotHelpful ? 1 : 0),
          pendingStep: null,
        }
      : {},
  ),
  awaitAnswer: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ event }) =>
    event.type === 'ANALYSIS_READY' ? { pendingStep: { step: 'answer' as const, messageId: event.messageId } } : {},
  ),
  /** "No" under an AI answer counts like "that didn't help" in words. */
  countRejectedAnswer: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ context, event }) =>
    event.type === 'ANSWER_RATED' && !event.helpful ? { failedAnswers: context.failedAnswers + 1 } : {},
  ),
  recordAnswer: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ event }) =>
    event.type === 'ANSWER_READY' ? { lastAnswerConfidence: event.abstain ? 0 : event.confidence, pendingStep: null } : {},
  ),
  forgetPendingStep: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>({ pendingStep: null }),
  noteTrigger: assign<ConversationContext, ConversationEvent, { edgeId: string; type: TriggerType }, ConversationEvent, never>(
    ({ context, event }, params) => ({ lastTrigger: { ...params, at: eventTime(event, context) } }),
  ),
  recordEscalation: assign<ConversationContext, ConversationEvent, { reason: TriggerType; triggerId: string }, ConversationEvent, never>(
    ({ context, event }, params) => ({ escalation: { ...params, at: eventTime(event, context) } }),
  ),
  // A new assignee owes the customer a reply from now on; whoever was passed over no longer matters.
  assignClaimingAgent: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ event }) =>
    event.type === 'AGENT_CLAIM' || event.type === 'AGENT_REOPEN'
      ? { assignee: { id: event.agentId, name: event.agentName }, assignedAt: event.at, agentRepliedAt: null, requeuedFrom: null }
      : {},
  ),
  assignTransferee: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ event }) =>
    event.type === 'AGENT_TRANSFER'
      ? { assignee: { id: event.toAgentId, name: event.toAgentName }, assignedAt: event.at, agentRepliedAt: null, requeuedFrom: null }
      : {},
  ),
  clearAssignee: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>({
    assignee: null,
    assignedAt: null,
    agentRepliedAt: null,
  }),
  countAgentMessage: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ context, event }) => ({
    agentMessages: context.agentMessages + 1,
    agentRepliedAt: eventTime(event, context),
  })),
  /** The assignee is about to lose the conversation for not answering: routing offers it to someone else first. */
  rememberRequeuedFrom: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ context }) => ({
    requeuedFrom: context.assignee?.id ?? null,
  })),
  rememberTeam: assign<ConversationContext, ConversationEvent, { team: string }, ConversationEvent, never>((_, params) => ({ team: params.team })),
  // The AI starts afresh: old counts and an old escalation would fire or mislead at once.
  handBackToAi: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>({
    turns: 0,
    failedAnswers: 0,
    escalation: null,
    priority: 'normal',
    pendingStep: null,
    team: null,
    requeuedFrom: null,
  }),
  rememberPriority: assign<ConversationContext, ConversationEvent, { priority: Priority }, ConversationEvent, never>((_, params) => ({
    priority: params.priority,
  })),
  rememberContactEmail: assign<ConversationContext, ConversationEvent, undefined, ConversationEvent, never>(({ event }) => {
    if (event.type === 'EMAIL_PROVIDED') return { contactEmail: event.email };
    if (event.type === 'CUSTOMER_MESSAGE') return { contactEmail: EMAIL_PATTERN.exec(event.text)?.[0] ?? null };
    return {};
  }),
  startTimers: enqueueActions<ConversationContext, ConversationEvent, { timers: TimerEdge[] }, ConversationEvent, never, TimerAction, never>(
    ({ context, event, enqueue }, params) => {
      const at = eventTime(event, context);
      const timers = { ...context.timers };
      let started = context.timersStarted;
      for (const { edgeId, trigger } of params.timers) {
        const delayMs = timerDelayMs(trigger, at);
        if (delayMs === null) continue;
        started += 1;
        const timerId = `${edgeId}#${started}`;
        timers[edgeId] = timerId;
        enqueue({ type: 'startTimer', params: { timerId, delayMs: Math.max(0, delayMs) } });
      }
      enqueue.assign({ timers, timersStarted: started });
    },
  ),
  cancelTimers: enqueueActions<ConversationContext, ConversationEvent, { edgeIds: string[] }, ConversationEvent, never, TimerAction, never>(
    ({ context, event, enqueue }, params) => {
      const timers = { ...context.timers };
      for (const edgeId of params.edgeIds) {
        const timerId = Object.hasOwn(timers, edgeId) ? timers[edgeId] : undefined;
        if (timerId === undefined) continue;
        delete timers[edgeId];
        // Exit actions run before the transition's own: the timer that just fired is spent, not cancelled.
        if (event.type === 'TIMER_FIRED' && event.timerId === timerId) continue;
        enqueue({ type: 'cancelTimer', params: { timerId } });
      }
      enqueue.assign({ timers });
    },
  ),
  // A fired timer is spent: nothing to cancel when the state is left.
  consumeTimer: assign<ConversationContext, ConversationEvent, { edgeId: string }, ConversationEvent, never>(({ context }, params) => {
    const timers = { ...context.timers };
    delete timers[params.edgeId];
    return { timers };
  }),
};

/** What a guard reads: the machine's memory and the event being handled. */
export type GuardArgs = { context: ConversationContext; event: ConversationEvent };

const conversationGuards = {
  analysisIsPending: ({ context, event }: GuardArgs) =>
    event.type === 'ANALYSIS_READY' && context.pendingStep?.step === 'analysis' && context.pendingStep.messageId === event.messageId,
  answerIsPending: ({ context, event }: GuardArgs) =>
    event.type === 'ANSWER_READY' && context.pendingStep?.step === 'answer' && context.pendingStep.messageId === event.messageId,
  conversationIsUnclaimed: ({ context }: GuardArgs) => context.assignee === null,
  sentByAssignee: ({ context, event }: GuardArgs) =>
    'agentId' in event && event.agentId !== undefined && context.assignee !== null && event.agentId === context.assignee.id,
  transfersToSomeoneElse: ({ context, event }: GuardArgs) => event.type === 'AGENT_TRANSFER' && event.toAgentId !== context.assignee?.id,
  timerIsCurrent: ({ context, event }: GuardArgs, params: { edgeId: string }) =>
    // Own entries only: an edge id from the flow ("constructor") must not find Object.prototype's members.
    event.type === 'TIMER_FIRED' && Object.hasOwn(context.timers, params.edgeId) && context.timers[params.edgeId] === event.timerId,
  messageContainsEmail: ({ event }: GuardArgs) => event.type === 'CUSTOMER_MESSAGE' && EMAIL_PATTERN.test(event.text),
  isEscalated: ({ context }: GuardArgs) => context.escalation !== null,
  answerRejected: ({ event }: GuardArgs) => event.type === 'ANSWER_RATED' && !event.helpful,
  assigneeOwesReply: ({ context }: GuardArgs) => assigneeOwesReply(context),
  /** The assignee went away or offline without having written to the customer since they were given the conversation. */
  assigneeLeftWithoutReplying: ({ context, event }: GuardArgs) =>
    event.type === 'AGENT_UNAVAILABLE' && context.assignee !== null && event.agentId === context.assignee.id && !assigneeHasReplied(context),
};

export const conversationSetup = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
  },
  actions: conversationActions,
  guards: conversationGuards,
});

// --- Checked references for configs assembled at runtime from a flow ---

type Dynamic<P> = P | ((args: { context: ConversationContext; event: ConversationEvent }) => P);
type ActionParamsByName = {
  [K in ConversationAction['type']]: ActionParams<K>;
} & {
  noteTrigger: { edgeId: string; type: TriggerType };
  recordEscalation: { reason: TriggerType; triggerId: string };
  rememberPriority: { priority: Priority };
  rememberTeam: { team: string };
  startTimers: { timers: TimerEdge[] };
  cancelTimers: { edgeIds: string[] };
  consumeTimer: { edgeId: string };
};
type ActionName = keyof typeof conversationActions;
type ParamlessAction = { [K in ActionName]: K extends keyof ActionParamsByName ? (keyof ActionParamsByName[K] extends never ? K : never) : K }[ActionName];

/** An action in a compiled flow: its name, or its name and (possibly computed) params. */
export type ActionRef = ParamlessAction | { [K in keyof ActionParamsByName]: { type: K; params: Dynamic<ActionParamsByName[K]> } }[keyof ActionParamsByName];

type GuardName = keyof typeof conversationGuards;
type GuardParameters<K extends GuardName> = Parameters<(typeof conversationGuards)[K]>;
type ParamlessGuard = { [K in GuardName]: GuardParameters<K>['length'] extends 1 ? K : never }[GuardName];
declare const combined: unique symbol;
type CombinedGuard = { readonly [combined]: true };

/** A trigger's own condition, closed over its edge's params (machines/triggers/). */
export type TriggerCondition = (args: GuardArgs) => boolean;

/** A guard in a compiled flow: its name, its name and params, a trigger's condition, or several that must all hold. */
export type GuardRef =
  | ParamlessGuard
  | TriggerCondition
  | { [K in Exclude<GuardName, ParamlessGuard>]: { type: K; params: GuardParameters<K>[1] } }[Exclude<GuardName, ParamlessGuard>]
  | CombinedGuard;

export function allOf(...guards: GuardRef[]): GuardRef {
  return and(guards as never) as unknown as CombinedGuard;
}

export interface TransitionSpec {
  target?: string;
  guard?: GuardRef;
  actions: ActionRef[];
}

export interface StateSpec {
  entry: ActionRef[];
  exit: ActionRef[];
  on: Partial<Record<ConversationEvent['type'], TransitionSpec[]>>;
  always?: TransitionSpec[];
}
