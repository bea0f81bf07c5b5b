import type { BatonContext } from '../context';
import type { MutationSuggestReplyArgs, SuggestedReply } from '../schema/generated/resolvers-types';

export async function handleSuggestReply(_request: { input: MutationSuggestReplyArgs; context: BatonContext }): Promise<SuggestedReply> {
  throw new Error('not built yet');
}
