import type { BatonContext } from '../context';
import type { ConversationResult } from '../conversations/conversation-view';
import type { MutationLeaveContactEmailArgs } from '../schema/generated/resolvers-types';

export async function handleLeaveContactEmail(_request: { input: MutationLeaveContactEmailArgs; context: BatonContext }): Promise<ConversationResult> {
  throw new Error('not built yet');
}
