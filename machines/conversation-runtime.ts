import { initialTransition, transition } from 'xstate';
import { compileFlow, type ConversationMachine } from './compile-flow';
import { CONVERSATION_ACTION_TYPES, type ConversationAction } from './conversation-actions';
import { ConversationEventSchema, type ConversationEvent } from './conversation-events';
import { viewOf, type ConversationSnapshot, type ConversationView } from './conversation-view';
import { explainIgnoredEvent } from './explain-ignored-event';
import type { Flow } from './flow-schema';
import type { TriggerType } from './trigger-types';

/**
 * The conversation runtime the Temporal workflow, the studio simulator and the backtester
 * share. Pure, JSON in and out: feed an event and a snapshot, get the next snapshot and the
 * actions to run, in order. Nothing here reads a clock or does I/O.
 */
export interface StepResult {
  snapshot: ConversationSnapshot;
  view: ConversationView;
  actions: ConversationAction[];
  /** Null when the conversation stayed in the same node. */
  transition: { from: string; to: string; triggerId: string | null; triggerType: TriggerType | null } | null;
  /** Set when the event had no effect, with the reason; never silently dropped. */
  ignored: { reason: string } | null;
}

export type CanApply = { ok: true } | { ok: false; reason: string };

type MachineSnapshot = ReturnType<ConversationMachine['resolveState']>;

/**
 * Compiling a flow takes milliseconds, and a conversation applies many events to the same flow
 * (a backtest, thousands), so machines are kept per flow object. Callers treat a flow handed to
 * the runtime as immutable: edit a copy.
 */
const compiled = new WeakMap<Flow, ConversationMachine>();
function machineFor(flow: Flow): ConversationMachine {
  let machine = compiled.get(flow);
  if (!machine) {
    machine = compileFlow(flow);
    compiled.set(flow, machine);
  }
  return machine;
}

export function startConversation(flow: Flow, input: { conversationId: string; at: string }): StepResult {
  const machine = machineFor(flow);
  const [next, executed] = initialTransition(machine, { ...input, flowVersion: flow.version });
  return finish(flow, machine, null, next, executed);
}

export function applyEvent(flow: Flow, snapshot: ConversationSnapshot, event: ConversationEvent): StepResult {
  const parsed = ConversationEventSchema.safeParse(event);
  if (!parsed.success) return unchanged(flow, snapshot, `invalid event: ${describeZodError(parsed.error.issues)}`);
  const machine = machineFor(flow);
  const current = restore(machine, flow, snapshot);
  if (!current.can(parsed.data)) return unchanged(flow, snapshot, explainIgnoredEvent(flow, snapshot, parsed.data));
  const [next, executed] = transition(machine, current, parsed.data);
  return finish(flow, machine, current, next, executed);
}

/** For Temporal update validators: would this event be accepted, and if not, why not. */
export function canApply(flow: Flow, snapshot: ConversationSnapshot, event: ConversationEvent): CanApply {
  const parsed = ConversationEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, reason: `invalid event: ${describeZodError(parsed.error.issues)}` };
  const current = restore(machineFor(flow), flow, snapshot);
  return current.can(parsed.data) ? { ok: true } : { ok: false, reason: explainIgnoredEvent(flow, snapshot, parsed.data) };
}

export { viewOf };

function restore(machine: ConversationMachine, flow: Flow, snapshot: ConversationSnapshot): MachineSnapshot {
  if (snapshot.context.flowVersion !== flow.version) {
    throw new Error(
      `Conversation ${snapshot.context.conversationId} is pinned to flow version ${snapshot.context.flowVersion}; it cannot run on version ${flow.version}.`,
    );
  }
  if (!flow.nodes.some((node) => node.id === snapshot.value)) {
    throw new Error(`Conversation is in "${snapshot.value}", which flow version ${flow.version} does not have.`);
  }
  return machine.resolveState({ value: snapshot.value, context: snapshot.context });
}

function finish(
  flow: Flow,
  machine: ConversationMachine,
  previous: MachineSnapshot | null,
  next: MachineSnapshot,
  executed: ReadonlyArray<{ type: string; params?: unknown }>,
): StepResult {
  const snapshot = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(next))) as ConversationSnapshot;
  const from = previous ? String(previous.value) : null;
  const to = String(next.value);
  const lastTrigger = next.context.lastTrigger;
  return {
    snapshot,
    view: viewOf(flow, snapshot),
    actions: withoutCancelledTimers(toConversationActions(executed)),
    transition: from !== null && from !== to ? { from, to, triggerId: lastTrigger?.edgeId ?? null, triggerType: lastTrigger?.type ?? null } : null,
    ignored: null,
  };
}

function unchanged(flow: Flow, snapshot: ConversationSnapshot, reason: string): StepResult {
  return { snapshot, view: viewOf(flow, snapshot), actions: [], transition: null, ignored: { reason } };
}

const ACTION_TYPES = new Set<string>(CONVERSATION_ACTION_TYPES);

function toConversationActions(executed: ReadonlyArray<{ type: string; params?: unknown }>): ConversationAction[] {
  return executed
    .filter((action) => ACTION_TYPES.has(action.type))
    .map((action) => ({ type: action.type, ...(action.params as object | undefined) }) as ConversationAction);
}

/** A timer started and cancelled within one step never needs to exist. */
function withoutCancelledTimers(actions: ConversationAction[]): ConversationAction[] {
  const started = new Set(actions.flatMap((action) => (action.type === 'startTimer' ? [action.timerId] : [])));
  const stillborn = new Set(actions.flatMap((action) => (action.type === 'cancelTimer' && started.has(action.timerId) ? [action.timerId] : [])));
  return actions.filter((action) => !((action.type === 'startTimer' || action.type === 'cancelTimer') && stillborn.has(action.timerId)));
}

function describeZodError(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || 'event'}: ${issue.message}`).join('; ');
}
