import type { BatonContext } from '../context';
import type {
  MutationCreateSavedReplyArgs,
  MutationDeleteSavedReplyArgs,
  MutationUpdateSavedReplyArgs,
  QuerySavedRepliesArgs,
  SavedReply,
} from '../schema/generated/resolvers-types';

export async function handleSavedReplies(_request: { input: QuerySavedRepliesArgs; context: BatonContext }): Promise<SavedReply[]> {
  throw new Error('not built yet');
}
export async function handleCreateSavedReply(_request: { input: MutationCreateSavedReplyArgs; context: BatonContext }): Promise<SavedReply> {
  throw new Error('not built yet');
}
export async function handleUpdateSavedReply(_request: { input: MutationUpdateSavedReplyArgs; context: BatonContext }): Promise<SavedReply> {
  throw new Error('not built yet');
}
export async function handleDeleteSavedReply(_request: { input: MutationDeleteSavedReplyArgs; context: BatonContext }): Promise<boolean> {
  throw new Error('not built yet');
}
