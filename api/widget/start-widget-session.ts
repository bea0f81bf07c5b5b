import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { BatonContext } from '../context';
import { forbidden, notFound } from '../errors';
import { requestedWorkspaceKey } from '../limits/allowed-origins';
import { addressLimitKey } from '../limits/client-address';
import type { MutationStartWidgetSessionArgs, WidgetSession } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';

export const StartWidgetSessionInput = z.object({
  workspaceKey: z.string().trim().min(1, 'workspaceKey is required (the demo workspace is "demo")').max(64),
});

/**
 * A customer's session: a token scoped to one workspace and to the conversations this session
 * starts. Limited per client address, since a new session is also a fresh message budget;
 * each session's messages are limited too, and new conversations per workspace.
 */
export async function handleStartWidgetSession({ input, context }: { input: MutationStartWidgetSessionArgs; context: BatonContext }): Promise<WidgetSession> {
  const { workspaceKey } = parseInput(StartWidgetSessionInput, input);
  // The origin check let this page call for the workspace its URL names, and for no other.
  const named = requestedWorkspaceKey(context.request);
  if (named !== null && named !== workspaceKey) {
    throw forbidden(`This request is for workspace "${named}" but asks for a session of "${workspaceKey}"; use the same key in the URL and in workspaceKey.`);
  }
  await context.limits.consume('widgetSessionFromAddress', addressLimitKey(context.clientAddress));
  const workspace = await context.db.workspaces.findOne({ key: workspaceKey });
  if (!workspace) throw notFound(`No workspace has the key "${workspaceKey}"; check the data-workspace attribute of the widget's script tag.`);
  const sessionId = `s_${randomUUID()}`;
  const token = await context.tokens.sign({ kind: 'widget', workspaceId: workspace._id, sessionId });
  return { token, sessionId, workspace: { id: workspace._id, name: workspace.name } };
}
