import type { BatonDb } from './database';
import type { ConversationDoc, TimelineEntryDoc } from './documents';

/**
 * Reads a conversation's timeline through its `entryIds`, one lookup by `_id` per entry. The
 * local FerretDB (1.x) pushes down nothing but a lone `_id` equality: a query on
 * `{ conversationId, seq }` reads and decodes every stored entry of every conversation, which
 * measured 30 ms at 500 entries and 274 ms at 8,000 (bench/experiments/ferretdb-read-model.ts).
 * On MongoDB both ways are indexed; this one stays flat on both.
 *
 * Conversations written before `entryIds` existed fall back to the query by conversation.
 */
export async function readTimeline(
  db: BatonDb,
  conversation: Pick<ConversationDoc, '_id' | 'entryIds'>,
  options: { after?: string | null } = {},
): Promise<TimelineEntryDoc[]> {
  const ids = conversation.entryIds;
  if (!ids) return readTimelineByQuery(db, conversation._id, options.after ?? null);
  const from = options.after ? ids.indexOf(options.after) + 1 : 0;
  const found = await Promise.all(ids.slice(from).map((id) => db.messages.findOne({ _id: id })));
  return found.filter((entry): entry is TimelineEntryDoc => entry !== null);
}

/** The timeline's entry ids in order, for a conversation stored before `entryIds` (its first new step backfills them). */
export async function legacyEntryIds(db: BatonDb, conversationId: string): Promise<string[]> {
  const entries = await db.messages.find({ conversationId }, { projection: { _id: 1 } }).sort({ seq: 1 }).toArray();
  return entries.map((entry) => entry._id);
}

async function readTimelineByQuery(db: BatonDb, conversationId: string, after: string | null): Promise<TimelineEntryDoc[]> {
  let fromSeq = 0;
  if (after) {
    const anchor = await db.messages.findOne({ _id: after }, { projection: { seq: 1, conversationId: 1 } });
    if (anchor?.conversationId === conversationId) fromSeq = anchor.seq;
  }
  return db.messages.find({ conversationId, seq: { $gt: fromSeq } }).sort({ seq: 1 }).toArray();
}
