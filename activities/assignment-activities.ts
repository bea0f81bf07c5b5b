/**
 * The assignment router's activities: read a workspace's routing state from MongoDB, mark agents
 * whose inbox went quiet AWAY, and send a conversation workflow an update (a claim for an agent, or
 * "the assignee went away") through the worker's own Temporal client. Names of the conversation's
 * workflow and updates come from the router (workflows/), which this room does not import.
 */
import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { routingSettingsOf, type RoutedAgent, type RoutedConversation, type RoutingSettings } from '../machines/routing/routing-types';
import type { BatonDb } from '../store/database';
import { routedAgentOf } from '../store/routed-agent';
import { currentLogger } from '../telemetry/logger';

export type RouterSnapshot = { settings: RoutingSettings; agents: RoutedAgent[]; conversations: RoutedConversation[] };
export type ConversationUpdateRequest = { workflowId: string; updateName: string; args: [unknown]; updateId: string };
export type ConversationUpdateOutcome = { ok: true } | { ok: false; reason: string };

export function createAssignmentActivities(options: { db: BatonDb }) {
  const { db } = options;
  return {
    /** Everything the router needs to (re)start: the settings, every account, every conversation waiting for or held by a person. */
    async loadRouterState(workspaceId: string): Promise<RouterSnapshot> {
      const [workspace, users, conversations] = await Promise.all([
        db.workspaces.findOne({ _id: workspaceId }, { projection: { settings: 1 } }),
        db.users.find({ workspaceId }).toArray(),
        db.conversations
          .find(
            { workspaceId, status: { $in: ['AWAITING_HUMAN', 'HUMAN_ACTIVE'] } },
            { projection: { status: 1, priority: 1, assignee: 1, escalation: 1, stepVersion: 1, teamId: 1, agentReplied: 1, requeuedFrom: 1 } },
          )
          .toArray(),
      ]);
      return {
        settings: routingSettingsOf(workspace?.settings?.assignment),
        agents: users.map(routedAgentOf),
        conversations: conversations.map((doc) => ({
          conversationId: doc._id,
          stepVersion: doc.stepVersion,
          status: doc.status,
          teamId: doc.teamId ?? null,
          priority: doc.priority,
          waitingSince: doc.status === 'AWAITING_HUMAN' && doc.escalation ? doc.escalation.at.toISOString() : null,
          assigneeId: doc.assignee?.id ?? null,
          agentReplied: doc.agentReplied ?? false,
          requeuedFrom: doc.requeuedFrom ?? null,
        })),
      };
    },

    /**
     * AVAILABLE agents whose last heartbeat is older than awayAfterSeconds become AWAY (set by idleness,
     * so their next heartbeat brings them back). Returns every agent of the workspace as stored now.
     */
    async markIdleAgentsAway(request: { workspaceId: string; awayAfterSeconds: number }): Promise<RoutedAgent[]> {
      const now = Date.now();
      const cutoff = new Date(now - request.awayAfterSeconds * 1000);
      const users = await db.users.find({ workspaceId: request.workspaceId }).toArray();
      for (const user of users) {
        if (user.availability !== 'AVAILABLE' || user.active === false) continue;
        const seen = user.lastSeenAt ?? user.availabilityChangedAt ?? user.createdAt;
        if (seen > cutoff) continue;
        const routingVersion = Math.max((user.routingVersion ?? 0) + 1, now);
        // Only if nothing changed it meanwhile (a heartbeat, the agent's own choice).
        const changed = await db.users.updateOne(
          {
            _id: user._id,
            availability: 'AVAILABLE',
            routingVersion: user.routingVersion ?? { $exists: false },
            lastSeenAt: user.lastSeenAt ?? { $exists: false },
          },
          { $set: { availability: 'AWAY', availabilitySetBy: 'idle', availabilityChangedAt: new Date(now), routingVersion } },
        );
        if (changed.modifiedCount === 1) currentLogger().info({ agentId: user._id }, "no heartbeat from the agent's inbox; marked away");
      }
      return (await db.users.find({ workspaceId: request.workspaceId }).toArray()).map(routedAgentOf);
    },

    /**
     * Sends one update to a conversation workflow. The update id makes a retried activity get the
     * first attempt's result instead of claiming twice; a refusal (claimed by someone first, no longer
     * waiting, the workflow gone) is an answer, not an error.
     */
    async updateConversation(request: ConversationUpdateRequest): Promise<ConversationUpdateOutcome> {
      const handle = Context.current().client.workflow.getHandle(request.workflowId);
      try {
        await handle.executeUpdate(request.updateName, { args: request.args, updateId: request.updateId });
        return { ok: true };
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return { ok: false, reason: error.cause.message };
        if (error instanceof WorkflowNotFoundError) return { ok: false, reason: `${request.workflowId} is not running` };
        throw error;
      }
    },
  };
}

export type AssignmentActivities = ReturnType<typeof createAssignmentActivities>;
