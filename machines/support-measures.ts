/**
 * The one definition of the support measures that every page and command shows: the
 * dashboard (insights/conversation-metrics.ts), the backtest (machines/backtest-flow.ts) and the
 * exports count a conversation the same way.
 */

/** A resolution counts only if the conversation was not reopened within this window. */
export const REOPEN_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Said wherever the automation rate is shown. */
export const AUTOMATED_DEFINITION = 'resolved with no person involved, and not reopened within 24 hours';

const HUMAN_STATUSES = new Set(['AWAITING_HUMAN', 'HUMAN_ACTIVE']);

/** What a conversation recorded of its way through the flow, oldest first or in any order. */
export type StatusTransition = { at: Date; status: string };

/** What the measures need to know of how a conversation went. */
export type ConversationOutcome = {
  /** A person was asked for (escalated) or took part (claimed, replied). */
  humanInvolved: boolean;
  /** It reached RESOLVED and was not reopened within REOPEN_WINDOW_MS. */
  stayedResolved: boolean;
};

/** Automated: resolved with no person involved, and not reopened within 24 hours. */
export const isAutomated = (outcome: ConversationOutcome): boolean => !outcome.humanInvolved && outcome.stayedResolved;

/** When the conversation's last resolution that stood was made, or null when none stood. */
export function resolutionThatStood(transitions: readonly StatusTransition[]): Date | null {
  let resolvedAt: Date | null = null;
  for (const transition of [...transitions].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (transition.status === 'RESOLVED') resolvedAt = transition.at;
    else if (resolvedAt && transition.at.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_MS) resolvedAt = null;
  }
  return resolvedAt;
}

/** The outcome of a recorded conversation: its status transitions, and whether an agent wrote in it. */
export function conversationOutcome(transitions: readonly StatusTransition[], agentReplied: boolean): ConversationOutcome {
  return {
    humanInvolved: agentReplied || transitions.some((transition) => HUMAN_STATUSES.has(transition.status)),
    stayedResolved: resolutionThatStood(transitions) !== null,
  };
}
