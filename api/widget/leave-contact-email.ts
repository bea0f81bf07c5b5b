import { z } from 'zod';
import { publishConversationChanged } from '../pubsub';
import { requireWidget } from '../auth/require';
import type { BatonContext } from '../context';
import { canSee, loadConversation, type ConversationResult } from '../conversations/conversation-view';
import { notFound } from '../errors';
import type { MutationLeaveContactEmailArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';

/** The longest address SMTP carries (RFC 5321's path limit, less its angle brackets). */
const MAX_EMAIL_LENGTH = 254;

const ContactEmailInput = z.object({
  conversationId: z.string().min(1).max(64),
  email: z
    .string()
    .trim()
    .max(MAX_EMAIL_LENGTH, `the email address is longer than ${MAX_EMAIL_LENGTH} characters; check it for typos`)
    .pipe(z.email({ error: (issue) => `"${String(issue.input).slice(0, 60)}" is not an email address; check it for typos` })),
});

/**
 * The customer leaves an address for replies while nobody can answer in the chat: an agent's reply
 * reaches them there once they have closed the widget (api/mail/email-replies.ts). A new address
 * replaces the old one; agents see it on the conversation at once.
 */
export async function handleLeaveContactEmail({
  input,
  context,
}: {
  input: MutationLeaveContactEmailArgs;
  context: BatonContext;
}): Promise<ConversationResult> {
  const principal = requireWidget(context);
  const { conversationId, email } = parseInput(ContactEmailInput, input);
  await context.limits.consume('contactEmail', principal.sessionId);
  const doc = await context.db.conversations.findOne({ _id: conversationId }, { projection: { workspaceId: 1, customer: 1 } });
  if (!doc || !canSee(principal, doc)) throw notFound(`Conversation ${conversationId} does not exist or is not yours.`);
  await context.db.conversations.updateOne({ _id: conversationId }, { $set: { 'customer.email': email } });
  publishConversationChanged(context.pubsub, { conversationId, workspaceId: doc.workspaceId, changes: ['contact'] });
  return (await loadConversation(context.db, conversationId, principal))!;
}
