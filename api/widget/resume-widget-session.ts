import { z } from 'zod';
import type { BatonContext } from '../context';
import { badInput, notFound } from '../errors';
import { addressLimitKey } from '../limits/client-address';
import { tokenOfLink } from '../mail/resume-link';
import type { MutationResumeWidgetSessionArgs, ResumedWidgetSession } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';

const ResumeInput = z.object({ link: z.string().trim().min(1, 'link is empty; open the link from the email').max(2000, 'This link is not valid') });

/**
 * Opens the conversation an emailed link points to, in a widget session of the same customer (the
 * session the conversation was started in), so the chat carries on where the email left it. Anyone
 * holding the link may: it is signed, names one conversation and expires (api/mail/resume-link.ts).
 */
export async function handleResumeWidgetSession({
  input,
  context,
}: {
  input: MutationResumeWidgetSessionArgs;
  context: BatonContext;
}): Promise<ResumedWidgetSession> {
  const { link } = parseInput(ResumeInput, input);
  // Per address, like new sessions: guessing at links costs a budget.
  await context.limits.consume('resumeLinkFromAddress', addressLimitKey(context.clientAddress));
  const claims = context.resumeLinks.verify(tokenOfLink(link));
  if (claims === 'invalid') throw badInput('This link is not valid', 'link');
  if (claims === 'expired') throw badInput('This link has expired; write to us again from the website', 'link');
  const { conversationId, sessionId, workspaceId } = claims;
  const [workspace, conversation] = await Promise.all([
    context.db.workspaces.findOne({ _id: workspaceId }),
    context.db.conversations.findOne({ _id: conversationId }, { projection: { workspaceId: 1, customer: 1 } }),
  ]);
  if (!workspace || conversation?.workspaceId !== workspaceId || conversation.customer.sessionId !== sessionId)
    throw notFound('The conversation this link opens no longer exists; write to us again from the website.');
  const token = await context.tokens.sign({ kind: 'widget', workspaceId, sessionId });
  return { session: { token, sessionId, workspace: { id: workspace._id, name: workspace.name } }, conversationId };
}
