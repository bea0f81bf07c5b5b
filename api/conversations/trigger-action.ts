import { z } from 'zod';
import { conversationWorkflowId, customerActionUpdate } from '../../workflows/conversation-definitions';
import { requireWidget } from '../auth/require';
import type { BatonContext } from '../context';
import { notFound } from '../errors';
import type { MutationTriggerActionArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { loadConversation, type ConversationResult } from './conversation-view';
import { toGraphQLError } from './workflow-errors';

export const TriggerActionInput = z.object({
  conversationId: z.string().min(1).max(64),
  action: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'action must be a lower_snake_case name such as talk_to_human'),
});

/** A widget button (e.g. "talk to a person") sent to the conversation's flow as an `action` trigger. */
export async function handleTriggerAction({ input, context }: { input: MutationTriggerActionArgs; context: BatonContext }): Promise<ConversationResult> {
  const principal = requireWidget(context);
  const { conversationId, action } = parseInput(TriggerActionInput, input);
  await context.limits.consume('customerMessage', principal.sessionId);
  if (!(await loadConversation(context.db, conversationId, principal))) {
    throw notFound(`Conversation ${conversationId} does not exist in this widget session.`);
  }
  try {
    await context.temporal.workflow.getHandle(conversationWorkflowId(conversationId)).executeUpdate(customerActionUpdate, { args: [{ action }] });
  } catch (error) {
    throw toGraphQLError(error);
  }
  return (await loadConversation(context.db, conversationId, principal))!;
}
