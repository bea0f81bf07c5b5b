import { filter, map, pipe, Repeater } from 'graphql-yoga';
import type { ConversationChanged } from '../../activities/inbox-events';
import type { BatonDb } from '../../store/database';
import type { ConversationStatus } from '../../store/documents';
import type { BatonContext } from '../context';
import { anyoneOf, availableAgents, hoursAt } from './wait-status';

/**
 * A waiting customer's place in line moves when other conversations of the same queue move, and their
 * "anyone there?" when agents come and go or business hours begin or end; neither is a change of their
 * own conversation. So while a conversation waits, its conversationUpdated stream also carries an event
 * of its own for each inbox change that can move it (another conversation of its queue escalated,
 * claimed, assigned, resolved or reprioritised), and one when a periodic check finds the team's
 * availability changed. Nothing is added while it does not wait.
 */

/** How often a waiting conversation's stream looks at its team's availability (agents going AWAY announce nothing). */
export const AVAILABILITY_RECHECK_MS = 15_000;

/** Changes that can move a conversation in the queue: a status move, an escalation, a new priority. */
export const canMoveQueue = (changes: readonly string[]) =>
  changes.some((change) => change === 'escalated' || change === 'closed' || change === 'priority' || change.startsWith('state:'));

type Placement = { status: ConversationStatus; teamId: string | null };

const placementOf = async (db: BatonDb, conversationId: string): Promise<Placement | null> => {
  const doc = await db.conversations.findOne({ _id: conversationId }, { projection: { status: 1, teamId: 1 } });
  return doc ? { status: doc.status, teamId: doc.teamId ?? null } : null;
};

/** One read of a changed conversation's queue per inbox event, shared by every waiting stream it reaches. */
const placementsByEvent = new WeakMap<ConversationChanged, Promise<Placement | null>>();
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

/** The conversation's own changes, plus its queue's and its team's while it waits for a person. */
export function withWaitChanges(
  context: Pick<BatonContext, 'db' | 'pubsub'>,
  conversation: { id: string; workspaceId: string; status: ConversationStatus; teamId: string | null },
  own: AsyncIterable<ConversationChanged>,
  recheckMs = AVAILABILITY_RECHECK_MS,
): AsyncIterable<ConversationChanged> {
  const { db, pubsub } = context;
  const { id: conversationId, workspaceId } = conversation;
  let placement: Placement = { status: conversation.status, teamId: conversation.teamId };
  const waiting = () => placement.status === 'AWAITING_HUMAN';

  const ownChanges = pipe(
    own,
    map(async (event: ConversationChanged) => {
      // Only a status move or an escalation can start or end the wait; messages leave it as it is.
      if (canMoveQueue(event.changes)) placement = (await placementOf(db, conversationId)) ?? placement;
      return event;
    }),
  );

  const queueChanges = pipe(
    pubsub.subscribe('inboxChanged', workspaceId),
    filter(async (event: ConversationChanged) => {
      if (!waiting() || event.workspaceId !== workspaceId || event.conversationId === conversationId || !canMoveQueue(event.changes)) return false;
      let other = placementsByEvent.get(event);
      if (!other) {
        other = placementOf(db, event.conversationId);
        placementsByEvent.set(event, other);
      }
      return ((await other)?.teamId ?? null) === placement.teamId;
    }),
    map((event: ConversationChanged) => relayed(event, { conversationId, workspaceId })),
  );

  const availabilityChanges = new Repeater<ConversationChanged>(async (push, stop) => {
    let last: boolean | null = null;
    const check = async () => {
      if (!waiting()) {
        last = null;
        return;
      }
      const [workspace, agents] = await Promise.all([db.workspaces.findOne({ _id: workspaceId }), availableAgents(db, workspaceId)]);
      const available = hoursAt(workspace, new Date()).open && anyoneOf(agents, placement.teamId);
      if (last !== null && available !== last) await push({ conversationId, workspaceId, changes: [] });
      last = available;
    };
    // A failed read (the database restarting) decides nothing: the next check asks again.
    const tick = () => void check().catch(() => undefined);
    tick();
    const timer = setInterval(tick, recheckMs);
    timer.unref();
    await stop;
    clearInterval(timer);
  });

  return Repeater.merge([ownChanges, queueChanges, availabilityChanges]);
}
