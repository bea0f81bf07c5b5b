import type { ConversationChanged } from '../../activities/inbox-events';
import type { BatonDb } from '../../store/database';
import type { ConversationDoc, Priority, TimelineEntryDoc } from '../../store/documents';
import { readTimeline } from '../../store/timeline';
import type { Principal } from '../auth/tokens';

/** The GraphQL `Conversation` as resolvers return it; the timeline is its own field resolver. */
export type ConversationResult = {
  id: string;
  workspaceId: string;
  status: ConversationDoc['status'];
  priority: string;
  assignee: { id: string; name: string } | null;
  escalation: { reason: string; trigger: string; summary: string | null; at: string } | null;
  flowVersion: number;
  customer: { sessionId: string; email: string | null };
  tags: string[];
  waitingSince: string | null;
  lastMessageAt: string | null;
  lastMessagePreview: string | null;
  createdAt: string;
  updatedAt: string;
  /** Who is looking: customers never see internal notes. */
  viewer: Principal | null;
  /** Where the timeline's entries are (store/timeline.ts); the timeline is its own field. */
  entryIds: string[] | undefined;
  /**
   * Set on a subscription's payloads: the last entry that subscription delivered, so
   * `timeline(since:)` on its next event returns only what is new (entries never change once written).
   */
  delivered?: { lastEntryId: string | null };
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
    priority: effectivePriority(doc).toUpperCase(),
    assignee: doc.assignee ?? null,
    escalation: doc.escalation
      ? { reason: doc.escalation.reason, trigger: doc.escalation.trigger, summary: doc.escalation.summary ?? null, at: doc.escalation.at.toISOString() }
      : null,
    flowVersion: doc.flowVersion,
    customer: { sessionId: doc.customer.sessionId, email: doc.customer.email ?? null },
    tags: doc.tags ?? [],
    waitingSince: doc.status === 'AWAITING_HUMAN' && doc.escalation ? doc.escalation.at.toISOString() : null,
    lastMessageAt: doc.lastMessageAt ? doc.lastMessageAt.toISOString() : null,
    lastMessagePreview: doc.lastMessagePreview ?? null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    viewer,
    entryIds: doc.entryIds,
  };
}

/** The conversation's entries in order; after `since` (an entry id) when a client catches up. */
export async function loadTimeline(db: BatonDb, conversation: ConversationResult, since?: string | null): Promise<TimelineEntryResult[]> {
  const { delivered } = conversation;
  const after = since && delivered?.lastEntryId ? delivered.lastEntryId : since;
  const entries = await readTimeline(db, { _id: conversation.id, entryIds: conversation.entryIds }, { after });
  if (delivered && since && entries.length > 0) delivered.lastEntryId = entries[entries.length - 1]!._id;
  const visible = conversation.viewer?.kind === 'widget' ? entries.filter((entry) => entry.kind !== 'NOTE') : entries;
  return visible.map((entry) => ({
    id: entry._id,
    at: entry.at.toISOString(),
    kind: entry.kind,
    text: entry.text,
    author: entry.authorId && entry.kind !== 'CUSTOMER' ? { id: entry.authorId, name: entry.authorName ?? '' } : null,
    citations: (entry.citations ?? []).map(({ title, url }) => ({ title, url: url || null })),
    confidence: entry.confidence ?? null,
  }));
}
