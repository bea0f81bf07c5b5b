import type { BatonContext } from '../context';
import { addressLimitKey } from './client-address';
import { RATE_LIMITS } from './rate-limits';

/** A workspace's ceiling on new conversations per minute: its own setting, or the default. */
export const newConversationsPerMinute = (settings: { newConversationsPerMinute?: number | null } | undefined) =>
  settings?.newConversationsPerMinute ?? RATE_LIMITS.newConversationInWorkspace.points;

/**
 * Spends the new-conversation budgets (the client's address, then the workspace) for a first
 * message, unless a retry of that message already started the conversation: its id comes from
 * the session and the clientMessageId, and a recorded message has its conversation stored, so a
 * retry is never refused for a conversation that exists.
 */
export async function spendNewConversationBudget(context: BatonContext, workspaceId: string, conversationId: string): Promise<void> {
  const existing = await context.db.conversations.findOne({ _id: conversationId }, { projection: { _id: 1 } });
  if (existing) return;
  await context.limits.consume('newConversationFromAddress', addressLimitKey(context.clientAddress));
  const workspace = await context.db.workspaces.findOne({ _id: workspaceId }, { projection: { 'settings.newConversationsPerMinute': 1 } });
  await context.limits.consume('newConversationInWorkspace', workspaceId, newConversationsPerMinute(workspace?.settings));
}
