import type { BatonDb } from '../../store/database';
import type { ConversationDoc, TimelineEntryDoc } from '../../store/documents';
import type { Principal } from '../auth/tokens';

/** The GraphQL `Conversation` as resolvers return it. */
export type ConversationResult = {
  id: string;
  status: ConversationDoc['status'];
  priority: string;
  assignee: { id: string; name: string } | null;
  escalation: { reason: string; trigger: string; summary: string | null; at: string } | null;
  flowVersion: number;
  createdAt: string;
  updatedAt: string;
  timeline: TimelineEntryResult[];
};

export type TimelineEntryResult = {
  id: string;
  at: string;
  kind: TimelineEntryDoc['kind'];
  text: string;
  author: { id: string; name: string } | null;
  citations: { title: string; url: string | null }[];
  confidence: number | null;
};

/** True when this caller may see this conversation: its own widget session, or an agent of its workspace. */
export function canSee(principal: Principal | null, conversation: Pick<ConversationDoc, 'workspaceId' | 'customer'>): boolean {
  if (!principal || principal.workspaceId !== conversation.workspaceId) return false;
  return principal.kind === 'user' || conversation.customer.sessionId === principal.sessionId;
}

export async function loadConversation(db: BatonDb, id: string, principal: Principal | null): Promise<ConversationResult | null> {
  const doc = await db.conversations.findOne({ _id: id });
  if (!doc || !canSee(principal, doc)) return null;
  const entries = await db.messages.find({ conversationId: id }).sort({ seq: 1 }).toArray();
  // Customers never see internal notes.
  const visible = principal?.kind === 'widget' ? entries.filter((entry) => entry.kind !== 'NOTE') : entries;
  return toConversationResult(doc, visible);
}

export function toConversationResult(doc: ConversationDoc, entries: TimelineEntryDoc[]): ConversationResult {
  return {
    id: doc._id,
    status: doc.status,
    priority: (doc.priority ?? 'normal').toUpperCase(),
    assignee: doc.assignee ?? null,
    escalation: doc.escalation
      ? { reason: doc.escalation.reason, trigger: doc.escalation.trigger, summary: doc.escalation.summary, at: doc.escalation.at.toISOString() }
      : null,
    flowVersion: doc.flowVersion,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    timeline: entries.map((entry) => ({
      id: entry._id,
      at: entry.at.toISOString(),
      kind: entry.kind,
      text: entry.text,
      author: entry.authorId && entry.kind !== 'CUSTOMER' ? { id: entry.authorId, name: entry.authorName ?? '' } : null,
      citations: (entry.citations ?? []).map(({ title, url }) => ({ title, url: url || null })),
      confidence: entry.confidence ?? null,
    })),
  };
}
