/**
 * Backtesting: what a draft flow would have decided on past conversations. The inputs are
 * what each conversation recorded (customer messages with their analysis and answer
 * confidence, widget actions), so no model is called and the result is repeatable.
 * Only the AI phase is replayed: once a conversation escalates, people decided the rest.
 */
import { analyzeCustomerMessage } from './detectors/analyze-customer-message';
import { applyEvent, startConversation } from './conversation-runtime';
import { playCustomerTurn } from './customer-turn';
import type { Flow } from './flow-schema';
import type { MessageAnalysis } from './message-analysis';
import type { TriggerType } from './trigger-types';
import { isAutomated, type ConversationOutcome } from './support-measures';

export type RecordedTurn =
  | {
      kind: 'message';
      messageId: string;
      text: string;
      at: string;
      /** Null when the message arrived after the handoff (no analysis ran): the offline detectors fill in. */
      analysis: MessageAnalysis | null;
      /** Null when no answer was attempted: the draft is assumed to answer confidently. */
      answer: { confidence: number; abstain: boolean } | null;
    }
  | { kind: 'action'; action: string; at: string };

export type Escalation = { turn: number; reason: TriggerType; triggerId: string } | null;

export type RecordedConversation = {
  conversationId: string;
  turns: RecordedTurn[];
  /** What really happened: the first escalation and the turn (0-based) that caused it. */
  actual: Escalation;
  /** How it went in the end (people involved, resolved for good), for the automation rate. */
  outcome: ConversationOutcome;
};

export type BacktestVerdict = 'same' | 'earlier' | 'later' | 'would_not_escalate' | 'would_escalate' | 'different_trigger';

export type BacktestRow = {
  conversationId: string;
  verdict: BacktestVerdict;
  actual: Escalation;
  draft: Escalation;
  /** True when the draft went past what was recorded (answers it never saw), so the row is an estimate. */
  estimated: boolean;
};

export type BacktestTotals = {
  conversations: number;
  automationRate: number;
  escalationsByTrigger: Partial<Record<TriggerType, number>>;
};

export type BacktestReport = {
  rows: BacktestRow[];
  changed: BacktestRow[];
  before: BacktestTotals;
  after: BacktestTotals;
};

const escalated = (status: string) => status === 'AWAITING_HUMAN' || status === 'HUMAN_ACTIVE';

/** Replays one conversation's customer turns through `flow` until it escalates. */
export function replayCustomerTurns(flow: Flow, conversation: RecordedConversation): { draft: Escalation; estimated: boolean } {
  let step = startConversation(flow, { conversationId: conversation.conversationId, at: conversation.turns[0]?.at ?? new Date(0).toISOString() });
  let estimated = false;
  const recentTexts: string[] = [];
  for (const [turn, recorded] of conversation.turns.entries()) {
    const check = () =>
      escalated(step.view.status) && step.view.escalation ? { turn, reason: step.view.escalation.reason, triggerId: step.view.escalation.triggerId } : null;
    if (recorded.kind === 'action') {
      step = applyEvent(flow, step.snapshot, { type: 'CUSTOMER_ACTION', action: recorded.action, at: recorded.at });
      const decision = check();
      if (decision) return { draft: decision, estimated };
      continue;
    }
    step = playCustomerTurn(flow, step.snapshot, recorded, {
      analyze: ({ text }) => {
        if (!recorded.analysis) estimated = true;
        return recorded.analysis ?? analyzeCustomerMessage(text, recentTexts.slice(-5));
      },
      answer: () => {
        if (!recorded.answer) estimated = true;
        return recorded.answer ?? { confidence: 1, abstain: false };
      },
    }).last;
    recentTexts.push(recorded.text);
    const decision = check();
    if (decision) return { draft: decision, estimated };
  }
  return { draft: null, estimated };
}

export function compareEscalations(actual: Escalation, draft: Escalation): BacktestVerdict {
  if (!actual && !draft) return 'same';
  if (actual && !draft) return 'would_not_escalate';
  if (!actual && draft) return 'would_escalate';
  if (draft!.turn < actual!.turn) return 'earlier';
  if (draft!.turn > actual!.turn) return 'later';
  return draft!.reason === actual!.reason ? 'same' : 'different_trigger';
}

/**
 * Totals under the one definition of automated (machines/support-measures.ts). Before: what was
 * recorded. After, for a conversation the draft would not escalate: the recorded outcome when no
 * trigger escalated it either, else an estimate that it would have ended as it did, with no person.
 */
function totals(rows: { escalation: Escalation; outcome: ConversationOutcome }[]): BacktestTotals {
  // Counted in a Map: recorded reasons come from stored conversations, and a plain object would
  // answer "constructor" with Object.prototype's member.
  const counts = new Map<TriggerType, number>();
  for (const { escalation } of rows) {
    if (escalation) counts.set(escalation.reason, (counts.get(escalation.reason) ?? 0) + 1);
  }
  const escalationsByTrigger: Partial<Record<TriggerType, number>> = Object.fromEntries(counts);
  const automated = rows.filter(({ outcome }) => isAutomated(outcome)).length;
  return { conversations: rows.length, automationRate: rows.length ? automated / rows.length : 0, escalationsByTrigger };
}

const outcomeUnderDraft = (conversation: RecordedConversation, draft: Escalation): ConversationOutcome =>
  draft ? { ...conversation.outcome, humanInvolved: true } : conversation.actual ? { ...conversation.outcome, humanInvolved: false } : conversation.outcome;

/** Runs the draft over every recorded conversation and compares it with what happened. */
export function backtestFlow(flow: Flow, conversations: RecordedConversation[]): BacktestReport {
  const replayed = conversations.map((conversation) => ({ conversation, ...replayCustomerTurns(flow, conversation) }));
  const rows = replayed.map(({ conversation, draft, estimated }): BacktestRow => ({
    conversationId: conversation.conversationId,
    verdict: compareEscalations(conversation.actual, draft),
    actual: conversation.actual,
    draft,
    estimated,
  }));
  return {
    rows,
    changed: rows.filter((row) => row.verdict !== 'same'),
    before: totals(replayed.map(({ conversation }) => ({ escalation: conversation.actual, outcome: conversation.outcome }))),
    after: totals(replayed.map(({ conversation, draft }) => ({ escalation: draft, outcome: outcomeUnderDraft(conversation, draft) }))),
  };
}
