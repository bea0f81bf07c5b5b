import type { GraphQLResolveInfo } from 'graphql';
import { isWithinBusinessHours, msUntilBusinessHoursChange } from '../../machines/triggers/business-hours';
import type { BatonDb } from '../../store/database';
import type { WorkspaceDoc } from '../../store/documents';
import type { BatonContext } from '../context';
import type { ConversationResolvers } from '../schema/generated/resolvers-types';
import { awayMessagesOf } from '../workspace/away-messages';
import { anyoneOf } from './availability-watch';
import { workspaceAvailability } from './workspace-availability';
import type { ConversationResult } from './conversation-view';
import {
  expectedWaitSeconds,
  queueOf,
  queuePositionIn,
  recentWaits,
  waitSamplesOf,
  WAIT_SAMPLE_DAYS,
  type QueuedConversation,
  type WaitSample,
} from './wait-estimate';

/**
 * Where a waiting customer stands. The waiting conversations and the recent waits are read once per
 * request (or per subscription event) and workspace, and only for a conversation that waits; whether
 * anyone is there comes from the API's shared reading (api/conversations/workspace-availability.ts).
 */
type WorkspaceWaits = {
  queued?: Promise<QueuedConversation[]>;
  samples?: Promise<WaitSample[]>;
  queues: Map<string | null, string[]>;
};

/** Conversations whose transitions are read for the estimate: the most recently updated of the sample window. */
const SAMPLE_CONVERSATIONS_READ = 500;

const readsByOwner = new WeakMap<object, Map<string, WorkspaceWaits>>();

function waitsOf(owner: object, workspaceId: string): WorkspaceWaits {
  let byWorkspace = readsByOwner.get(owner);
  if (!byWorkspace) {
    byWorkspace = new Map();
    readsByOwner.set(owner, byWorkspace);
  }
  let waits = byWorkspace.get(workspaceId);
  if (!waits) {
    waits = { queues: new Map() };
    byWorkspace.set(workspaceId, waits);
  }
  return waits;
}

function queuedOf(db: BatonDb, waits: WorkspaceWaits, workspaceId: string): Promise<QueuedConversation[]> {
  waits.queued ??= db.conversations
    .find({ workspaceId, status: 'AWAITING_HUMAN' }, { projection: { _id: 1, status: 1, priority: 1, escalation: 1, assignee: 1, stepVersion: 1, teamId: 1 } })
    .toArray() as Promise<QueuedConversation[]>;
  return waits.queued;
}

function samplesOf(db: BatonDb, waits: WorkspaceWaits, workspaceId: string): Promise<WaitSample[]> {
  waits.samples ??= db.conversations
    .find({ workspaceId, updatedAt: { $gte: new Date(Date.now() - WAIT_SAMPLE_DAYS * 24 * 3600 * 1000) } }, { projection: { transitions: 1, teamId: 1 } })
    .sort({ updatedAt: -1 })
    .limit(SAMPLE_CONVERSATIONS_READ)
    .toArray()
    .then((docs) => docs.flatMap((doc) => waitSamplesOf(doc.transitions ?? [], doc.teamId ?? null)));
  return waits.samples;
}

/** Whether the hours (none: always open) include `at`, and when they open next when they do not. */
export function hoursAt(workspace: WorkspaceDoc | null, at: Date): { open: boolean; opensAt: string | null } {
  const hours = workspace?.settings?.businessHours;
  if (!hours) return { open: true, opensAt: null };
  if (isWithinBusinessHours(hours, at.toISOString())) return { open: true, opensAt: null };
  const wait = msUntilBusinessHoursChange(hours, at.toISOString());
  return { open: false, opensAt: wait === null ? null : new Date(at.getTime() + wait).toISOString() };
}

/** A subscription event is read like a request of its own: its conversation object owns the reads. */
const ownerOf = (conversation: ConversationResult, context: BatonContext, info: GraphQLResolveInfo): object =>
  info.operation.operation === 'subscription' ? conversation : context;

type Status = { open: boolean; opensAt: string | null; available: boolean };

async function availabilityOf(conversation: ConversationResult, context: BatonContext): Promise<Status> {
  const { workspace, agents } = await workspaceAvailability(context.db, context.pubsub, conversation.workspaceId);
  const hours = hoursAt(workspace, new Date());
  return { ...hours, available: hours.open && anyoneOf(agents, conversation.teamId) };
}

async function positionOf(conversation: ConversationResult, context: BatonContext, info: GraphQLResolveInfo): Promise<number | null> {
  if (conversation.status !== 'AWAITING_HUMAN') return null;
  const waits = waitsOf(ownerOf(conversation, context, info), conversation.workspaceId);
  let queue = waits.queues.get(conversation.teamId);
  if (!queue) {
    queue = queueOf(await queuedOf(context.db, waits, conversation.workspaceId), conversation.teamId);
    waits.queues.set(conversation.teamId, queue);
  }
  return queuePositionIn(queue, conversation.id);
}

/** Where a waiting customer stands: queue position, an honest expected wait, whether anyone is there. */
export const waitStatusFields: Pick<
  ConversationResolvers<BatonContext, ConversationResult>,
  'queuePosition' | 'expectedWaitSeconds' | 'teamAvailable' | 'teamBackAt' | 'awayMessage'
> = {
  queuePosition: (conversation, _args, context, info) => positionOf(conversation, context, info),
  expectedWaitSeconds: async (conversation, _args, context, info) => {
    const [position, status] = await Promise.all([positionOf(conversation, context, info), availabilityOf(conversation, context)]);
    if (position === null || !status.available) return null;
    const waits = waitsOf(ownerOf(conversation, context, info), conversation.workspaceId);
    const recent = recentWaits(await samplesOf(context.db, waits, conversation.workspaceId), conversation.teamId, Date.now());
    return expectedWaitSeconds(recent, position, status.available);
  },
  teamAvailable: async (conversation, _args, context) => (await availabilityOf(conversation, context)).available,
  teamBackAt: async (conversation, _args, context) => {
    const status = await availabilityOf(conversation, context);
    return status.open ? null : status.opensAt;
  },
  awayMessage: async (conversation, _args, context) => {
    const status = await availabilityOf(conversation, context);
    if (status.available) return null;
    const { workspace } = await workspaceAvailability(context.db, context.pubsub, conversation.workspaceId);
    const messages = awayMessagesOf(workspace?.settings);
    return status.open ? messages.busy : messages.closed;
  },
};
