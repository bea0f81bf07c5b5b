import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StoredTeamDoc } from '../../store/database';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { conflict, notFound } from '../errors';
import type { MutationCreateTeamArgs, MutationDeleteTeamArgs, MutationRenameTeamArgs } from '../schema/generated/resolvers-types';
import { changeAndTellRouter } from '../users/routing-change';
import { asTeam, toTeamResult } from '../users/user-fields';
import { parseInput } from '../validate-input';
import { teamIdsInFlow } from './team-references';
import { isDuplicateKey } from '../../store/duplicate-key';

type Request<Args> = { input: Args; context: BatonContext };

export const MAX_TEAM_NAME = 60;
const TeamName = z.string().trim().min(1, 'the team name is empty').max(MAX_TEAM_NAME, `the team name is longer than ${MAX_TEAM_NAME} characters`);
const TeamId = z.string().trim().min(1, 'id is required').max(100);
export const CreateTeamInput = z.object({ name: TeamName });
export const RenameTeamInput = z.object({ id: TeamId, name: TeamName });
export const DeleteTeamInput = z.object({ id: TeamId });

/** Team names are unique in a workspace whatever their case: "Billing" and "billing" would be one team to people. */
const nameKeyOf = (name: string) => name.toLocaleLowerCase('en');

const duplicateName = (name: string) => conflict(`The workspace already has a team named ${name}; choose another name, or use that team.`);

async function findTeamForAdmin(context: BatonContext, id: string): Promise<StoredTeamDoc> {
  const admin = requireUser(context, 'admin');
  const team = await context.db.teams.findOne({ _id: id, workspaceId: admin.workspaceId });
  if (!team) throw notFound(`There is no team ${id} in your workspace; the teams query lists them.`);
  return team;
}

export async function handleTeams({ context }: { context: BatonContext }) {
  const principal = requireUser(context);
  const teams = await context.db.teams.find({ workspaceId: principal.workspaceId }).sort({ nameKey: 1 }).toArray();
  return teams.map((team) => asTeam(toTeamResult(team)));
}

export async function handleCreateTeam({ input, context }: Request<MutationCreateTeamArgs>) {
  const admin = requireUser(context, 'admin');
  const { name } = parseInput(CreateTeamInput, input);
  const team: StoredTeamDoc = { _id: `t_${randomUUID()}`, workspaceId: admin.workspaceId, name, nameKey: nameKeyOf(name), createdAt: new Date() };
  try {
    await context.db.teams.insertOne(team);
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicateName(name);
    throw error;
  }
  return asTeam(toTeamResult(team));
}

/** Flows name teams by id, so a rename changes no flow and no agent. */
export async function handleRenameTeam({ input, context }: Request<MutationRenameTeamArgs>) {
  const { id, name } = parseInput(RenameTeamInput, input);
  const team = await findTeamForAdmin(context, id);
  try {
    await context.db.teams.updateOne({ _id: team._id }, { $set: { name, nameKey: nameKeyOf(name) } });
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicateName(name);
    throw error;
  }
  return asTeam(toTeamResult({ ...team, name }));
}

/** Which of the published flow and the draft route conversations to the team, for the refusal to say. */
async function flowsRoutingTo(context: BatonContext, workspaceId: string, teamId: string): Promise<string[]> {
  const workspace = await context.db.workspaces.findOne({ _id: workspaceId }, { projection: { publishedFlowVersion: 1 } });
  const [published, draft] = await Promise.all([
    workspace?.publishedFlowVersion ? context.db.flows.findOne({ _id: `${workspaceId}:v${workspace.publishedFlowVersion}` }) : null,
    context.db.flowDrafts.findOne({ _id: workspaceId }),
  ]);
  const using: string[] = [];
  if (published && teamIdsInFlow(published.flow).has(teamId)) using.push(`the published flow (version ${published.version})`);
  if (draft && teamIdsInFlow(draft.flow).has(teamId)) using.push('the flow draft');
  return using;
}

/**
 * Deletes a team no flow routes to, and takes it off its agents (each of whom the router hears of).
 * Conversations already routed to it keep the id; Conversation.team reads null for them, as for anyone.
 */
export async function handleDeleteTeam({ input, context }: Request<MutationDeleteTeamArgs>) {
  const { id } = parseInput(DeleteTeamInput, input);
  const team = await findTeamForAdmin(context, id);
  const using = await flowsRoutingTo(context, team.workspaceId, team._id);
  if (using.length > 0)
    throw conflict(
      `${using.join(' and ')} ${using.length > 1 ? 'route' : 'routes'} conversations to the team ${team.name}; change the flow to route elsewhere first, then delete the team.`,
    );
  await context.db.teams.deleteOne({ _id: team._id });
  const members = await context.db.users.find({ workspaceId: team.workspaceId, teamIds: team._id }, { projection: { _id: 1 } }).toArray();
  for (const member of members) {
    await changeAndTellRouter(context, member._id, (user) =>
      user.teamIds?.includes(team._id) ? { teamIds: user.teamIds.filter((teamId) => teamId !== team._id) } : null,
    );
  }
  return true;
}
