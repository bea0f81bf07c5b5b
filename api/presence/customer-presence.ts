import type { GraphQLResolveInfo } from 'graphql';
import { filter, map, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { readCustomerPresence, writeCustomerPresence, type CustomerPresence, type PresenceChange } from '../../store/customer-presence';
import { endOnSignOut } from '../auth/end-on-sign-out';
import { requireAnyone, requireWidget } from '../auth/require';
import type { BatonContext } from '../context';
import { canSee, loadConversation, type ConversationResult } from '../conversations/conversation-view';
import { badInput, notFound } from '../errors';
import type { CounterpartReported } from '../pubsub';
import type {
  ConversationResolvers,
  CounterpartPresence,
  MutationReportCustomerPresenceArgs,
  SubscriptionCounterpartPresenceArgs,
} from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';

/**
 * The customer's side of presence. The widget reports VIEWING (every 15 s while open), LEFT (closed) and
 * TYPING; agents hear each report, and the last VIEWING and LEFT are kept on the conversation, so the
 * API knows whether the customer would see a reply in the widget or needs it by email. The widget hears
 * its agent typing or leaving (api/presence/presence.ts publishes those).
 */

/** A VIEWING report lasts this long: the widget repeats it every 15 s while open. */
export const VIEWING_LASTS_MS = 40_000;

const ReportInput = z.object({
  conversationId: z.string().min(1).max(64),
  kind: z.enum(['VIEWING', 'LEFT', 'TYPING']),
  seenEntryId: z.string().min(1).max(200).nullish(),
});
const ConversationIdInput = z.object({ id: z.string().min(1).max(64) });

/**
 * The widget was open on the conversation at `at`: a VIEWING report within VIEWING_LASTS_MS before it
 * (or any after it), and no LEFT between that report and `at`. Read later than `at` (a reply emailed in
 * the background), a LEFT that came after `at` does not count.
 */
export function isCustomerConnected(presence: CustomerPresence | null | undefined, at: number): boolean {
  const seenAt = presence?.seenAt?.getTime();
  if (seenAt === undefined || at - seenAt >= VIEWING_LASTS_MS) return false;
  const leftAt = presence?.leftAt?.getTime();
  return leftAt === undefined || leftAt < seenAt || leftAt > at;
}

/** Whether `next` is later in the timeline than `current` (none yet: any entry is). */
export function movesForward(entryIds: readonly string[], current: string | null | undefined, next: string): boolean {
  const to = entryIds.indexOf(next);
  return to >= 0 && to > (current ? entryIds.indexOf(current) : -1);
}

export async function handleReportCustomerPresence({ input, context }: { input: MutationReportCustomerPresenceArgs; context: BatonContext }): Promise<boolean> {
  const principal = requireWidget(context);
  const { conversationId, kind, seenEntryId } = parseInput(ReportInput, input);
  await context.limits.consume('customerPresence', principal.sessionId);
  const doc = await context.db.conversations.findOne(
    { _id: conversationId },
    { projection: { workspaceId: 1, customer: 1, entryIds: 1, customerPresence: 1 } },
  );
  if (!doc || !canSee(principal, doc)) throw notFound(`Conversation ${conversationId} does not exist or is not yours.`);
  const entryIds = doc.entryIds ?? [];
  if (seenEntryId && !entryIds.includes(seenEntryId))
    throw badInput(`Entry ${seenEntryId} is not in this conversation; send the id of a timeline entry the widget displayed.`, 'seenEntryId');

  const now = new Date();
  const change: PresenceChange = {};
  if (kind === 'VIEWING') Object.assign(change, { seenAt: now, leftAt: null });
  if (kind === 'LEFT') change.leftAt = now;
  const conversation = { id: conversationId, workspaceId: doc.workspaceId };
  const current = seenEntryId ? ((await readCustomerPresence(context.db, conversationId, doc.customerPresence))?.seenEntryId ?? null) : null;
  const seenMoves = Boolean(seenEntryId) && movesForward(entryIds, current, seenEntryId!);
  if (seenMoves) {
    // Seen only moves forward, also when two reports race: the write lands only on the entry it was compared with.
    if (await writeCustomerPresence(context.db, conversation, { ...change, seenEntryId }, current)) {
      // Agents' open threads re-read the conversation and show "Seen".
      context.pubsub.publish('conversationChanged', conversationId, { conversationId, workspaceId: doc.workspaceId, changes: [] });
    } else if (Object.keys(change).length > 0) {
      // Another report moved it first: keep the rest of this report (VIEWING or LEFT) anyway.
      await writeCustomerPresence(context.db, conversation, change);
    }
  } else if (Object.keys(change).length > 0) {
    await writeCustomerPresence(context.db, conversation, change);
  }
  const report: CounterpartReported = { conversationId, workspaceId: doc.workspaceId, from: 'CUSTOMER', name: null, kind, at: now.toISOString() };
  context.pubsub.publish('counterpartPresence', conversationId, report);
  return true;
}

/** Agents hear the customer (viewing, leaving, typing); the customer's widget hears its agent typing or leaving. */
export async function subscribeToCounterpartPresence(
  args: SubscriptionCounterpartPresenceArgs,
  context: BatonContext,
): Promise<AsyncIterable<CounterpartPresence>> {
  const principal = requireAnyone(context);
  const { id } = parseInput(ConversationIdInput, args);
  if (!(await loadConversation(context.db, id, principal))) throw notFound(`Conversation ${id} does not exist or is not yours.`);
  const heard =
    principal.kind === 'user'
      ? (event: CounterpartReported) => event.from === 'CUSTOMER'
      : (event: CounterpartReported) => event.from === 'AGENT' && event.kind !== 'VIEWING';
  const reports = pipe(
    context.pubsub.subscribe('counterpartPresence', id),
    filter((event: CounterpartReported) => event.workspaceId === principal.workspaceId && heard(event)),
    map(({ conversationId, from, name, kind, at }: CounterpartReported): CounterpartPresence => ({ conversationId, from, name, kind, at })),
  );
  return endOnSignOut(context.currentUsers, principal, reports);
}

/** The customer's presence as stored, read once per conversation and request (or subscription event). */
const presenceReads = new WeakMap<object, Map<string, Promise<CustomerPresence | null>>>();

function presenceOf(conversation: ConversationResult, context: BatonContext, info: GraphQLResolveInfo): Promise<CustomerPresence | null> {
  const owner = info.operation.operation === 'subscription' ? conversation : context;
  let reads = presenceReads.get(owner);
  if (!reads) {
    reads = new Map();
    presenceReads.set(owner, reads);
  }
  let read = reads.get(conversation.id);
  if (!read) {
    read = readCustomerPresence(context.db, conversation.id, conversation.legacyCustomerPresence);
    reads.set(conversation.id, read);
  }
  return read;
}

export const customerPresenceFields: Pick<ConversationResolvers<BatonContext, ConversationResult>, 'customerConnected' | 'customerSeenEntryId'> = {
  customerConnected: async (conversation, _args, context, info) => isCustomerConnected(await presenceOf(conversation, context, info), Date.now()),
  customerSeenEntryId: async (conversation, _args, context, info) => (await presenceOf(conversation, context, info))?.seenEntryId ?? null,
};
