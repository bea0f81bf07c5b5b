import { map, pipe, Repeater } from 'graphql-yoga';
import type { ConversationChanged } from '../../activities/inbox-events';
import type { BatonDb } from '../../store/database';
import type { ConversationStatus } from '../../store/documents';
import type { BatonContext } from '../context';
import type { BatonPubSub } from '../pubsub';
import { createAvailabilityWatch, type AvailabilityWatch } from './availability-watch';
import { canMoveQueue, createQueueWatch, type QueueWatch } from './queue-watch';
import { hoursAt } from './wait-status';
import { onAvailabilityChange, workspaceAvailability } from './workspace-availability';

/**
 * A waiting customer's place in line moves when other conversations of the same queue move, and their
 * "anyone there?" when agents come and go or business hours begin or end; neither is a change of their
 * own conversation. So while a conversation waits, its conversationUpdated stream also carries an event
 * of its own for each inbox change that can move it (api/conversations/queue-watch.ts), and one when
 * its team's availability flips (api/conversations/availability-watch.ts). Nothing is added, and
 * nothing listened to, while it does not wait.
 */

/** How often waiting conversations' availability is checked when nothing announced a change (agents going AWAY by idleness, business hours). */
export const AVAILABILITY_RECHECK_MS = 15_000;

type WaitWatches = { availability: AvailabilityWatch; queue: QueueWatch };
const watchesByBus = new WeakMap<BatonPubSub, WaitWatches>();

/** The watches of this API's event bus, made on first use: availability is checked again on every availabilityChanged. */
function waitWatchesOf(db: BatonDb, pubsub: BatonPubSub): WaitWatches {
  let watches = watchesByBus.get(pubsub);
  if (!watches) {
    const availability = createAvailabilityWatch(async (workspaceId) => {
      const { workspace, agents } = await workspaceAvailability(db, pubsub, workspaceId);
      return { open: hoursAt(workspace, new Date()).open, agents };
    }, AVAILABILITY_RECHECK_MS);
    onAvailabilityChange(pubsub, (workspaceId) => availability.recheck(workspaceId));
    const queue = createQueueWatch(pubsub, async (conversationId) => (await placementOf(db, conversationId))?.teamId);
    watches = { availability, queue };
    watchesByBus.set(pubsub, watches);
  }
  return watches;
}

type Placement = { status: ConversationStatus; teamId: string | null };

const placementOf = async (db: BatonDb, conversationId: string): Promise<Placement | null> => {
  const doc = await db.conversations.findOne({ _id: conversationId }, { projection: { status: 1, teamId: 1 } });
  return doc ? { status: doc.status, teamId: doc.teamId ?? null } : null;
};

/** One event per inbox change and waiting conversation, shared by its streams (the widget, agents with it open), so they share its read. */
const relayedByEvent = new WeakMap<ConversationChanged, Map<string, ConversationChanged>>();

function relayed(cause: ConversationChanged, own: { conversationId: string; workspaceId: string }): ConversationChanged {
  let byConversation = relayedByEvent.get(cause);
  if (!byConversation) {
    byConversation = new Map();
    relayedByEvent.set(cause, byConversation);
  }
  let event = byConversation.get(own.conversationId);
  if (!event) {
    event = { conversationId: own.conversationId, workspaceId: own.workspaceId, changes: [] };
    byConversation.set(own.conversationId, event);
  }
  return event;
}

/**
 * The conversation's own changes, plus its queue's and its team's while it waits for a person. Resolves
 * once the team's availability is known, so the stream reports any change after its subscriber connected.
 */
export async function withWaitChanges(
  context: Pick<BatonContext, 'db' | 'pubsub'>,
  conversation: { id: string; workspaceId: string; status: ConversationStatus; teamId: string | null },
  own: AsyncIterable<ConversationChanged>,
): Promise<AsyncIterable<ConversationChanged>> {
  const { db, pubsub } = context;
  const { id: conversationId, workspaceId } = conversation;
  const { availability, queue } = waitWatchesOf(db, pubsub);
  let placement: Placement = { status: conversation.status, teamId: conversation.teamId };
  const waiting = () => placement.status === 'AWAITING_HUMAN';
  // A failed read (the database restarting) leaves the first answer to the stream's first check.
  if (waiting()) await availability.ready(workspaceId).catch(() => undefined);

  /** Follows the queue while the conversation waits; set once the stream is read. */
  let followQueue = () => {};

  const ownChanges = pipe(
    own,
    map(async (event: ConversationChanged) => {
      // Only a status move or an escalation can start or end the wait; messages leave it as it is.
      if (canMoveQueue(event.changes)) {
        const wasWaiting = waiting();
        placement = (await placementOf(db, conversationId)) ?? placement;
        // Its first answer now, so a flip soon after the escalation is not taken for the first.
        if (!wasWaiting && waiting()) availability.recheck(workspaceId);
        if (wasWaiting !== waiting()) followQueue();
      }
      return event;
    }),
  );

  const queueChanges = new Repeater<ConversationChanged>(async (push, stop) => {
    const following: { unwatch: (() => void) | null } = { unwatch: null };
    followQueue = () => {
      if (waiting() && !following.unwatch) {
        following.unwatch = queue.watch(workspaceId, {
          conversationId,
          teamId: () => placement.teamId,
          moved: (cause) => void push(relayed(cause, { conversationId, workspaceId })),
        });
      } else if (!waiting() && following.unwatch) {
        following.unwatch();
        following.unwatch = null;
      }
    };
    followQueue();
    await stop;
    following.unwatch?.();
  });

  const availabilityChanges = new Repeater<ConversationChanged>(async (push, stop) => {
    const unwatch = availability.watch(workspaceId, {
      teamId: () => placement.teamId,
      waiting,
      changed: () => void push({ conversationId, workspaceId, changes: [] }),
    });
    await stop;
    unwatch();
  });

  return Repeater.merge([ownChanges, queueChanges, availabilityChanges]);
}
