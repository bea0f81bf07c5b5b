import { z } from 'zod';
import type { ConversationStatus } from '../flow-schema';
import type { Priority } from '../triggers/trigger-params';

/**
 * What automatic assignment works with: the workspace's settings, the agents as the router sees
 * them and the conversations that wait for or are held by a person. Plain JSON, so the router
 * workflow carries them over continue-as-new and the API and activities build them from MongoDB.
 */

export const AGENT_AVAILABILITIES = ['AVAILABLE', 'AWAY', 'OFFLINE'] as const;
export type AgentAvailability = (typeof AGENT_AVAILABILITIES)[number];

export const ASSIGNMENT_MODES = ['MANUAL', 'ROUND_ROBIN', 'LEAST_LOADED'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

export const RoutingSettingsSchema = z.object({
  mode: z.enum(ASSIGNMENT_MODES),
  /** An agent's capacity when an admin has not set one. */
  defaultCapacity: z.number().int().min(0).max(100),
  /** An AVAILABLE agent whose inbox sent no heartbeat for this long becomes AWAY. */
  awayAfterSeconds: z.number().int().min(30).max(86_400),
  /** An agent who became AWAY or OFFLINE keeps their unanswered conversations this long. */
  reassignAfterSeconds: z.number().int().min(1).max(86_400),
});
export type RoutingSettings = z.infer<typeof RoutingSettingsSchema>;

/** Agents claim by hand until an admin turns automatic assignment on. */
export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = { mode: 'MANUAL', defaultCapacity: 3, awayAfterSeconds: 90, reassignAfterSeconds: 120 };

/** A workspace's stored settings (any of them may be missing) with the defaults filled in. */
export const routingSettingsOf = (stored: Partial<RoutingSettings> | undefined | null): RoutingSettings => ({ ...DEFAULT_ROUTING_SETTINGS, ...stored });

/** An agent as the router keeps them. */
export type RoutedAgent = {
  agentId: string;
  name: string;
  /** Deactivated accounts are kept as OFFLINE with active false; they are never assigned. */
  active: boolean;
  availability: AgentAvailability;
  /** When the availability last changed (ISO): the grace for unanswered conversations counts from it. */
  availabilityChangedAt: string;
  /** The last heartbeat (ISO), or null. */
  lastSeenAt: string | null;
  /** The agent's own capacity; null means the workspace's default. */
  capacity: number | null;
  teamIds: string[];
  /** UserDoc.routingVersion: of two copies of an agent, the router keeps the higher. */
  version: number;
};

/** A conversation's part in routing, reported by every step that changes it (and read back from MongoDB at start). */
export type RoutedConversation = {
  conversationId: string;
  /** The step that reported it: of two reports, the router keeps the higher. */
  stepVersion: number;
  status: ConversationStatus;
  teamId: string | null;
  priority: Priority;
  /** When it started waiting for a person (ISO), for the queue's order; null unless AWAITING_HUMAN. */
  waitingSince: string | null;
  assigneeId: string | null;
  /** The assignee has written to the customer since they were given it. */
  agentReplied: boolean;
  /** The agent whose silence sent it back: offered to someone else first. */
  requeuedFrom: string | null;
};
