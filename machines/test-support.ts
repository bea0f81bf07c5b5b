import type { ConversationEvent } from './conversation-events';
import { applyEvent, startConversation, type StepResult } from './conversation-runtime';
import { playCustomerTurn } from './customer-turn';
import type { ConversationSnapshot } from './conversation-view';
import { analyzeCustomerMessage } from './detectors/analyze-customer-message';
import type { EdgeEffects, Flow, FlowEdge, FlowNode, NodeKind } from './flow-schema';
import type { MessageAnalysis } from './message-analysis';
import { DEFAULT_TRIGGER_PARAMS, type TriggerParams, type TriggerType } from './trigger-types';

/**
 * Builders for small flows and a driver that plays a conversation, for the tests here and for
 * anyone scripting the machine (the studio simulator, the backtester's own tests).
 */

/** An ISO timestamp `minutes` after Monday 6 January 2025, 10:00 UTC. */
export function minutesIn(minutes: number): string {
  return new Date(Date.UTC(2025, 0, 6, 10, 0, 0) + Math.round(minutes * 60_000)).toISOString();
}

export function flowNode(id: string, kind: NodeKind, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, kind, label: id, position: { x: 0, y: 0 }, ...extra };
}

export function flowEdge<T extends TriggerType>(
  id: string,
  source: string,
  target: string,
  type: T,
  params?: TriggerParams<T>,
  extra: { priority?: number; effects?: EdgeEffects } = {},
): FlowEdge {
  return {
    id,
    source,
    target,
    trigger: { type, params: params ?? DEFAULT_TRIGGER_PARAMS[type] } as FlowEdge['trigger'],
    priority: extra.priority ?? 10,
    label: id,
    ...(extra.effects ? { effects: extra.effects } : {}),
  };
}

/**
 * The smallest complete flow (ai → queue on the widget's "escalate" button, claim, release,
 * resolve, reopen) plus the edges a test adds.
 */
export function flowWith(edges: FlowEdge[], extraNodes: FlowNode[] = []): Flow {
  return {
    version: 1,
    nodes: [flowNode('ai', 'ai', { initial: true }), flowNode('queue', 'queue'), flowNode('human', 'human'), flowNode('done', 'resolved'), ...extraNodes],
    edges: [
      flowEdge('button', 'ai', 'queue', 'action', { action: 'escalate' }, { priority: 90 }),
      flowEdge('claim', 'queue', 'human', 'agent_claim'),
      flowEdge('release', 'human', 'ai', 'agent_release'),
      flowEdge('resolve', 'human', 'done', 'resolve', {}, { priority: 20 }),
      flowEdge('reopen', 'done', 'ai', 'customer_message'),
      ...edges,
    ],
  };
}

export function analysis(overrides: Partial<MessageAnalysis> = {}): MessageAnalysis {
  return { asksForHuman: false, humanRequestScore: 0, frustration: 0, saysNotHelpful: false, signals: [], ...overrides };
}

/** Plays a conversation step by step, keeping the snapshot and every step's result. */
export class ConversationDriver {
  snapshot: ConversationSnapshot;
  readonly steps: StepResult[] = [];
  private clock = 0;
  private messages = 0;
  private readonly customerTexts: string[] = [];

  constructor(
    readonly flow: Flow,
    conversationId = 'conversation-1',
  ) {
    const started = startConversation(flow, { conversationId, at: minutesIn(0) });
    this.steps.push(started);
    this.snapshot = started.snapshot;
  }

  get last(): StepResult {
    return this.steps[this.steps.length - 1]!;
  }

  get state(): string {
    return this.snapshot.value;
  }

  /** Advances the conversation's clock; events carry the new time. */
  wait(minutes: number): this {
    this.clock += minutes;
    return this;
  }

  now(): string {
    return minutesIn(this.clock);
  }

  /** Applies an event stamped with the driver's clock (unless it brings its own `at`). */
  send(event: DistributiveOmit<ConversationEvent, 'at'> & { at?: string }): StepResult {
    const step = applyEvent(this.flow, this.snapshot, { at: this.now(), ...event } as ConversationEvent);
    this.steps.push(step);
    this.snapshot = step.snapshot;
    return step;
  }

  /**
   * A customer message as the workflow handles it: the message, then its analysis (the offline
   * detectors unless one is given), then — if the AI is asked to answer — an answer with the
   * given confidence. Returns every step taken.
   */
  customerSays(text: string, options: { analysis?: MessageAnalysis; confidence?: number; abstain?: boolean } = {}): StepResult[] {
    const message = { messageId: `m${++this.messages}`, text, at: this.now() };
    const recent = [...this.customerTexts];
    this.customerTexts.push(text);
    const { steps } = playCustomerTurn(this.flow, this.snapshot, message, {
      analyze: () => options.analysis ?? analyzeCustomerMessage(text, recent),
      answer: () => ({ confidence: options.confidence ?? 0.9, abstain: options.abstain ?? false }),
    });
    this.steps.push(...steps);
    this.snapshot = steps[steps.length - 1]!.snapshot;
    return steps;
  }

  /** Every action of every step so far, in order. */
  allActions() {
    return this.steps.flatMap((step) => step.actions);
  }

  /** The id of the running timer of an edge, if any. */
  timerOf(edgeId: string): string | undefined {
    return Object.hasOwn(this.snapshot.context.timers, edgeId) ? this.snapshot.context.timers[edgeId] : undefined;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
