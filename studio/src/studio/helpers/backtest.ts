import type { BacktestVerdict } from '../../gql/graphql';

/** What the studio's Backtest runs the draft over: the last 30 days of conversations, at most 1,000 of them. */
export const BACKTEST_DAYS = 30;
export const BACKTEST_LIMIT = 1_000;

export function backtestSince(now: Date = new Date()): string {
  return new Date(now.getTime() - BACKTEST_DAYS * 86_400_000).toISOString();
}

/** Each verdict as a sentence about the draft. */
export const VERDICT_LABEL: Record<BacktestVerdict, string> = {
  SAME: 'same',
  EARLIER: 'would escalate earlier',
  LATER: 'would escalate later',
  WOULD_NOT_ESCALATE: 'would not escalate',
  WOULD_ESCALATE: 'would escalate',
  DIFFERENT_TRIGGER: 'different trigger',
};

/** "frustration, turn 2", or "no escalation": one side of a changed conversation. */
export function escalationLabel(trigger: string | null | undefined, turn: number | null | undefined): string {
  if (!trigger) return 'no escalation';
  return turn ? `${trigger.replace(/_/g, ' ')}, turn ${turn}` : trigger.replace(/_/g, ' ');
}

type TriggerCount = { trigger: string; count: number };

/** Escalations per trigger before and after, every trigger that appears on either side, the largest change first. */
export function triggerChanges(before: TriggerCount[], after: TriggerCount[]): { trigger: string; before: number; after: number }[] {
  const triggers = new Set([...before, ...after].map((entry) => entry.trigger));
  const count = (list: TriggerCount[], trigger: string) => list.find((entry) => entry.trigger === trigger)?.count ?? 0;
  return [...triggers]
    .map((trigger) => ({ trigger, before: count(before, trigger), after: count(after, trigger) }))
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || b.before - a.before || a.trigger.localeCompare(b.trigger));
}
