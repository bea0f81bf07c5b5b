import type { BatonContext } from '../context';
import type { ConversationResult } from '../conversations/conversation-view';
import type { MutationRateConversationArgs } from '../schema/generated/resolvers-types';

export async function handleRateConversation(_request: { input: MutationRateConversationArgs; context: BatonContext }): Promise<ConversationResult> {
  throw new Error('not built yet');
}
