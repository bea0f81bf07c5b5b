/** Reads what insights need from the read model (MongoDB), in a few queries. */
import type { MessageAnalysis, RecordedConversation, RecordedTurn, TriggerType } from '../machines';
import type { BatonDb } from '../store/database';
import type { ConversationDoc } from '../store/documents';
import type { MetricsInput } from './conversation-metrics';

const HUMAN_STATUSES = new Set(['AWAITING_HUMAN', 'HUMAN_ACTIVE']);

export async function loadMetricsInput(db: BatonDb, workspaceId: string, range: { from: Date; to: Date }): Promise<MetricsInput> {
  const [workspace, conversations] = await Promise.all([
    db.workspaces.findOne({ _id: workspaceId }, { projection: { 'settings.businessHours': 1 } }),
    db.conversations
      .find({ workspaceId, createdAt: { $gte: range.from, $lt: range.to } }, { projection: { _id: 1, createdAt: 1, transitions: 1 } })
      .toArray(),
  ]);
  const ids = conversations.map((conversation) => conversation._id);
  const entries = ids.length
    ? await db.messages
        .find({ conversationId: { $in: ids }, kind: { $in: ['CUSTOMER', 'AI', 'AGENT'] } }, { projection: { conversationId: 1, at: 1, kind: 1, text: 1, citations: 1, answer: 1 } })
        .toArray()
    : [];
  return { conversations, entries, businessHours: workspace?.settings?.businessHours ?? null };
}

/** The first time people took over: an escalation by a trigger, or an agent stepping in. */
function firstHandoff(conversation: Pick<ConversationDoc, 'transitions'>) {
  return [...(conversation.transitions ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime()).find((transition) => HUMAN_STATUSES.has(transition.status)) ?? null;
}

/**
 * Past conversations as a backtest replays them: the customer's turns up to the first handoff,
 * with the analysis and answer confidence recorded at the time, and what actually happened.
 */
export async function loadRecordedConversations(
  db: BatonDb,
  workspaceId: string,
  options: { since?: Date; limit?: number } = {},
): Promise<RecordedConversation[]> {
  const conversations = await db.conversations
    .find({ workspaceId, ...(options.since ? { createdAt: { $gte: options.since } } : {}) }, { projection: { _id: 1, transitions: 1, createdAt: 1 } })
    .sort({ createdAt: -1 })
    .limit(options.limit ?? 1000)
    .toArray();
  if (conversations.length === 0) return [];
  const entries = await db.messages
    .find(
      { conversationId: { $in: conversations.map((conversation) => conversation._id) }, kind: { $in: ['CUSTOMER', 'SYSTEM'] } },
      { projection: { conversationId: 1, seq: 1, at: 1, kind: 1, text: 1, analysis: 1, answer: 1, action: 1 } },
    )
    .toArray();
  const byConversation = new Map<string, typeof entries>();
  for (const entry of entries) {
    if (entry.kind === 'SYSTEM' && !entry.action) continue;
    const list = byConversation.get(entry.conversationId) ?? [];
    list.push(entry);
    byConversation.set(entry.conversationId, list);
  }
  return conversations.map((conversation) => {
    const handoff = firstHandoff(conversation);
    const turns: RecordedTurn[] = (byConversation.get(conversation._id) ?? [])
      .sort((a, b) => a.seq - b.seq)
      .map((entry): RecordedTurn =>
        entry.kind === 'SYSTEM'
          ? { kind: 'action', action: entry.action!, at: entry.at.toISOString() }
          : {
              kind: 'message',
              messageId: entry._id,
              text: entry.text,
              at: entry.at.toISOString(),
              analysis: (entry.analysis as MessageAnalysis | undefined) ?? null,
              answer: entry.answer ?? null,
            },
      );
    // The turn that caused the handoff is the last one recorded before it; later turns were people's.
    const cut = handoff ? turns.filter((turn) => new Date(turn.at) <= handoff.at).length : turns.length;
    const kept = turns.slice(0, Math.max(cut, handoff ? 1 : 0));
    const byTrigger = handoff && handoff.triggerType && handoff.triggerType !== 'agent_claim';
    return {
      conversationId: conversation._id,
      turns: kept,
      actual: byTrigger ? { turn: kept.length - 1, reason: handoff.triggerType as TriggerType, triggerId: handoff.triggerId ?? '' } : null,
    };
  });
}
