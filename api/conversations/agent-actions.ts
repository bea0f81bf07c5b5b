import { createHash, randomUUID } from 'node:crypto';
import type { UpdateDefinition } from '@temporalio/common';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { withLogContext } from '../../telemetry/logger';
import { claims } from '../../telemetry/metrics';
import {
  agentMessageUpdate,
  claimUpdate,
  conversationWorkflowId,
  noteUpdate,
  releaseUpdate,
  reopenUpdate,
  resolveUpdate,
  transferUpdate,
  type AgentRef,
  type ConversationStep,
} from '../../workflows/conversation-definitions';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { badInput, conflict, forbidden, notFound } from '../errors';
import { emailReplyInBackground } from '../mail/email-replies';
import type {
  MutationAddNoteArgs,
  MutationClaimConversationArgs,
  MutationReleaseConversationArgs,
  MutationReopenConversationArgs,
  MutationResolveConversationArgs,
  MutationSendAgentMessageArgs,
  MutationTransferConversationArgs,
} from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { loadConversation, type ConversationResult } from './conversation-view';
import { MAX_MESSAGE_LENGTH } from './send-customer-message';
import { toGraphQLError } from './workflow-errors';

const ConversationIdInput = z.object({ id: z.string().min(1).max(64) });
const messageText = z.string().trim().min(1, 'the message is empty').max(MAX_MESSAGE_LENGTH, `the message is longer than ${MAX_MESSAGE_LENGTH} characters`);
const AgentMessageInput = z.object({
  conversationId: z.string().min(1).max(64),
  text: messageText,
  clientMessageId: z.string().min(1).max(100),
});
const NoteInput = z.object({ conversationId: z.string().min(1).max(64), text: messageText, clientNoteId: z.string().min(1).max(100).nullish() });
const TransferInput = z.object({ id: z.string().min(1).max(64), toAgentId: z.string().min(1).max(64) });

/** The signed-in agent as the account is now (api/auth/current-user.ts re-reads it for every request). */
async function currentAgent(context: BatonContext): Promise<AgentRef> {
  const principal = requireUser(context);
  await context.limits.consume('agentAction', principal.userId);
  return { agentId: principal.userId, agentName: principal.name };
}

/** Sends one agent update to the conversation's workflow and returns the conversation as stored after it. */
async function updateConversation<Arg>(
  context: BatonContext,
  conversationId: string,
  update: UpdateDefinition<ConversationStep, [Arg]>,
  args: [Arg],
  updateId?: string,
): Promise<ConversationResult> {
  if (!(await loadConversation(context.db, conversationId, context.principal)))
    throw notFound(`Conversation ${conversationId} does not exist in your workspace.`);
  try {
    await withLogContext({ conversationId }, () =>
      context.temporal.workflow.getHandle(conversationWorkflowId(conversationId)).executeUpdate(update, { args, ...(updateId ? { updateId } : {}) }),
    );
  } catch (error) {
    throw toGraphQLError(error);
  }
  return (await loadConversation(context.db, conversationId, context.principal))!;
}

const stableId = (prefix: string, ...parts: string[]) => `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22)}`;

export async function handleClaimConversation({ input, context }: { input: MutationClaimConversationArgs; context: BatonContext }) {
  const { id } = parseInput(ConversationIdInput, input);
  const agent = await currentAgent(context);
  try {
    const claimed = await updateConversation(context, id, claimUpdate, [agent]);
    claims.inc({ outcome: 'claimed' });
    return claimed;
  } catch (error) {
    // Another agent was first, or the conversation cannot be claimed in its state: the race the inbox shows.
    if (error instanceof GraphQLError && error.extensions?.code === 'CONFLICT') claims.inc({ outcome: 'conflict' });
    throw error;
  }
}

export async function handleReleaseConversation({ input, context }: { input: MutationReleaseConversationArgs; context: BatonContext }) {
  const { id } = parseInput(ConversationIdInput, input);
  return updateConversation(context, id, releaseUpdate, [await currentAgent(context)]);
}

export async function handleResolveConversation({ input, context }: { input: MutationResolveConversationArgs; context: BatonContext }) {
  const { id } = parseInput(ConversationIdInput, input);
  return updateConversation(context, id, resolveUpdate, [await currentAgent(context)]);
}

/** Reopens a resolved conversation with the agent in charge (the customer reopens it by writing). */
export async function handleReopenConversation({ input, context }: { input: MutationReopenConversationArgs; context: BatonContext }) {
  const { id } = parseInput(ConversationIdInput, input);
  return updateConversation(context, id, reopenUpdate, [await currentAgent(context)]);
}

export async function handleTransferConversation({ input, context }: { input: MutationTransferConversationArgs; context: BatonContext }) {
  const { id, toAgentId } = parseInput(TransferInput, input);
  const agent = await currentAgent(context);
  const target = await context.db.users.findOne({ _id: toAgentId, workspaceId: requireUser(context).workspaceId });
  if (!target) throw badInput(`No agent ${toAgentId} in this workspace.`, 'toAgentId');
  if (target.active === false) throw badInput(`${target.name} is deactivated; transfer the conversation to an active agent.`, 'toAgentId');
  return updateConversation(context, id, transferUpdate, [{ ...agent, toAgentId: target._id, toAgentName: target.name }]);
}

/**
 * One voice per conversation: only its assignee writes to the customer; everyone else adds notes. An
 * unassigned conversation is left to the workflow, which answers that it must be claimed first.
 */
async function assertAssignee(context: BatonContext, conversationId: string, agent: AgentRef): Promise<void> {
  const conversation = await loadConversation(context.db, conversationId, context.principal);
  if (!conversation) throw notFound(`Conversation ${conversationId} does not exist in your workspace.`);
  const { assignee } = conversation;
  if (!assignee) throw conflict('Nobody has claimed this conversation; claim it first to reply to the customer, or add a note.');
  if (assignee.id !== agent.agentId)
    throw forbidden(
      `${assignee.name} is handling this conversation, so only they reply to the customer. Add a note (notes are open to every agent), or ask ${assignee.name} to transfer it to you.`,
    );
}

export async function handleSendAgentMessage({ input, context }: { input: MutationSendAgentMessageArgs; context: BatonContext }) {
  const { conversationId, text, clientMessageId } = parseInput(AgentMessageInput, input);
  const agent = await currentAgent(context);
  await assertAssignee(context, conversationId, agent);
  const messageId = stableId('m', conversationId, agent.agentId, clientMessageId);
  const conversation = await updateConversation(context, conversationId, agentMessageUpdate, [{ ...agent, messageId, text }], messageId);
  // A customer who left the chat gets the reply by email (once, in the background).
  emailReplyInBackground(context, conversationId, messageId);
  return conversation;
}

export async function handleAddNote({ input, context }: { input: MutationAddNoteArgs; context: BatonContext }) {
  const { conversationId, text, clientNoteId } = parseInput(NoteInput, input);
  const agent = await currentAgent(context);
  // With a clientNoteId a retried note is recorded once; without one, every call is a new note.
  const noteId = stableId('n', conversationId, agent.agentId, clientNoteId ?? randomUUID());
  return updateConversation(context, conversationId, noteUpdate, [{ ...agent, noteId, text }], noteId);
}
