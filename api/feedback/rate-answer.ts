import { z } from 'zod';
import { conversationWorkflowId, rateAnswerUpdate } from '../../workflows/conversation-definitions';
import type { AnswerRatingDoc } from '../../store/documents';
import { currentLogger } from '../../telemetry/logger';
import { requireWidget } from '../auth/require';
import type { BatonContext } from '../context';
import { loadConversation, type ConversationResult } from '../conversations/conversation-view';
import { toGraphQLError } from '../conversations/workflow-errors';
import { badInput } from '../errors';
import type { MutationRateAnswerArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { ownConversation } from './own-conversation';
import { storeAnswerRating, undoAnswerRating } from './answer-ratings';

/** The ids' lengths; helpful is the schema's Boolean. */
export const RateAnswerInput = z.object({
  conversationId: z.string().min(1).max(64),
  entryId: z.string().min(1).max(200),
});

/**
 * "Did that help?" under an AI answer. The rating is kept (the newest wins) for insights; while the AI
 * is still answering, a new or changed rating also reaches the conversation workflow, which resolves
 * on yes and counts a no toward the failed-answers trigger. A repeated rating reaches it once.
 */
export async function handleRateAnswer({ input, context }: { input: MutationRateAnswerArgs; context: BatonContext }): Promise<ConversationResult> {
  const principal = requireWidget(context);
  const { conversationId, entryId } = parseInput(RateAnswerInput, input);
  const { helpful } = input;
  await context.limits.consume('customerMessage', principal.sessionId);
  const conversation = await ownConversation(context, principal, conversationId);
  const entry = await context.db.messages.findOne({ _id: entryId });
  if (!entry || entry.conversationId !== conversationId || entry.kind !== 'AI') {
    throw badInput(`Entry ${entryId} is not an AI answer of conversation ${conversationId}; only the AI's answers can be rated.`, 'entryId');
  }
  const rating: AnswerRatingDoc = {
    _id: `${conversationId}:${entryId}`,
    workspaceId: principal.workspaceId,
    conversationId,
    entryId,
    helpful,
    answerText: entry.text,
    citations: entry.citations ?? [],
    at: new Date(),
  };
  const before = await storeAnswerRating(context.db, rating);
  const changed = before?.helpful !== helpful;
  // Escalated or resolved: people (or nobody) answer now, so the rating is only kept for insights.
  if (changed && conversation.status === 'AI_ANSWERING') {
    try {
      await context.temporal.workflow.getHandle(conversationWorkflowId(conversationId)).executeUpdate(rateAnswerUpdate, {
        updateId: `rate-${entryId}-${helpful}`,
        args: [{ entryId, helpful }],
      });
    } catch (error) {
      // The workflow did not take it: put the earlier rating back, so a retry forwards it again.
      await undoAnswerRating(context.db, rating, before).catch(() => {});
      throw toGraphQLError(error);
    }
  }
  currentLogger()
    .child({ conversationId })
    .info({ entryId, helpful, forwarded: changed && conversation.status === 'AI_ANSWERING' }, 'answer rated');
  const result = await loadConversation(context.db, conversationId, principal);
  if (!result) throw new Error(`conversation ${conversationId} was rated but cannot be read back`);
  return result;
}
