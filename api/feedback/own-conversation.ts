import type { Principal } from '../auth/tokens';
import type { BatonContext } from '../context';
import type { ConversationDoc } from '../../store/documents';
import { notFound } from '../errors';

/** The caller's own conversation: one of this widget session's, in its workspace; anything else is "not found". */
export async function ownConversation(
  context: BatonContext,
  principal: Extract<Principal, { kind: 'widget' }>,
  conversationId: string,
): Promise<ConversationDoc> {
  const conversation = await context.db.conversations.findOne({ _id: conversationId });
  if (!conversation || conversation.workspaceId !== principal.workspaceId || conversation.customer.sessionId !== principal.sessionId) {
    throw notFound(`Conversation ${conversationId} does not exist in this widget session.`);
  }
  return conversation;
}
