import type { BatonDb } from './database';
import type { ConversationDoc, TimelineEntryDoc } from './documents';

/**
 * Reads a conversation's timeline through its `entryIds`, by `_id`. The local FerretDB (1.x)
 * pushes down nothing but a lone `_id` equality: a query on `{ conversationId, seq }` reads and
 * decodes every stored entry of every conversation, which measured 30 ms at 500 entries and
 * 274 ms at 8,000 (bench/experiments/ferretdb-read-model.ts), and so does `{ _id: { $in } }`
 * (not pushed down either): among 20,000 stored entries, 62 entries took 1.9-4.1 s that way and
 * 77-80 ms as 62 lookups by `_id`, 500 entries 1.6-3.0 s against 0.24-0.32 s, on a busy 2-core
 * machine (bench/experiments/timeline-page-read.ts). So on FerretDB a page is
 * read as one lookup per entry, and on MongoDB, where `$in` on `_id` uses the index, as one query.
 * Either way a read is one page, at most TIMELINE_PAGE_MAX entries.
 *
 * Conversations written before `entryIds` existed fall back to the query by conversation.
 */

/** The most entries one read returns, and the size of a page when none is asked for. */
export const TIMELINE_PAGE_MAX = 200;

export type TimelinePage = {
  /** At most this many entries (capped at TIMELINE_PAGE_MAX). */
  first?: number;
  /** The entries right after this entry id (oldest first). */
  after?: string | null;
  /** The entries right before this entry id. Without after or before: the newest entries. */
  before?: string | null;
};

/** One page of the timeline, in order. */
export async function readTimelinePage(
  db: BatonDb,
  conversation: Pick<ConversationDoc, '_id' | 'entryIds'>,
  page: TimelinePage = {},
): Promise<TimelineEntryDoc[]> {
  const first = Math.min(page.first ?? TIMELINE_PAGE_MAX, TIMELINE_PAGE_MAX);
  if (first <= 0) return [];
  const ids = conversation.entryIds;
  if (!ids) return readPageByQuery(db, conversation._id, { ...page, first });
  return readEntries(db, pageOfIds(ids, { ...page, first }));
}

/** The ids of one page, from the conversation's ordered `entryIds`. An unknown cursor reads as no cursor. */
export function pageOfIds(ids: readonly string[], page: TimelinePage & { first: number }): string[] {
  if (page.after) {
    const from = ids.indexOf(page.after) + 1;
    return ids.slice(from, from + page.first);
  }
  const end = page.before && ids.includes(page.before) ? ids.indexOf(page.before) : ids.length;
  return ids.slice(Math.max(0, end - page.first), end);
}

/**
 * The whole timeline, for the workers (the handoff summary) and exports, page by page so no
 * single read is larger than a page.
 */
export async function readTimeline(db: BatonDb, conversation: Pick<ConversationDoc, '_id' | 'entryIds'>): Promise<TimelineEntryDoc[]> {
  const ids = conversation.entryIds;
  if (!ids) return readTimelineByQuery(db, conversation._id);
  const entries: TimelineEntryDoc[] = [];
  for (let from = 0; from < ids.length; from += TIMELINE_PAGE_MAX) entries.push(...(await readEntries(db, ids.slice(from, from + TIMELINE_PAGE_MAX))));
  return entries;
}

/** The timeline's entry ids in order, for a conversation stored before `entryIds` (its first new step backfills them). */
export async function legacyEntryIds(db: BatonDb, conversationId: string): Promise<string[]> {
  const entries = await db.messages
    .find({ conversationId }, { projection: { _id: 1 } })
    .sort({ seq: 1 })
    .toArray();
  return entries.map((entry) => entry._id);
}

/** Whether this server serves `{ _id: { $in } }` from the index (MongoDB) or by reading every entry (FerretDB 1.x). */
const inQueriesIndexed = new WeakMap<BatonDb, Promise<boolean>>();

function indexesInQueries(db: BatonDb): Promise<boolean> {
  let known = inQueriesIndexed.get(db);
  if (!known) {
    known = db.db
      .admin()
      .command({ buildInfo: 1 })
      .then((info) => !('ferretdbVersion' in info))
      .catch(() => false);
    inQueriesIndexed.set(db, known);
  }
  return known;
}

/** These entries, in the order of `ids` (an id whose entry has not landed yet is skipped). */
async function readEntries(db: BatonDb, ids: string[]): Promise<TimelineEntryDoc[]> {
  if (ids.length === 0) return [];
  const found = (await indexesInQueries(db))
    ? await db.messages.find({ _id: { $in: ids } }).toArray()
    : await Promise.all(ids.map((id) => db.messages.findOne({ _id: id })));
  const byId = new Map(found.filter((entry): entry is TimelineEntryDoc => entry !== null).map((entry) => [entry._id, entry]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function readPageByQuery(db: BatonDb, conversationId: string, page: TimelinePage & { first: number }): Promise<TimelineEntryDoc[]> {
  const anchorId = page.after ?? page.before;
  const anchor = anchorId ? await db.messages.findOne({ _id: anchorId }, { projection: { seq: 1, conversationId: 1 } }) : null;
  const seq = anchor?.conversationId === conversationId ? anchor.seq : null;
  if (page.after) {
    return db.messages
      .find({ conversationId, seq: { $gt: seq ?? 0 } })
      .sort({ seq: 1 })
      .limit(page.first)
      .toArray();
  }
  const newestFirst = await db.messages
    .find({ conversationId, ...(page.before && seq !== null ? { seq: { $lt: seq } } : {}) })
    .sort({ seq: -1 })
    .limit(page.first)
    .toArray();
  return newestFirst.reverse();
}

async function readTimelineByQuery(db: BatonDb, conversationId: string): Promise<TimelineEntryDoc[]> {
  return db.messages.find({ conversationId }).sort({ seq: 1 }).toArray();
}
