import type { Filter } from 'mongodb';
import { z } from 'zod';
import type { ConversationDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { badInput } from '../errors';
import type { QueryInboxArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { toConversationResult, type ConversationResult } from './conversation-view';

/** How many conversations a text search may match before the inbox asks for a narrower one. */
const SEARCH_MATCH_LIMIT = 1000;

/** What the schema's types leave open: the search's and the cursor's length, the page size. The filter's enums are the schema's. */
export const InboxInput = z.object({
  filter: z
    .object({
      search: z.string().trim().max(200, 'search is limited to 200 characters').nullish(),
      team: z.string().trim().min(1, 'team is a team id; leave it out for every team').max(100).nullish(),
    })
    .nullish(),
  first: z.number().int().min(1, 'first must be at least 1').max(100, 'first must be at most 100').nullish(),
  after: z.string().max(500).nullish(),
});

/**
 * The order of the inbox: conversations waiting for a person first, longest wait first
 * (bucket 0, by escalation time ascending); then everything else, latest activity first
 * (bucket 1, by updatedAt descending). A cursor is the last row's place in that order.
 */
type Cursor = { bucket: 0 | 1; t: number; id: string };

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeCursor(value: string): Cursor {
  try {
    const parsed = z
      .object({ bucket: z.union([z.literal(0), z.literal(1)]), t: z.number(), id: z.string() })
      .parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed;
  } catch {
    throw badInput('after is not a cursor this inbox returned; pass pageInfo.endCursor from the previous page.', 'after');
  }
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page of the inbox; the total is counted only when a client asks for it. */
export type InboxPage = {
  edges: { cursor: string; node: ConversationResult }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
};

export async function handleInbox({ input, context }: { input: QueryInboxArgs; context: BatonContext }): Promise<InboxPage> {
  const principal = requireUser(context);
  const { filter: checked, first, after } = parseInput(InboxInput, input);
  const filter = input.filter ? { ...input.filter, search: checked?.search, team: checked?.team } : null;
  const pageSize = first ?? 25;
  const base: Filter<ConversationDoc> = { workspaceId: principal.workspaceId };
  if (filter?.status?.length) base.status = { $in: [...filter.status] };
  if (filter?.assigned === 'ME') base['assignee.id'] = principal.userId;
  if (filter?.assigned === 'UNASSIGNED') base.assignee = null;
  if (filter?.escalatedOnly) base.escalation = { $ne: null };
  if (filter?.team) base.teamId = filter.team;
  if (filter?.priority?.length) {
    const wanted = filter.priority.map((priority) => priority.toLowerCase()) as ConversationDoc['priority'][];
    base.$or = [{ agentPriority: { $in: wanted } }, { agentPriority: { $exists: false }, priority: { $in: wanted } }];
  }
  if (filter?.search) {
    const matches = await context.db.messages
      .find({ workspaceId: principal.workspaceId, text: { $regex: escapeRegex(filter.search), $options: 'i' } }, { projection: { conversationId: 1 } })
      .limit(SEARCH_MATCH_LIMIT * 5)
      .toArray();
    base._id = { $in: [...new Set(matches.map((match) => match.conversationId))].slice(0, SEARCH_MATCH_LIMIT) };
  }

  const cursor = after ? decodeCursor(after) : null;
  const rows: { doc: ConversationDoc; cursor: Cursor }[] = [];
  const want = pageSize + 1;

  if (!cursor || cursor.bucket === 0) {
    const waiting: Filter<ConversationDoc> = { $and: [base, { status: 'AWAITING_HUMAN', escalation: { $ne: null } }] };
    if (cursor) {
      const at = new Date(cursor.t);
      waiting.$and!.push({ $or: [{ 'escalation.at': { $gt: at } }, { 'escalation.at': at, _id: { $gt: cursor.id } }] });
    }
    const docs = await context.db.conversations.find(waiting).sort({ 'escalation.at': 1, _id: 1 }).limit(want).toArray();
    rows.push(...docs.map((doc) => ({ doc, cursor: { bucket: 0 as const, t: doc.escalation!.at.getTime(), id: doc._id } })));
  }
  if (rows.length < want) {
    const rest: Filter<ConversationDoc> = { $and: [base, { $nor: [{ status: 'AWAITING_HUMAN', escalation: { $ne: null } }] }] };
    if (cursor?.bucket === 1) {
      const at = new Date(cursor.t);
      rest.$and!.push({ $or: [{ updatedAt: { $lt: at } }, { updatedAt: at, _id: { $gt: cursor.id } }] });
    }
    const docs = await context.db.conversations
      .find(rest)
      .sort({ updatedAt: -1, _id: 1 })
      .limit(want - rows.length)
      .toArray();
    rows.push(...docs.map((doc) => ({ doc, cursor: { bucket: 1 as const, t: doc.updatedAt.getTime(), id: doc._id } })));
  }

  const page = rows.slice(0, pageSize);
  const edges = page.map((row) => ({ cursor: encodeCursor(row.cursor), node: toConversationResult(row.doc, principal) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > pageSize, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => context.db.conversations.countDocuments(base),
  };
}
