import { initialConversationContext } from './conversation-context';
import { allOf, conversationSetup, type ActionRef, type GuardRef, type StateSpec, type TimerEdge, type TransitionSpec } from './conversation-setup';
import { edgeTransitions } from './flow-edge-transitions';
import type { Flow, FlowEdge, FlowNode, NodeKind } from './flow-schema';
import { DEFAULT_EMAIL_PROMPT, messages } from './system-messages';
import { TRIGGERS } from './triggers';
import type { SecondaryTriggerEvent, TriggerDefinition, TriggerEvent } from './triggers/trigger-definition';
import { validateFlow } from './validate-flow';

type MachineStates = NonNullable<Parameters<typeof conversationSetup.createMachine>[0]['states']>;

const byPriority = (a: FlowEdge, b: FlowEdge) => a.priority - b.priority;

/**
 * Compiles a flow to an XState v5 machine: one state per node, one guarded transition per
 * edge, evaluated in the edges' priority order. Pure and uncached: the same flow always yields
 * an equivalent machine, in Node, in the Temporal workflow sandbox and in the browser.
 * Throws when the flow does not validate (validateFlow gives the admin-readable issues).
 */
export function compileFlow(flow: Flow) {
  const { ok, issues } = validateFlow(flow);
  if (!ok) {
    const errors = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
    throw new Error(`Flow version ${flow.version} cannot run: ${errors.join(' ')}`);
  }
  const nodes = new Map(flow.nodes.map((node) => [node.id, node]));
  const states: Record<string, StateSpec> = {};
  for (const node of flow.nodes) {
    const outgoing = flow.edges.filter((edge) => edge.source === node.id).sort(byPriority);
    states[node.id] = compileNode(node, outgoing, nodes);
  }
  return conversationSetup.createMachine({
    id: 'conversation',
    context: ({ input }) => initialConversationContext(input),
    initial: flow.nodes.find((node) => node.initial)!.id,
    // Assembled at runtime from the flow, so XState cannot check it; ActionRef and GuardRef do.
    states: states as unknown as MachineStates,
  });
}

export type ConversationMachine = ReturnType<typeof compileFlow>;

/** The trigger module of an edge, with its params as that module's schema parsed them. */
const definitionOf = (edge: FlowEdge): TriggerDefinition => TRIGGERS[edge.trigger.type];

/** Events whose edges only need their trigger's condition and bookkeeping. */
const PLAIN_EVENTS = ['CUSTOMER_ACTION', 'AGENT_CLAIM', 'AGENT_REOPEN', 'AGENT_RELEASE', 'RESOLVE'] as const satisfies readonly TriggerEvent[];
/** Events edges fire on besides their trigger's own (TriggerDefinition.alsoFiresOn), and the kind of node they are compiled in. */
const SECONDARY_EVENTS = { AGENT_UNAVAILABLE: 'human', ANSWER_RATED: 'ai' } as const satisfies Record<SecondaryTriggerEvent, NodeKind>;

function compileNode(node: FlowNode, outgoing: FlowEdge[], nodes: Map<string, FlowNode>): StateSpec {
  const edgesOn = (event: TriggerEvent) => outgoing.filter((edge) => definitionOf(edge).event === event);
  const take = (edge: FlowEdge, guard: GuardRef | undefined, before: ActionRef[], after: ActionRef[] = []) =>
    edgeTransitions(edge, node, nodes.get(edge.target)!, guard, before, after);
  const conditionOf = (edge: FlowEdge) => definitionOf(edge).guard?.(edge.trigger.params);
  // An analysis or an answer is only judged while the AI waits for it, and is recorded either way.
  const takeOn = (edge: FlowEdge, step?: { pending: GuardRef; record: ActionRef }) => {
    const condition = conditionOf(edge);
    const guard = step && condition ? allOf(step.pending, condition) : (step?.pending ?? condition);
    return take(edge, guard, [...(step ? [step.record] : []), ...(definitionOf(edge).before ?? [])]);
  };

  const timerEdges: TimerEdge[] = outgoing.flatMap((edge) => (definitionOf(edge).timer ? [{ edgeId: edge.id, trigger: edge.trigger }] : []));
  const inactivityTimers = timerEdges.filter((timer) => TRIGGERS[timer.trigger.type].timer?.restartsOnActivity);
  const restartInactivity: ActionRef[] = inactivityTimers.length
    ? [
        { type: 'cancelTimers', params: { edgeIds: inactivityTimers.map((timer) => timer.edgeId) } },
        { type: 'startTimers', params: { timers: inactivityTimers } },
      ]
    : [];

  const entry: ActionRef[] = [];
  if (node.kind === 'message' || node.kind === 'collect_email') {
    entry.push({ type: 'postSystemMessage', params: { text: node.text ?? DEFAULT_EMAIL_PROMPT, audience: 'customer' } });
  }
  if (timerEdges.length) entry.push({ type: 'startTimers', params: { timers: timerEdges } });
  // Timers belong to the node: leaving it cancels whatever has not fired.
  const exit: ActionRef[] = timerEdges.length ? [{ type: 'cancelTimers', params: { edgeIds: timerEdges.map((timer) => timer.edgeId) } }] : [];

  const on: StateSpec['on'] = {
    CUSTOMER_MESSAGE: customerMessageTransitions(node, edgesOn('CUSTOMER_MESSAGE'), nodes, take, restartInactivity),
    TIMER_FIRED: timerEdges.flatMap(({ edgeId, trigger }) => {
      const edge = outgoing.find((candidate) => candidate.id === edgeId)!;
      const current: GuardRef = { type: 'timerIsCurrent', params: { edgeId } };
      const consume: ActionRef[] = [{ type: 'consumeTimer', params: { edgeId } }];
      const condition = definitionOf(edge).timer?.condition?.(trigger.params);
      const guard = conditionOf(edge);
      const ready = condition ? allOf(current, condition) : current;
      return [
        ...take(edge, guard ? allOf(ready, guard) : ready, consume),
        // Due, but the trigger's guard says no (an agent who already answered): the timer is spent,
        // and the next message in the node starts it again.
        ...(guard ? [{ guard: ready, actions: ['recordEventTime', ...consume] } satisfies TransitionSpec] : []),
        // Woke before the condition changed (a daylight-saving shift): wait for the rest.
        ...(condition
          ? [{ guard: current, actions: ['recordEventTime', { type: 'startTimers', params: { timers: [{ edgeId, trigger }] } }] } satisfies TransitionSpec]
          : []),
      ];
    }),
  };
  for (const event of PLAIN_EVENTS) on[event] = edgesOn(event).flatMap((edge) => takeOn(edge));

  if (node.kind === 'ai') {
    on.ANALYSIS_READY = [
      ...edgesOn('ANALYSIS_READY').flatMap((edge) => takeOn(edge, { pending: 'analysisIsPending', record: 'recordAnalysis' })),
      { guard: 'analysisIsPending', actions: ['recordEventTime', 'recordAnalysis', 'awaitAnswer', askForAnswer] },
    ];
    on.ANSWER_READY = [
      ...edgesOn('ANSWER_READY').flatMap((edge) => takeOn(edge, { pending: 'answerIsPending', record: 'recordAnswer' })),
      {
        guard: 'answerIsPending',
        actions: [
          'recordEventTime',
          'recordAnswer',
          { type: 'deliverAnswer', params: ({ event }) => ({ messageId: event.type === 'ANSWER_READY' ? event.messageId : '' }) },
        ],
      },
    ];
  }

  if (node.kind === 'human') {
    on.AGENT_MESSAGE = [{ guard: 'sentByAssignee', actions: ['recordEventTime', 'countAgentMessage', ...restartInactivity] }];
    const transferTimers = timerEdges.filter((timer) => TRIGGERS[timer.trigger.type].timer?.restartsOnTransfer);
    const restartOnTransfer: ActionRef[] = transferTimers.length
      ? [
          { type: 'cancelTimers', params: { edgeIds: transferTimers.map((timer) => timer.edgeId) } },
          { type: 'startTimers', params: { timers: transferTimers } },
        ]
      : [];
    on.AGENT_TRANSFER = [{ guard: allOf('sentByAssignee', 'transfersToSomeoneElse'), actions: [...transferActions(), ...restartOnTransfer] }];
  }
  // Edges that also fire on another event (an assignee going away, a rated answer).
  for (const [event, kind] of Object.entries(SECONDARY_EVENTS) as [SecondaryTriggerEvent, NodeKind][]) {
    if (node.kind !== kind) continue;
    on[event] = outgoing.flatMap((edge) => {
      const { alsoFiresOn, before } = definitionOf(edge);
      const counts: ActionRef[] = event === 'ANSWER_RATED' ? ['countRejectedAnswer'] : [];
      return alsoFiresOn?.event === event ? take(edge, alsoFiresOn.guard(edge.trigger.params), [...(before ?? []), ...counts]) : [];
    });
  }
  // A "No" that moves nothing still counts toward the next failed_answers check.
  if (node.kind === 'ai') (on.ANSWER_RATED ??= []).push({ guard: 'answerRejected', actions: ['recordEventTime', 'countRejectedAnswer'] });
  if (node.kind === 'collect_email') {
    on.EMAIL_PROVIDED = [{ actions: ['recordEventTime', ...thankForEmail(), ...restartInactivity] }];
  }

  // A timer with a condition also fires at once when the condition already holds on entering the
  // node or on any event there; the timer covers a conversation where nothing happens.
  const always = timerEdges.flatMap(({ edgeId, trigger }) => {
    const edge = outgoing.find((candidate) => candidate.id === edgeId)!;
    const condition = definitionOf(edge).timer?.condition?.(trigger.params);
    const guard = conditionOf(edge);
    return condition ? take(edge, guard ? allOf(condition, guard) : condition, []) : [];
  });
  return { entry, exit, on, ...(always.length ? { always } : {}) };
}

function customerMessageTransitions(
  node: FlowNode,
  reopening: FlowEdge[],
  nodes: Map<string, FlowNode>,
  take: (edge: FlowEdge, guard: GuardRef | undefined, before: ActionRef[], after?: ActionRef[]) => TransitionSpec[],
  restartInactivity: ActionRef[],
): TransitionSpec[] {
  const transitions: TransitionSpec[] = [];
  // Off hours, customers often just type their address instead of using the form.
  if (node.kind === 'collect_email') {
    transitions.push({ guard: 'messageContainsEmail', actions: ['recordEventTime', 'countCustomerMessage', ...thankForEmail(), ...restartInactivity] });
  }
  for (const edge of reopening) {
    const definition = definitionOf(edge);
    const after = nodes.get(edge.target)!.kind === 'ai' ? askForAnalysis : [];
    transitions.push(...take(edge, definition.guard?.(edge.trigger.params), [...(definition.before ?? [])], after));
  }
  if (node.kind === 'ai') {
    transitions.push({ actions: ['recordEventTime', 'countCustomerMessage', ...askForAnalysis, ...restartInactivity] });
  } else if (node.kind !== 'resolved') {
    // With a person (or waiting for one) the AI stays quiet; the message only counts.
    transitions.push({ actions: ['recordEventTime', 'countCustomerMessage', ...restartInactivity] });
  }
  return transitions;
}

const lastMessage = ({ context }: { context: { lastCustomerMessage: { messageId: string; text: string } | null } }) => ({
  messageId: context.lastCustomerMessage?.messageId ?? '',
  text: context.lastCustomerMessage?.text ?? '',
});
const askForAnalysis: ActionRef[] = ['awaitAnalysis', { type: 'analyzeMessage', params: lastMessage }];
const askForAnswer: ActionRef = { type: 'answerQuestion', params: lastMessage };

function thankForEmail(): ActionRef[] {
  return [
    'rememberContactEmail',
    { type: 'saveContactEmail', params: ({ context }) => ({ email: context.contactEmail ?? '' }) },
    { type: 'postSystemMessage', params: ({ context }) => ({ text: messages.emailThanks(context.contactEmail ?? ''), audience: 'customer' }) },
  ];
}

function transferActions(): ActionRef[] {
  const toName = (event: { type: string; toAgentName?: string }) => (event.type === 'AGENT_TRANSFER' ? (event.toAgentName ?? '') : '');
  return [
    'recordEventTime',
    {
      type: 'postSystemMessage',
      params: ({ context, event }) => ({ text: messages.transferred(context.assignee?.name ?? 'an agent', toName(event)), audience: 'agents' }),
    },
    { type: 'postSystemMessage', params: ({ event }) => ({ text: messages.transferredForCustomer(toName(event)), audience: 'customer' }) },
    'assignTransferee',
    { type: 'notifyAgents', params: ({ event }) => ({ reason: `Transferred to ${toName(event)}` }) },
  ];
}
