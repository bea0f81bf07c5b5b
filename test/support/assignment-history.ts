/** Conversations seeded with the transitions the workflow records for assignment (claims, router assignments, requeues). */
import type { ConversationDoc, ConversationStatus } from '../../store/documents';
import { seededConversationDocs } from './seed-history';

export type AssignmentMove = { at: string; status: ConversationStatus; trigger: string; agentId?: string; teamId?: string; assignedBy?: 'router' };

/** A conversation of the demo workspace that made these moves, in order. */
export function conversationWithMoves(id: string, ...moves: AssignmentMove[]): ConversationDoc {
  const { doc } = seededConversationDocs({
    id,
    createdAt: moves[0]!.at,
    entries: [],
    transitions: moves.map((move) => ({ at: move.at, to: move.status.toLowerCase(), status: move.status, triggerType: move.trigger })),
  });
  return {
    ...doc,
    transitions: moves.map((move) => ({
      at: new Date(move.at),
      from: 'node',
      to: move.status.toLowerCase(),
      status: move.status,
      triggerType: move.trigger,
      triggerId: move.trigger,
      agentId: move.agentId ?? null,
      teamId: move.teamId ?? null,
      assignedBy: move.assignedBy ?? null,
    })),
  };
}
