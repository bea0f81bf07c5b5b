/** What a conversation step tells the assignment router, and whether a step changed anything it keeps. */
import type { RoutedConversation } from '../machines/routing/routing-types';
import type { ConversationDoc } from '../store/documents';
import type { ConversationStepRecord } from './activity-types';

/** The stored fields a step is compared with. */
export const ROUTING_PROJECTION = { status: 1, assignee: 1, priority: 1, teamId: 1, agentReplied: 1, requeuedFrom: 1 } as const;

type StoredRouting = Pick<ConversationDoc, 'status' | 'assignee' | 'priority' | 'teamId' | 'agentReplied' | 'requeuedFrom'>;

export function routingReportOf(step: ConversationStepRecord): RoutedConversation {
  const { view } = step;
  return {
    conversationId: step.conversationId,
    stepVersion: step.stepVersion,
    status: view.status,
    teamId: view.team ?? null,
    priority: view.priority,
    waitingSince: view.status === 'AWAITING_HUMAN' && view.escalation ? view.escalation.at : null,
    assigneeId: view.assignee?.id ?? null,
    agentReplied: view.agentReplied ?? false,
    requeuedFrom: view.requeuedFrom ?? null,
  };
}

const involvesPeople = (status: string | undefined) => status === 'AWAITING_HUMAN' || status === 'HUMAN_ACTIVE';

/**
 * The router hears of conversations that wait for or are held by a person, and of the step that
 * ends that; AI-only steps (most of them) cost it nothing.
 */
export function routingChanged(stored: Partial<StoredRouting> | null, report: RoutedConversation): boolean {
  if (!involvesPeople(report.status) && !involvesPeople(stored?.status)) return false;
  return (
    stored?.status !== report.status ||
    (stored.assignee?.id ?? null) !== report.assigneeId ||
    stored.priority !== report.priority ||
    (stored.teamId ?? null) !== report.teamId ||
    (stored.agentReplied ?? false) !== report.agentReplied ||
    (stored.requeuedFrom ?? null) !== report.requeuedFrom
  );
}
