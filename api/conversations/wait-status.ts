import type { GraphQLResolveInfo } from 'graphql';
import { isWithinBusinessHours, msUntilBusinessHoursChange } from '../../machines/triggers/business-hours';
import type { BatonDb } from '../../store/database';
import type { WorkspaceDoc } from '../../store/documents';
import type { BatonContext } from '../context';
import type { ConversationResolvers } from '../schema/generated/resolvers-types';
import { awayMessagesOf } from '../workspace/away-messages';
import { anyoneOf } from './availability-watch';
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
 * Where a waiting customer stands. Everything is read once per request (or per subscription event) and
 * workspace, whatever number of conversations the request resolves: the waiting conversations, the
 * available agents, the workspace's hours and its recent waits.
 */
type WorkspaceWaits = {
  workspace: Promise<WorkspaceDoc | null>;
  queued: Promise<QueuedConversation[]>;
  available: Promise<{ teamIds?: string[] }[]>;
  samples?: Promise<WaitSample[]>;
  queues: Map<string | null, string[]>;
};

/** Conversations whose transitions are read for the estimate: the most recently updated of the sample window. */
const SAMPLE_CONVERSATIONS_READ = 500;

const readsByOwner = new WeakMap<object, Map<string, WorkspaceWaits>>();

function waitsOf(db: BatonDb, owner: object, workspaceId: string): WorkspaceWaits {
  let byWorkspace = readsByOwner.get(owner);
  if (!byWorkspace) {
    byWorkspace = new Map();
    readsByOwner.set(owner, byWorkspace);
  }
  let waits = byWorkspace.get(workspaceId);
  if (!waits) {
    waits = {
      workspace: db.workspaces.findOne({ _id: workspaceId }),
      queued: db.conversations
        .find(
          { workspaceId, status: 'AWAITING_HUMAN' },
          { projection: { _id: 1, status: 1, priority: 1, escalation: 1, assignee: 1, stepVersion: 1, teamId: 1 } },
        )
        .toArray() as Promise<QueuedConversation[]>,
      available: availableAgents(db, workspaceId),
      queues: new Map(),
    };
    byWorkspace.set(workspaceId, waits);
  }
  return waits;
}

/** The workspace's active agents who are AVAILABLE now (admins answer conversations too). */
export const availableAgents = (db: BatonDb, workspaceId: string) =>
  db.users.find({ workspaceId, availability: 'AVAILABLE', active: { $ne: false } }, { projection: { teamIds: 1 } }).toArray();

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

async function availabilityOf(conversation: ConversationResult, context: BatonContext, info: GraphQLResolveInfo): Promise<Status> {
  const waits = waitsOf(context.db, ownerOf(conversation, context, info), conversation.workspaceId);
  const [workspace, agents] = await Promise.all([waits.workspace, waits.available]);
  const hours = hoursAt(workspace, new Date());
  return { ...hours, available: hours.open && anyoneOf(agents, conversation.teamId) };
}

async function positionOf(conversation: ConversationResult, context: BatonContext, info: GraphQLResolveInfo): Promise<number | null> {
  if (conversation.status !== 'AWAITING_HUMAN') return null;
  const waits = waitsOf(context.db, ownerOf(conversation, context, info), conversation.workspaceId);
  let queue = waits.queues.get(conversation.teamId);
  if (!queue) {
    queue = queueOf(await waits.queued, conversation.teamId);
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
    const [position, status] = await Promise.all([positionOf(conversation, context, info), availabilityOf(conversation, context, info)]);
    if (position === null || !status.available) return null;
    const waits = waitsOf(context.db, ownerOf(conversation, context, info), conversation.workspaceId);
    const recent = recentWaits(await samplesOf(context.db, waits, conversation.workspaceId), conversation.teamId, Date.now());
    return expectedWaitSeconds(recent, position, status.available);
  },
  teamAvailable: async (conversation, _args, context, info) => (await availabilityOf(conversation, context, info)).available,
  teamBackAt: async (conversation, _args, context, info) => {
    const status = await availabilityOf(conversation, context, info);
    return status.open ? null : status.opensAt;
  },
  awayMessage: async (conversation, _args, context, info) => {
    const status = await availabilityOf(conversation, context, info);
    if (status.available) return null;
    const workspace = await waitsOf(context.db, ownerOf(conversation, context, info), conversation.workspaceId).workspace;
    const messages = awayMessagesOf(workspace?.settings);
    return status.open ? messages.busy : messages.closed;
  },
};
