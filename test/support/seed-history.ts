import type { BatonDb } from '../../store/database';
import type { ConversationDoc, ConversationStatus, TimelineEntryDoc } from '../../store/documents';
import { DEMO_WORKSPACE } from '../../server/seed-demo';

/** A past conversation written straight into the read model, with times chosen by the test. */
export type SeededConversation = {
  id: string;
  createdAt: string;
  entries: (Pick<TimelineEntryDoc, 'kind' | 'text'> &
    Partial<Pick<TimelineEntryDoc, 'citations' | 'analysis' | 'answer' | 'action' | 'authorName'>> & { at: string })[];
  transitions: { at: string; to: string; status: ConversationStatus; triggerType: string | null }[];
};

export function seededConversationDocs(conversation: SeededConversation): { doc: ConversationDoc; entries: TimelineEntryDoc[] } {
  const last = conversation.transitions.at(-1);
  const entries = conversation.entries.map((entry, index): TimelineEntryDoc => ({
    _id: `${conversation.id}-${index + 1}`,
    conversationId: conversation.id,
    workspaceId: DEMO_WORKSPACE.id,
    seq: index + 1,
    at: new Date(entry.at),
    kind: entry.kind,
    text: entry.text,
    authorId: entry.authorName ? 'u_demo_agent' : null,
    authorName: entry.authorName ?? null,
    citations: entry.citations ?? [],
    confidence: entry.kind === 'AI' ? 0.9 : null,
    ...(entry.analysis ? { analysis: entry.analysis } : {}),
    ...(entry.answer ? { answer: entry.answer } : {}),
    ...(entry.action ? { action: entry.action } : {}),
  }));
  return {
    doc: {
      _id: conversation.id,
      workspaceId: DEMO_WORKSPACE.id,
      customer: { sessionId: `s_${conversation.id}` },
      status: last?.status ?? 'AI_ANSWERING',
      stateId: last?.to ?? 'aiAnswering',
      priority: 'normal',
      assignee: null,
      escalation: null,
      flowVersion: 1,
      createdAt: new Date(conversation.createdAt),
      updatedAt: new Date(last?.at ?? conversation.createdAt),
      lastMessageAt: null,
      lastMessagePreview: null,
      stepVersion: 1,
      transitions: conversation.transitions.map((transition) => ({
        at: new Date(transition.at),
        from: '',
        to: transition.to,
        status: transition.status,
        triggerType: transition.triggerType,
        triggerId: transition.triggerType,
      })),
    },
    entries,
  };
}

export async function seedHistory(db: BatonDb, conversations: SeededConversation[]): Promise<void> {
  const docs = conversations.map(seededConversationDocs);
  await db.conversations.insertMany(docs.map((seeded) => seeded.doc));
  const entries = docs.flatMap((seeded) => seeded.entries);
  if (entries.length) await db.messages.insertMany(entries);
}
