import {
  analyzeCustomerMessage,
  applyEvent,
  startConversation,
  type ConversationAction,
  type ConversationEvent,
  type ConversationSnapshot,
  type Flow,
  type StepResult,
} from '../../../../machines';
import { playCustomerTurn } from '../../../../machines/customer-turn';

/**
 * The studio's simulator: a conversation played against the draft flow with the very runtime
 * the Temporal workflow runs (machines/ startConversation/applyEvent and the offline message
 * analysis). No knowledge base runs in the browser, so every answer the AI is asked for comes
 * back with a stand-in confidence the admin sets.
 */

export type SimulatorLine = { kind: 'customer' | 'ai' | 'system' | 'move' | 'ignored' | 'event'; text: string };

export type StandInAnswer = { confidence: number; abstain: boolean };

export type Simulation = {
  snapshot: ConversationSnapshot;
  lines: SimulatorLine[];
  /** The edge behind the latest move, to light up on the graph. */
  firedEdgeId: string | null;
  /** Simulated time: starts now and jumps ahead when a timer is fired. */
  clockMs: number;
  timerDelays: Record<string, number>;
  messages: number;
  customerTexts: string[];
  /** What the machine asked for in the latest step (e.g. analyzeMessage, answerQuestion). */
  lastActions: ConversationAction[];
};

type EventWithoutTime = ConversationEvent extends infer E ? (E extends ConversationEvent ? Omit<E, 'at'> : never) : never;

export const SIMULATED_AGENT = { agentId: 'simulated-agent', agentName: 'Simulated agent' };

export function startSimulation(flow: Flow, now = Date.now()): Simulation {
  const step = startConversation(flow, { conversationId: 'simulation', at: new Date(now).toISOString() });
  return record(
    flow,
    { snapshot: step.snapshot, lines: [], firedEdgeId: null, clockMs: now, timerDelays: {}, messages: 0, customerTexts: [], lastActions: [] },
    step,
    null,
  );
}

/** Applies one event at the simulation's clock and logs what the machine did. */
export function simulateEvent(flow: Flow, simulation: Simulation, event: EventWithoutTime, describe?: string): Simulation {
  const before = simulation.snapshot.context.lastTrigger;
  const step = applyEvent(flow, simulation.snapshot, { ...event, at: new Date(simulation.clockMs).toISOString() } as ConversationEvent);
  const lines = describe ? [...simulation.lines, { kind: 'event' as const, text: describe }] : simulation.lines;
  return record(flow, { ...simulation, lines }, step, before);
}

/**
 * A customer message, handled the way the workflow handles it: the message, its analysis by the
 * offline detectors, then, if the flow asks the AI to answer, a stand-in answer.
 */
export function simulateCustomerMessage(flow: Flow, simulation: Simulation, text: string, standIn: StandInAnswer): Simulation {
  const message = { messageId: `m${simulation.messages + 1}`, text, at: new Date(simulation.clockMs).toISOString() };
  const recent = simulation.customerTexts;
  const turn = playCustomerTurn(flow, simulation.snapshot, message, { analyze: () => analyzeCustomerMessage(text, recent), answer: () => standIn });
  let current: Simulation = {
    ...simulation,
    messages: simulation.messages + 1,
    customerTexts: [...recent, text],
    lines: [...simulation.lines, { kind: 'customer', text: `Customer: ${text}` }],
  };
  current = record(flow, current, turn.message, simulation.snapshot.context.lastTrigger);
  if (turn.analyzed) {
    const { analysis, step } = turn.analyzed;
    const signals = analysis.signals.length ? ` [${analysis.signals.join(', ')}]` : '';
    const line: SimulatorLine = {
      kind: 'event',
      text: `Analysis: asks for a person ${analysis.asksForHuman ? 'yes' : 'no'}, frustration ${analysis.frustration.toFixed(2)}${signals}`,
    };
    current = record(flow, { ...current, lines: [...current.lines, line] }, step, current.snapshot.context.lastTrigger);
  }
  if (turn.answered) current = record(flow, current, turn.answered.step, current.snapshot.context.lastTrigger);
  return current;
}

/** Fires a running timer, moving the simulated clock forward by its delay. */
export function fireTimer(flow: Flow, simulation: Simulation, timerId: string, edgeLabel: string): Simulation {
  const advanced = { ...simulation, clockMs: simulation.clockMs + (simulation.timerDelays[timerId] ?? 0) };
  return simulateEvent(flow, advanced, { type: 'TIMER_FIRED', timerId }, `Timer fired: ${edgeLabel}`);
}

function record(flow: Flow, simulation: Simulation, step: StepResult, triggerBefore: ConversationSnapshot['context']['lastTrigger']): Simulation {
  const lines = [...simulation.lines];
  const timerDelays = { ...simulation.timerDelays };
  const label = (nodeId: string) => flow.nodes.find((node) => node.id === nodeId)?.label ?? nodeId;
  if (step.ignored) lines.push({ kind: 'ignored', text: `Nothing happened: ${step.ignored.reason}` });
  for (const action of step.actions) {
    const line = describeAction(action);
    if (line) lines.push(line);
    if (action.type === 'startTimer') timerDelays[action.timerId] = action.delayMs;
  }
  const triggerAfter = step.snapshot.context.lastTrigger;
  const triggerChanged = triggerAfter && JSON.stringify(triggerAfter) !== JSON.stringify(triggerBefore);
  let firedEdgeId = simulation.firedEdgeId;
  if (step.transition) {
    firedEdgeId = step.transition.triggerId;
    lines.push({
      kind: 'move',
      text: `${label(step.transition.from)} → ${label(step.transition.to)}${step.transition.triggerId ? ` via edge “${step.transition.triggerId}” (${step.transition.triggerType})` : ''}`,
    });
  } else if (triggerChanged) {
    firedEdgeId = triggerAfter.edgeId;
    lines.push({ kind: 'move', text: `Stayed in ${label(step.snapshot.value)} via edge “${triggerAfter.edgeId}” (${triggerAfter.type})` });
  }
  return { ...simulation, snapshot: step.snapshot, lines, firedEdgeId, timerDelays, lastActions: step.actions };
}

function describeAction(action: ConversationAction): SimulatorLine | null {
  switch (action.type) {
    case 'deliverAnswer':
      return { kind: 'ai', text: 'AI answers (stand-in answer: no knowledge base runs in the simulator)' };
    case 'escalate':
      return { kind: 'system', text: `Escalates to a person: reason ${action.reason} (edge “${action.triggerId}”)` };
    case 'postSystemMessage':
      return { kind: 'system', text: `${action.audience === 'customer' ? 'To the customer' : 'To agents'}: ${action.text}` };
    case 'setPriority':
      return { kind: 'system', text: `Priority set to ${action.priority}` };
    case 'notifyAgents':
      return { kind: 'system', text: 'Agents are notified' };
    case 'startTimer':
      return { kind: 'system', text: `Timer ${action.timerId} started (${formatDelay(action.delayMs)})` };
    case 'closeConversation':
      return { kind: 'system', text: `Conversation closed: ${action.reason}` };
    case 'summarizeForHandoff':
      return { kind: 'system', text: 'A handoff summary is written for the agent' };
    default:
      return null;
  }
}

function formatDelay(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}
