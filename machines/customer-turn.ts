import type { ConversationAction } from './conversation-actions';
import type { ConversationEvent } from './conversation-events';
import { applyEvent, type StepResult } from './conversation-runtime';
import type { ConversationSnapshot } from './conversation-view';
import type { Flow } from './flow-schema';
import type { MessageAnalysis } from './message-analysis';

/**
 * One customer turn, as every caller plays it: the message, then — if the machine asks — what the
 * AI made of it (ANALYSIS_READY), then — if the machine asks — how well it could answer
 * (ANSWER_READY). The workflow feeds the events below one at a time, with analysis and answer
 * made by activities in between; the backtester, the studio simulator and the tests play the
 * whole turn at once with `playCustomerTurn`, from recorded, computed or stand-in results.
 * The detectors are not imported here, so the workflow's bundle stays without them.
 */

export type CustomerMessage = { messageId: string; text: string; at: string };

/** What the machine needs to know of an answer; the text and citations stay with the caller. */
export type AnswerQuality = { confidence: number; abstain: boolean };

export function customerMessageEvent(message: CustomerMessage): ConversationEvent {
  return { type: 'CUSTOMER_MESSAGE', messageId: message.messageId, text: message.text, at: message.at };
}

export function analysisReadyEvent(messageId: string, analysis: MessageAnalysis, at: string): ConversationEvent {
  return { type: 'ANALYSIS_READY', messageId, analysis, at };
}

export function answerReadyEvent(messageId: string, answer: AnswerQuality, at: string): ConversationEvent {
  return { type: 'ANSWER_READY', messageId, confidence: answer.confidence, abstain: answer.abstain, at };
}

export const asksForAnalysis = (actions: readonly ConversationAction[]): boolean => actions.some((action) => action.type === 'analyzeMessage');
export const asksForAnswer = (actions: readonly ConversationAction[]): boolean => actions.some((action) => action.type === 'answerQuestion');

/** Whether a step sets the AI thinking (analysis or an answer), which may take a model's seconds. */
export const needsThinking = (actions: readonly ConversationAction[]): boolean => asksForAnalysis(actions) || asksForAnswer(actions);

/** Analysis that keeps failing must not stall the conversation: the message counts as neutral. */
export function failedAnalysis(): MessageAnalysis {
  return { asksForHuman: false, humanRequestScore: 0, frustration: 0, saysNotHelpful: false, signals: ['analysis-failed'] };
}

/** An answerer that keeps failing counts as "no answer", which hands the conversation to a person. */
export function noAnswer(): AnswerQuality {
  return { confidence: 0, abstain: true };
}

/** Where a synchronous turn gets its analysis and answer: recorded, computed by the detectors, or a stand-in. */
export type TurnThinking = {
  analyze(message: CustomerMessage): MessageAnalysis;
  answer(message: CustomerMessage): AnswerQuality;
};

export type CustomerTurn = {
  message: StepResult;
  /** Null when the machine did not ask for an analysis (e.g. a person holds the conversation). */
  analyzed: { analysis: MessageAnalysis; step: StepResult } | null;
  /** Null when the machine did not ask for an answer (an escalation, or no analysis). */
  answered: { answer: AnswerQuality; step: StepResult } | null;
  /** Every step of the turn, in order. */
  steps: StepResult[];
  /** The step the turn ended on. */
  last: StepResult;
};

/** Plays one customer turn at once; `thinking` is asked only for what the machine asks for. */
export function playCustomerTurn(flow: Flow, snapshot: ConversationSnapshot, message: CustomerMessage, thinking: TurnThinking): CustomerTurn {
  const received = applyEvent(flow, snapshot, customerMessageEvent(message));
  const turn: CustomerTurn = { message: received, analyzed: null, answered: null, steps: [received], last: received };
  if (!asksForAnalysis(received.actions)) return turn;
  const analysis = thinking.analyze(message);
  const analyzed = applyEvent(flow, received.snapshot, analysisReadyEvent(message.messageId, analysis, message.at));
  turn.analyzed = { analysis, step: analyzed };
  turn.steps.push(analyzed);
  turn.last = analyzed;
  if (!asksForAnswer(analyzed.actions)) return turn;
  const answer = thinking.answer(message);
  const answered = applyEvent(flow, analyzed.snapshot, answerReadyEvent(message.messageId, answer, message.at));
  turn.answered = { answer, step: answered };
  turn.steps.push(answered);
  turn.last = answered;
  return turn;
}
