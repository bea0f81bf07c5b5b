import { z } from 'zod';
import { requireWidget } from '../auth/require';
import type { BatonContext } from '../context';
import { loadConversation, type ConversationResult } from '../conversations/conversation-view';
import { conflict } from '../errors';
import { publishConversationChanged } from '../pubsub';
import type { MutationRateConversationArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { csatAttribution } from './csat-attribution';
import { ownConversation } from './own-conversation';

export const MAX_CSAT_COMMENT_LENGTH = 2000;

export const RateConversationInput = z.object({
  conversationId: z.string().min(1).max(64),
  score: z.number().int('score must be a whole number from 1 to 5').min(1, 'score must be from 1 to 5').max(5, 'score must be from 1 to 5'),
  comment: z.string().trim().max(MAX_CSAT_COMMENT_LENGTH, `the comment is longer than ${MAX_CSAT_COMMENT_LENGTH} characters; shorten it`).nullish(),
});

/**
 * The customer's 1-5 rating of a resolved conversation, with an optional comment; rating again
 * replaces it. It is written to the read model directly: it changes nothing the flow decides.
 */
export async function handleRateConversation({ input, context }: { input: MutationRateConversationArgs; context: BatonContext }): Promise<ConversationResult> {
  const principal = requireWidget(context);
  const { conversationId, score, comment } = parseInput(RateConversationInput, input);
  await context.limits.consume('customerMessage', principal.sessionId);
  const conversation = await ownConversation(context, principal, conversationId);
  if (conversation.status !== 'RESOLVED') throw conflict('You can rate the conversation once it is resolved.');
  const csat = { score, comment: comment || null, at: new Date(), ...csatAttribution(conversation) };
  await context.db.conversations.updateOne({ _id: conversationId }, { $set: { csat } });
  publishConversationChanged(context.pubsub, { conversationId, workspaceId: principal.workspaceId, changes: ['rating'] });
  const result = await loadConversation(context.db, conversationId, principal);
  if (!result) throw new Error(`conversation ${conversationId} was rated but cannot be read back`);
  return result;
}
