import { matchKeywords } from '../detectors/keywords';
import type { MessageAnalysis } from '../message-analysis';
import type { TriggerParams } from '../trigger-types';

/**
 * The conditions of the message-driven triggers, as plain functions of what the machine knows.
 * compile-flow.ts wires them in as XState guards; the studio can call them to explain a run.
 */

export function customerAskedForHuman(analysis: MessageAnalysis, params: TriggerParams<'human_request'>): boolean {
  return analysis.asksForHuman && analysis.humanRequestScore >= (params.minScore ?? 0);
}

export function customerIsFrustrated(analysis: MessageAnalysis, params: TriggerParams<'frustration'>): boolean {
  return analysis.frustration >= params.threshold;
}

export function watchedKeywordsIn(text: string, params: TriggerParams<'keyword'>): string[] {
  return matchKeywords(text, params.keywords);
}

/** Counts the message being analysed, so "two 'that didn't help'" fires on the second one. */
export function answersFailedTooOften(
  failedSoFar: number,
  analysis: MessageAnalysis,
  params: TriggerParams<'failed_answers'>,
): boolean {
  return failedSoFar + (analysis.saysNotHelpful ? 1 : 0) >= params.count;
}

/** "More than N customer turns": fires on turn N + 1. */
export function conversationRanLong(turns: number, params: TriggerParams<'turns'>): boolean {
  return turns > params.count;
}

export function answerNotConfident(confidence: number, abstain: boolean, params: TriggerParams<'no_answer'>): boolean {
  return abstain || confidence < params.threshold;
}
