import type { BatonContext } from '../context';
import type { ConversationResult } from '../conversations/conversation-view';
import type { MutationRateAnswerArgs } from '../schema/generated/resolvers-types';

export async function handleRateAnswer(_request: { input: MutationRateAnswerArgs; context: BatonContext }): Promise<ConversationResult> {
  throw new Error('not built yet');
}
