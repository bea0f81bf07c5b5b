import { z } from 'zod';
import type { ConversationChanged } from '../../activities/inbox-events';
import type { BatonDb } from '../../store/database';
import type { ConversationDoc, Priority } from '../../store/documents';
import { pageOfIds, readTimelinePage, TIMELINE_PAGE_MAX } from '../../store/timeline';
import type { Principal } from '../auth/tokens';
import { badInput } from '../errors';
import type { Conversation, ConversationTimelineArgs, Priority as PriorityName, TimelineEntry } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { customerFacingText } from './customer-wording';
import { escalationResult } from './escalation-fields';

/** Fields with resolvers of their own (api/schema/resolvers.ts), read only when asked for. */
type ConversationFieldResolved =
  'queuePosition' | 'expectedWaitSeconds' | 'teamAvailable' | 'teamBackAt' | 'awayMessage' | 'customerSeenEntryId' | 'customerConnected';

/**
 * The GraphQL `Conversation` as resolvers return it: every field of the schema's type but the
 * timeline and the team, which are field resolvers of their own and read what follows them.
 */
export type ConversationResult = Required<Omit<Conversation, '__typename' | 'timeline' | 'team' | ConversationFieldResolved>> & {
  workspaceId: string;
  /** The team the flow routed it to (Conversation.team reads its name), or null. */
  teamId: string | null;
  /** Who is looking: customers never see internal notes. */
  viewer: Principal | null;
  /** Where the timeline's entries are (store/timeline.ts); the timeline is its own field. */
  entryIds: string[] | undefined;
  /**
   * Set on a subscription's payloads: the last entry that subscription delivered, so
   * `timeline(since:)` on its next event returns only what is new (entries never change once written).
   */
  delivered?: { lastEntryId: string | null };
  /** The presence a conversation stored before `customerPresence` was a collection of its own (store/customer-presence.ts). */
  legacyCustomerPresence?: ConversationDoc['customerPresence'];
};

/** True when this caller may see this conversation: its own widget session, or an agent of its workspace. */
export function canSee(principal: Principal | null, conversation: Pick<ConversationDoc, 'workspaceId' | 'customer'>): boolean {
  if (!principal || principal.workspaceId !== conversation.workspaceId) return false;
  return principal.kind === 'user' || conversation.customer.sessionId === principal.sessionId;
}

export async function loadConversation(db: BatonDb, id: string, principal: Principal | null): Promise<ConversationResult | null> {
  const doc = await db.conversations.findOne({ _id: id });
  if (!doc || !canSee(principal, doc)) return null;
  return toConversationResult(doc, principal);
}

/** One read per change event, shared by every subscriber it reaches in this process (agents watching the inbox, open tabs). */
const readsByEvent = new WeakMap<ConversationChanged, Promise<ConversationDoc | null>>();

/** The conversation a change event is about, as this subscriber may see it. */
export async function loadChangedConversation(db: BatonDb, event: ConversationChanged, principal: Principal | null): Promise<ConversationResult | null> {
  let read = readsByEvent.get(event);
  if (!read) {
    read = db.conversations.findOne({ _id: event.conversationId });
    readsByEvent.set(event, read);
  }
  const doc = await read;
  if (!doc || !canSee(principal, doc)) return null;
  return toConversationResult(doc, principal);
}

const PRIORITY_ORDER: Priority[] = ['low', 'normal', 'high', 'urgent'];
const PRIORITY_NAMES = { low: 'LOW', normal: 'NORMAL', high: 'HIGH', urgent: 'URGENT' } as const satisfies Record<Priority, PriorityName>;

/** The priority agents see: the flow's (an SLA may raise it) or an agent's, whichever is higher. */
export function effectivePriority(doc: Pick<ConversationDoc, 'priority' | 'agentPriority'>): Priority {
  const flow = doc.priority ?? 'normal';
  const agent = doc.agentPriority;
  if (!agent) return flow;
  return PRIORITY_ORDER.indexOf(agent) > PRIORITY_ORDER.indexOf(flow) ? agent : flow;
}

export function toConversationResult(doc: ConversationDoc, viewer: Principal | null): ConversationResult {
  return {
    id: doc._id,
    workspaceId: doc.workspaceId,
    status: doc.status,
    priority: PRIORITY_NAMES[effectivePriority(doc)],
    assignee: doc.assignee ?? null,
    teamId: doc.teamId ?? null,
    escalation: escalationResult(doc),
    flowVersion: doc.flowVersion,
    customer: { sessionId: doc.customer.sessionId, email: doc.customer.email ?? null },
    tags: doc.tags ?? [],
    waitingSince: doc.status === 'AWAITING_HUMAN' && doc.escalation ? doc.escalation.at.toISOString() : null,
    lastMessageAt: doc.lastMessageAt ? doc.lastMessageAt.toISOString() : null,
    lastMessagePreview: doc.lastMessagePreview ?? null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    rating: doc.csat ? { score: doc.csat.score, comment: doc.csat.comment ?? null, at: doc.csat.at.toISOString() } : null,
    viewer,
    entryIds: doc.entryIds,
    legacyCustomerPresence: doc.customerPresence,
  };
}

/**
 * How many timeline entries one request may read, over all its `timeline` fields (aliases
 * included): two full pages. Each entry is a read of its own on FerretDB (store/timeline.ts), so
 * without it 15 aliased timelines of one long conversation cost a request hundreds of reads.
 */
export const TIMELINE_ENTRIES_PER_REQUEST = 2 * TIMELINE_PAGE_MAX;

const entryId = z.string().min(1).max(200);
export const TimelineArgs = z
  .object({
    first: z
      .number()
      .int()
      .min(1, 'first must be at least 1')
      .max(TIMELINE_PAGE_MAX, `first must be at most ${TIMELINE_PAGE_MAX}; page through longer timelines with after`)
      .nullish(),
    after: entryId.nullish(),
    before: entryId.nullish(),
    since: entryId.nullish(),
  })
  .refine((args) => [args.after, args.before, args.since].filter(Boolean).length <= 1, 'give at most one of after, before and since');

/** Entries read so far by one request (a query or mutation), or by one subscription event (its conversation). */
const entriesRead = new WeakMap<object, number>();

function chargeTimelineRead(reader: object, entries: number): void {
  const total = (entriesRead.get(reader) ?? 0) + entries;
  if (total > TIMELINE_ENTRIES_PER_REQUEST) {
    throw badInput(
      `This request reads more than ${TIMELINE_ENTRIES_PER_REQUEST} timeline entries; ask for fewer timelines at once, or smaller pages with timeline(first:).`,
      'timeline',
    );
  }
  entriesRead.set(reader, total);
}

/**
 * One page of the conversation's entries, in order (see `Conversation.timeline` in
 * api/schema/conversations.graphql). `since` is `after` for catching up: on a subscription's payload it
 * starts after the last entry that subscription delivered, so each event carries only what is new.
 * `reader` is what the entries are counted against (TIMELINE_ENTRIES_PER_REQUEST).
 */
export async function loadTimeline(
  db: BatonDb,
  conversation: ConversationResult,
  args: Partial<ConversationTimelineArgs>,
  reader: object,
): Promise<TimelineEntry[]> {
  const { first, after: afterArg, before, since } = parseInput(TimelineArgs, args ?? {});
  const { delivered } = conversation;
  const after = afterArg ?? (since && delivered?.lastEntryId ? delivered.lastEntryId : since);
  const page = { first: first ?? TIMELINE_PAGE_MAX, after, before };
  // What this page will read: a catch-up after the last entry costs nothing, a full page 200.
  chargeTimelineRead(reader, conversation.entryIds ? pageOfIds(conversation.entryIds, page).length : page.first);
  const entries = await readTimelinePage(db, { _id: conversation.id, entryIds: conversation.entryIds }, page);
  if (delivered && since && entries.length > 0) delivered.lastEntryId = entries[entries.length - 1]!._id;
  const forCustomer = conversation.viewer?.kind === 'widget';
  const visible = forCustomer ? entries.filter((entry) => entry.kind !== 'NOTE') : entries;
  return visible.map((entry) => ({
    id: entry._id,
    at: entry.at.toISOString(),
    kind: entry.kind,
    text: forCustomer ? customerFacingText(entry) : entry.text,
    author: entry.authorId && entry.kind !== 'CUSTOMER' ? { id: entry.authorId, name: entry.authorName ?? '' } : null,
    citations: (entry.citations ?? []).map(({ title, url }) => ({ title, url: url || null })),
    confidence: entry.confidence ?? null,
  }));
}
