import { initialConversationContext } from './conversation-context';
import {
  allOf,
  conversationSetup,
  type ActionRef,
  type GuardRef,
  type StateSpec,
  type TimerEdge,
  type TimerTrigger,
  type TransitionSpec,
} from './conversation-setup';
import { edgeTransitions } from './flow-edge-transitions';
import type { Flow, FlowEdge, FlowNode } from './flow-schema';
import { DEFAULT_EMAIL_PROMPT, messages } from './system-messages';
import { isTimerTrigger } from './trigger-types';
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

function compileNode(node: FlowNode, outgoing: FlowEdge[], nodes: Map<string, FlowNode>): StateSpec {
  const edgesOf = <T extends FlowEdge['trigger']['type']>(type: T) =>
    outgoing.filter((edge): edge is FlowEdge & { trigger: Extract<FlowEdge['trigger'], { type: T }> } => edge.trigger.type === type);
  const take = (edge: FlowEdge, guard: GuardRef | undefined, before: ActionRef[], after: ActionRef[] = []) =>
    edgeTransitions(edge, node, nodes.get(edge.target)!, guard, before, after);

  const timerEdges: TimerEdge[] = outgoing.flatMap((edge) =>
    isTimerTrigger(edge.trigger.type) ? [{ edgeId: edge.id, trigger: edge.trigger as TimerTrigger }] : [],
  );
  // Inactivity means silence, so every message in the node starts those timers over.
  const inactivityTimers = timerEdges.filter((timer) => timer.trigger.type === 'inactivity');
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
    CUSTOMER_MESSAGE: customerMessageTransitions(node, edgesOf('customer_message'), nodes, take, restartInactivity),
    CUSTOMER_ACTION: edgesOf('action').flatMap((edge) => take(edge, { type: 'customerPressed', params: edge.trigger.params }, [])),
    AGENT_CLAIM: edgesOf('agent_claim').flatMap((edge) => take(edge, 'conversationIsUnclaimed', ['assignClaimingAgent'])),
    // Reopening puts the agent who reopens in charge, as a claim does.
    AGENT_REOPEN: edgesOf('agent_reopen').flatMap((edge) => take(edge, 'conversationIsUnclaimed', ['assignClaimingAgent'])),
    AGENT_RELEASE: edgesOf('agent_release').flatMap((edge) => take(edge, 'sentByAssignee', [])),
    RESOLVE: edgesOf('resolve').flatMap((edge) => take(edge, { type: 'resolverMayResolve', params: edge.trigger.params }, [])),
    TIMER_FIRED: timerEdges.flatMap(({ edgeId, trigger }) => {
      const edge = outgoing.find((candidate) => candidate.id === edgeId)!;
      const current: GuardRef = { type: 'timerIsCurrent', params: { edgeId } };
      const consume: ActionRef[] = [{ type: 'consumeTimer', params: { edgeId } }];
      if (trigger.type !== 'business_hours') return take(edge, current, consume);
      return [
        ...take(edge, allOf(current, { type: 'businessHoursConditionHolds', params: trigger.params }), consume),
        // Woke before the hours changed (a daylight-saving shift): wait for the rest.
        { guard: current, actions: ['recordEventTime', { type: 'startTimers', params: { timers: [{ edgeId, trigger }] } }] },
      ];
    }),
  };

  if (node.kind === 'ai') {
    on.ANALYSIS_READY = [
      ...outgoing.flatMap((edge) => {
        const guard = analysisGuard(edge);
        return guard ? take(edge, allOf('analysisIsPending', guard), ['recordAnalysis']) : [];
      }),
      { guard: 'analysisIsPending', actions: ['recordEventTime', 'recordAnalysis', 'awaitAnswer', askForAnswer] },
    ];
    on.ANSWER_READY = [
      ...edgesOf('no_answer').flatMap((edge) =>
        take(edge, allOf('answerIsPending', { type: 'answerNotConfident', params: edge.trigger.params }), ['recordAnswer']),
      ),
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
    on.AGENT_TRANSFER = [{ guard: allOf('sentByAssignee', 'transfersToSomeoneElse'), actions: transferActions() }];
  }
  if (node.kind === 'collect_email') {
    on.EMAIL_PROVIDED = [{ actions: ['recordEventTime', ...thankForEmail(), ...restartInactivity] }];
  }

  // Business-hours edges also fire at once when their condition already holds on entering the
  // node or on any event there; the timer covers a conversation where nothing happens.
  const always = edgesOf('business_hours').flatMap((edge) =>
    take(edge, { type: 'businessHoursConditionHolds', params: edge.trigger.params }, []),
  );
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
    transitions.push(...take(edge, undefined, ['countCustomerMessage'], nodes.get(edge.target)!.kind === 'ai' ? askForAnalysis : []));
  }
  if (node.kind === 'ai') {
    transitions.push({ actions: ['recordEventTime', 'countCustomerMessage', ...askForAnalysis, ...restartInactivity] });
  } else if (node.kind !== 'resolved') {
    // With a person (or waiting for one) the AI stays quiet; the message only counts.
    transitions.push({ actions: ['recordEventTime', 'countCustomerMessage', ...restartInactivity] });
  }
  return transitions;
}

function analysisGuard(edge: FlowEdge): GuardRef | null {
  const { trigger } = edge;
  switch (trigger.type) {
    case 'human_request':
      return { type: 'customerAskedForHuman', params: trigger.params };
    case 'frustration':
      return { type: 'customerIsFrustrated', params: trigger.params };
    case 'keyword':
      return { type: 'watchedKeywordMentioned', params: trigger.params };
    case 'failed_answers':
      return { type: 'answersFailedTooOften', params: trigger.params };
    case 'turns':
      return { type: 'conversationRanLong', params: trigger.params };
    default:
      return null;
  }
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
