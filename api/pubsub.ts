import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { ConversationChanged } from '../activities/inbox-events';

/** Topics: one per conversation, one per workspace inbox. */
export type BatonChannels = {
  conversationChanged: [conversationId: string, event: ConversationChanged];
  inboxChanged: [workspaceId: string, event: ConversationChanged];
  /** One channel for every user change, so each API instance drops its cached copy (api/auth/current-user.ts). */
  userChanged: [event: UserChanged];
  /** Agents viewing, leaving or typing in a conversation: one topic per conversation, never stored. */
  conversationPresence: [conversationId: string, event: PresenceReported];
  /** The customer's widget and the agents viewing, leaving or typing, for the other side: one topic per conversation, never stored. */
  counterpartPresence: [conversationId: string, event: CounterpartReported];
  /** An agent's availability, teams or account changed: waiting customers' "anyone there?" is checked again (api/conversations/wait-updates.ts). */
  availabilityChanged: [event: AvailabilityChanged];
};

export type AvailabilityChanged = { workspaceId: string };

/** One side's presence report on a conversation, for the other side (api/presence/customer-presence.ts). */
export type CounterpartReported = {
  conversationId: string;
  workspaceId: string;
  from: 'CUSTOMER' | 'AGENT';
  /** The agent's name; null for the customer. */
  name: string | null;
  kind: 'VIEWING' | 'LEFT' | 'TYPING';
  /** ISO time of the report. */
  at: string;
};

/** One agent's presence report on one conversation (api/presence/presence.ts). */
export type PresenceReported = {
  conversationId: string;
  workspaceId: string;
  agent: { id: string; name: string };
  kind: 'VIEWING' | 'LEFT' | 'TYPING';
  /** ISO time of the report; clients expire it (the schema's PresenceKind says after how long). */
  at: string;
};

/** A user's account changed (role, name, deactivation, revoked tokens): every instance re-reads it. */
export type UserChanged = { userId: string };

export type BatonPubSub = PubSub<BatonChannels>;

/** In-process by default; pass a Redis event target (REDIS_URL) when several API instances share events. */
export function createBatonPubSub(eventTarget?: PubSubEventTarget<BatonChannels>): BatonPubSub {
  return createPubSub<BatonChannels>(eventTarget ? { eventTarget } : {});
}

/** The publisher activities call: fans a change out to the conversation's and the workspace's subscribers. */
export function publishConversationChanged(pubsub: BatonPubSub, event: ConversationChanged): void {
  pubsub.publish('conversationChanged', event.conversationId, event);
  pubsub.publish('inboxChanged', event.workspaceId, event);
}
