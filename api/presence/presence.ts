import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { endOnSignOut } from '../auth/end-on-sign-out';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { loadConversation } from '../conversations/conversation-view';
import { notFound } from '../errors';
import type { PresenceReported } from '../pubsub';
import type { AgentPresence, MutationReportPresenceArgs, SubscriptionConversationPresenceArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';

/**
 * Who else has a conversation open, and who is typing in it. Nothing is kept on the server: each
 * report goes out to the agents subscribed to the conversation, and their pages keep the list of
 * viewers, dropping a report once it is older than its kind lasts (VIEWING 40 s, TYPING 6 s).
 */
const ReportPresenceInput = z.object({ conversationId: z.string().min(1).max(64) });
const ConversationIdInput = z.object({ id: z.string().min(1).max(64) });

const notInWorkspace = (id: string) => notFound(`Conversation ${id} does not exist in your workspace.`);

export async function handleReportPresence({ input, context }: { input: MutationReportPresenceArgs; context: BatonContext }): Promise<boolean> {
  const principal = requireUser(context);
  const { conversationId } = parseInput(ReportPresenceInput, input);
  await context.limits.consume('agentAction', principal.userId);
  const conversation = await loadConversation(context.db, conversationId, principal);
  if (!conversation) throw notInWorkspace(conversationId);
  const event: PresenceReported = {
    conversationId,
    workspaceId: principal.workspaceId,
    agent: { id: principal.userId, name: principal.name },
    kind: input.kind,
    at: new Date().toISOString(),
  };
  context.pubsub.publish('conversationPresence', conversationId, event);
  // The customer's widget hears its agent typing or leaving (never viewing); only the assignee writes to the customer.
  if (input.kind !== 'VIEWING' && conversation.assignee?.id === principal.userId) {
    const { workspaceId, agent, kind, at } = event;
    context.pubsub.publish('counterpartPresence', conversationId, { conversationId, workspaceId, from: 'AGENT', name: agent.name, kind, at });
  }
  return true;
}

/** The other agents' reports on one conversation of the subscriber's workspace; their own never come back to them. */
export async function subscribeToPresence(args: SubscriptionConversationPresenceArgs, context: BatonContext): Promise<AsyncIterable<PresenceReported>> {
  const principal = requireUser(context);
  const { id } = parseInput(ConversationIdInput, args);
  if (!(await loadConversation(context.db, id, principal))) throw notInWorkspace(id);
  const others = pipe(
    context.pubsub.subscribe('conversationPresence', id),
    filter((event: PresenceReported) => event.workspaceId === principal.workspaceId && event.agent.id !== principal.userId),
  );
  return endOnSignOut(context.currentUsers, principal, others);
}

export const toAgentPresence = ({ conversationId, agent, kind, at }: PresenceReported): AgentPresence => ({ conversationId, agent, kind, at });
