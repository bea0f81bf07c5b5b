import { patched } from '@temporalio/workflow';
import type { ConversationAction } from '../machines';

/**
 * Since this patch an escalation posts its notices before the handoff summary is written
 * (machines/flow-edge-transitions.ts). A run that was waiting on a summary when its worker restarted
 * replays a step whose first write went out without the notices; it must post them after the
 * summary, as it first ran, or they would count as written and never be.
 */
const NOTICES_BEFORE_SUMMARY = 'notices-before-summary';

/** The step's actions in the order this run first ran them. */
export function inRecordedOrder(actions: ConversationAction[]): ConversationAction[] {
  if (!actions.some((action) => action.type === 'summarizeForHandoff') || patched(NOTICES_BEFORE_SUMMARY)) return actions;
  return summaryBeforeNotices(actions);
}

/** The order before the patch: the summary and the agents' notification straight after `escalate`, then the notices. */
export function summaryBeforeNotices(actions: ConversationAction[]): ConversationAction[] {
  const escalateAt = actions.findIndex((action) => action.type === 'escalate');
  const summaryAt = actions.findIndex((action) => action.type === 'summarizeForHandoff');
  if (escalateAt < 0 || summaryAt < escalateAt) return actions;
  const end = actions[summaryAt + 1]?.type === 'notifyAgents' ? summaryAt + 2 : summaryAt + 1;
  return [...actions.slice(0, escalateAt + 1), ...actions.slice(summaryAt, end), ...actions.slice(escalateAt + 1, summaryAt), ...actions.slice(end)];
}
