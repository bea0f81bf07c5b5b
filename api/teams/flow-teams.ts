import type { BatonContext } from '../context';
import { badInput } from '../errors';
import { teamIdsInFlow } from './team-references';

/**
 * Refuses a flow that routes to a team the workspace does not have (a typo, or a deleted team), so
 * no conversation ever waits for a team nobody is in. Both saving a draft and publishing check it.
 */
export async function assertFlowTeamsExist(context: BatonContext, workspaceId: string, flow: unknown): Promise<void> {
  const named = [...teamIdsInFlow(flow)];
  if (named.length === 0) return;
  const found = await context.db.teams.find({ workspaceId, _id: { $in: named } }, { projection: { _id: 1 } }).toArray();
  const known = new Set(found.map((team) => team._id));
  const unknown = named.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw badInput(
      `The flow routes to ${unknown.length === 1 ? 'a team' : 'teams'} your workspace does not have: ${unknown.join(', ')}. Pick a team from the teams query, or create it first.`,
      'flow',
    );
}
