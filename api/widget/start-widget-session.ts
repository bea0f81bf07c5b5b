import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { BatonContext } from '../context';
import { notFound } from '../errors';
import { parseInput } from '../validate-input';

export const StartWidgetSessionInput = z.object({
  workspaceKey: z.string().trim().min(1, 'workspaceKey is required (the demo workspace is "demo")').max(64),
});

/**
 * A customer's session: a token scoped to one workspace and to the conversations this session starts.
 * Not rate-limited by address: behind a load balancer every customer shares one, and a session
 * costs a signature, no storage. Each session's messages are limited instead.
 */
export async function handleStartWidgetSession({ input, context }: { input: unknown; context: BatonContext }) {
  const { workspaceKey } = parseInput(StartWidgetSessionInput, input);
  const workspace = await context.db.workspaces.findOne({ key: workspaceKey });
  if (!workspace) throw notFound(`No workspace has the key "${workspaceKey}"; check the data-workspace attribute of the widget's script tag.`);
  const sessionId = `s_${randomUUID()}`;
  const token = await context.tokens.sign({ kind: 'widget', workspaceId: workspace._id, sessionId });
  return { token, sessionId, workspace: { id: workspace._id, name: workspace.name } };
}
