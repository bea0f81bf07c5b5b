import type { ConversationContext } from './conversation-context';
import { allOf, type ActionRef, type GuardRef, type TransitionSpec } from './conversation-setup';
import type { FlowEdge, FlowNode } from './flow-schema';
import { HANDOFF_NOTICE_FOR_CUSTOMER, messages } from './system-messages';
import { TRIGGERS } from './triggers';
import type { TriggerDefinition } from './triggers/trigger-definition';
import { capitalise } from './triggers/trigger-params';

/**
 * The transition(s) one flow edge compiles to. `before` runs right after the event time is
 * recorded (the trigger's own bookkeeping, such as storing the analysis); `after` runs last
 * (such as asking for analysis once a resolved conversation reopens).
 *
 * Entering a queue from elsewhere escalates: the reason is recorded, the workflow is asked to
 * escalate, summarise for the handoff and notify agents, and both sides get a note. A
 * conversation already escalated (back from an off-hours node, or put back by an agent) is only
 * re-announced, so the original reason stays.
 */
export function edgeTransitions(
  edge: FlowEdge,
  source: FlowNode,
  target: FlowNode,
  guard: GuardRef | undefined,
  before: ActionRef[],
  after: ActionRef[] = [],
): TransitionSpec[] {
  const stays = edge.target === edge.source;
  const move = stays ? {} : { target: edge.target };
  // Handing back to the AI resets the counts first, so the message that reopens counts as turn 1.
  const common: ActionRef[] = ['recordEventTime'];
  if (target.kind === 'ai' && source.kind !== 'ai') common.push('handBackToAi');
  if (source.kind === 'ai' && target.kind !== 'ai') common.push('forgetPendingStep');
  common.push(...before, { type: 'noteTrigger', params: { edgeId: edge.id, type: edge.trigger.type } });
  // A queue routes to the edge's team, else its own; with neither, the conversation keeps its team (a requeue stays with it).
  const team = target.kind === 'queue' ? (edge.effects?.team ?? target.team) : undefined;
  if (team !== undefined) common.push({ type: 'rememberTeam', params: { team } });

  const entersQueue = target.kind === 'queue' && source.kind !== 'queue';
  const effects: ActionRef[] = [...(definitionOf(edge).effects?.(edge.trigger.params, edge, source, target) ?? [])];
  if (edge.effects?.priority) {
    effects.push({ type: 'rememberPriority', params: { priority: edge.effects.priority } });
    effects.push({ type: 'setPriority', params: { priority: edge.effects.priority } });
    // In the thread too, so agents see why the conversation moved up their list.
    effects.push({ type: 'postSystemMessage', params: { text: messages.prioritySet(edge.effects.priority), audience: 'agents' } });
  }
  if (edge.effects?.agentMessage) {
    effects.push({ type: 'postSystemMessage', params: { text: edge.effects.agentMessage, audience: 'agents' } });
  }
  if (edge.effects?.customerMessage && !entersQueue) {
    effects.push({ type: 'postSystemMessage', params: { text: edge.effects.customerMessage, audience: 'customer' } });
  }
  // The agent's name is still needed by the messages above; the assignment ends last.
  const leaving: ActionRef[] = source.kind === 'human' && !stays ? ['clearAssignee'] : [];
  const withGuard = (spec: Omit<TransitionSpec, 'guard'>, extra?: GuardRef): TransitionSpec => {
    const combined = guard && extra ? allOf(guard, extra) : (guard ?? extra);
    return combined ? { ...spec, guard: combined } : spec;
  };

  if (!entersQueue) return [withGuard({ ...move, actions: [...common, ...effects, ...leaving, ...after] })];
  const escalate = withGuard({ ...move, actions: [...common, ...escalationActions(edge), ...effects, ...leaving, ...after] });
  // From an AI node the conversation is never escalated already: hand-back clears it.
  if (source.kind === 'ai') return [escalate];
  return [withGuard({ ...move, actions: [...common, ...requeueActions(edge), ...effects, ...leaving, ...after] }, 'isEscalated'), escalate];
}

/** The trigger module of an edge, with its params as that module's schema parsed them. */
const definitionOf = (edge: FlowEdge): TriggerDefinition => TRIGGERS[edge.trigger.type];

/** Why a conversation left the AI, completing "Escalated to a human because …". */
const causeOf = (edge: FlowEdge) => (context: ConversationContext) =>
  definitionOf(edge).wording.cause(edge.trigger.params, context.lastCustomerMessage?.text ?? null);

/** A standalone headline for the agents' notification, e.g. "Customer asked for a person". */
function headlineOf(edge: FlowEdge, context: ConversationContext): string {
  const { wording } = definitionOf(edge);
  const customerText = context.lastCustomerMessage?.text ?? null;
  return wording.headline?.(edge.trigger.params, customerText) ?? capitalise(wording.cause(edge.trigger.params, customerText));
}

function escalationActions(edge: FlowEdge): ActionRef[] {
  const cause = causeOf(edge);
  return [
    { type: 'recordEscalation', params: { reason: edge.trigger.type, triggerId: edge.id } },
    { type: 'escalate', params: { reason: edge.trigger.type, triggerId: edge.id, params: { ...edge.trigger.params } } },
    // The notices come before the summary: a model's summary can take a minute with its retries, and
    // the customer is told a person is coming when the conversation escalates, not when it is written.
    { type: 'postSystemMessage', params: ({ context }) => ({ text: messages.escalated(cause(context)), audience: 'agents' }) },
    { type: 'postSystemMessage', params: { text: edge.effects?.customerMessage ?? HANDOFF_NOTICE_FOR_CUSTOMER, audience: 'customer' } },
    'summarizeForHandoff',
    // The agents' notification carries the summary, so it waits for it.
    { type: 'notifyAgents', params: ({ context }) => ({ reason: headlineOf(edge, context) }) },
  ];
}

function requeueActions(edge: FlowEdge): ActionRef[] {
  const cause = causeOf(edge);
  const actions: ActionRef[] = [
    { type: 'notifyAgents', params: ({ context }) => ({ reason: messages.requeued(cause(context)) }) },
    { type: 'postSystemMessage', params: ({ context }) => ({ text: messages.requeued(cause(context)), audience: 'agents' }) },
  ];
  if (edge.effects?.customerMessage) {
    actions.push({ type: 'postSystemMessage', params: { text: edge.effects.customerMessage, audience: 'customer' } });
  }
  return actions;
}
