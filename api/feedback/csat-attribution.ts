import type { ConversationDoc } from '../../store/documents';

const HUMAN_STATUSES = new Set(['AWAITING_HUMAN', 'HUMAN_ACTIVE']);

/**
 * Whom a CSAT rating is about: the agent who held the conversation last (the newest transition
 * naming one, else the assignee), and whether a person was involved at all (an agent held it, or it
 * escalated to wait for one), which splits the AI's ratings from the team's.
 */
export function csatAttribution(conversation: Pick<ConversationDoc, 'transitions' | 'assignee'>): { agentId: string | null; handedOff: boolean } {
  const transitions = [...(conversation.transitions ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastHeld = transitions.findLast((transition) => transition.agentId);
  const agentId = lastHeld?.agentId ?? conversation.assignee?.id ?? null;
  const handedOff = agentId !== null || transitions.some((transition) => HUMAN_STATUSES.has(transition.status));
  return { agentId, handedOff };
}
