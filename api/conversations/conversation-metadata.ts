import { z } from 'zod';
import type { ConversationChange } from '../../activities/inbox-events';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { notFound } from '../errors';
import type { MutationSetPriorityArgs, MutationTagConversationArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { loadConversation } from './conversation-view';
import { publishConversationChanged } from '../pubsub';

/**
 * Tags and an agent's priority are the inbox's own bookkeeping: they never change what the
 * flow decides, so they are written to the read model directly, not through the workflow.
 */
async function updateMetadata(context: BatonContext, id: string, set: Record<string, unknown>, change: ConversationChange) {
  const principal = requireUser(context);
  const result = await context.db.conversations.updateOne({ _id: id, workspaceId: principal.workspaceId }, { $set: set });
  if (result.matchedCount === 0) throw notFound(`Conversation ${id} does not exist in your workspace.`);
  publishConversationChanged(context.pubsub, { conversationId: id, workspaceId: principal.workspaceId, changes: [change] });
  return (await loadConversation(context.db, id, principal))!;
}

export const TagInput = z.object({
  id: z.string().min(1).max(64),
  tags: z.array(z.string().trim().toLowerCase().min(1, 'a tag cannot be empty').max(40, 'a tag is at most 40 characters')).max(20, 'at most 20 tags'),
});

export async function handleTagConversation({ input, context }: { input: MutationTagConversationArgs; context: BatonContext }) {
  const { id, tags } = parseInput(TagInput, input);
  return updateMetadata(context, id, { tags: [...new Set(tags)] }, 'tags');
}

/** The priority itself is one of the schema's Priority values; only the id's length is checked here. */
export const PriorityInput = z.object({ id: z.string().min(1).max(64) });

export async function handleSetPriority({ input, context }: { input: MutationSetPriorityArgs; context: BatonContext }) {
  const { id } = parseInput(PriorityInput, input);
  return updateMetadata(context, id, { agentPriority: input.priority.toLowerCase() }, 'priority');
}
