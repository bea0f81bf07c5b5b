import { routingSettingsOf } from '../../machines/routing/routing-types';
import type { BatonDb, StoredTeamDoc } from '../../store/database';
import type { AgentAvailability, UserDoc, WorkspaceDoc } from '../../store/documents';
import type { BatonContext } from '../context';
import type { Team, User } from '../schema/generated/resolvers-types';
import { createBatch, perRequest } from './request-batches';

/**
 * A User as handlers return it: the account's own fields, and the account itself for the fields
 * that read more (capacity, activeConversations, teams), which are field resolvers batched per
 * request. The schema's User type lists those too, so the result passes for one (asUser); a codegen
 * mapper for User (api/schema/codegen.ts) would make that cast unnecessary.
 */
export type UserResult = Pick<User, 'id' | 'name' | 'email' | 'role' | 'active'> & { account: UserDoc };
/** A Team as handlers return it; members is a field resolver (see UserResult for the cast). */
export type TeamResult = Pick<Team, 'id' | 'name'> & { workspaceId: string };

export const asUser = (user: UserResult) => user as unknown as User;
export const asTeam = (team: TeamResult) => team as unknown as Team;
const accountOf = (user: User) => (user as unknown as UserResult).account;

export const toTeamResult = (team: Pick<StoredTeamDoc, '_id' | 'name' | 'workspaceId'>): TeamResult => ({
  id: team._id,
  name: team.name,
  workspaceId: team.workspaceId,
});

export function toUserResult(user: UserDoc): User {
  return asUser({
    id: user._id,
    name: user.name,
    email: user.email,
    role: user.role === 'admin' ? 'ADMIN' : 'AGENT',
    active: user.active !== false,
    account: user,
  });
}

/** What the router and the inbox see: a deactivated account is OFFLINE whatever it last said; one that never signed in too. */
export const availabilityOf = (user: Pick<UserDoc, 'active' | 'availability'>): AgentAvailability =>
  user.active === false ? 'OFFLINE' : (user.availability ?? 'OFFLINE');

const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => a.name.localeCompare(b.name));

function batchesFor(db: BatonDb) {
  return {
    workspace: createBatch<string, WorkspaceDoc | null>(async (ids) => {
      const docs = await db.workspaces.find({ _id: { $in: ids } }).toArray();
      return new Map(docs.map((doc) => [doc._id, doc]));
    }, null),
    // One query for every agent of the response: the conversations they hold, counted here.
    activeConversations: createBatch<string, number>(async (agentIds) => {
      const held = await db.conversations.find({ status: 'HUMAN_ACTIVE', 'assignee.id': { $in: agentIds } }, { projection: { assignee: 1 } }).toArray();
      const counts = new Map<string, number>();
      for (const { assignee } of held) if (assignee) counts.set(assignee.id, (counts.get(assignee.id) ?? 0) + 1);
      return counts;
    }, 0),
    team: createBatch<string, StoredTeamDoc | null>(async (ids) => {
      const docs = await db.teams.find({ _id: { $in: ids } }).toArray();
      return new Map(docs.map((doc) => [doc._id, doc]));
    }, null),
    members: createBatch<string, UserDoc[]>(async (teamIds) => {
      const users = await db.users.find({ teamIds: { $in: teamIds }, active: { $ne: false } }).toArray();
      const members = new Map<string, UserDoc[]>(teamIds.map((id) => [id, []]));
      for (const user of byName(users)) for (const id of user.teamIds ?? []) members.get(id)?.push(user);
      return members;
    }, []),
  };
}

/** The batches of one request (a subscription's events share its context, but no batch outlives one step). */
export const requestBatches = perRequest((context: BatonContext) => batchesFor(context.db));

/** A team by id as this request may see it: one of the caller's workspace, or null. */
export async function teamResultById(context: BatonContext, id: string | null | undefined): Promise<Team | null> {
  if (!id || context.principal?.kind !== 'user') return null;
  const team = await requestBatches(context).team(id);
  return team && team.workspaceId === context.principal.workspaceId ? asTeam(toTeamResult(team)) : null;
}

/** The field resolvers of User and Team that read more than the account. */
export const userFieldResolvers = {
  availability: (user: User) => availabilityOf(accountOf(user)),
  lastSeenAt: (user: User) => accountOf(user).lastSeenAt?.toISOString() ?? null,
  capacity: async (user: User, _args: unknown, context: BatonContext) => {
    const account = accountOf(user);
    if (typeof account.capacity === 'number') return account.capacity;
    const workspace = await requestBatches(context).workspace(account.workspaceId);
    return routingSettingsOf(workspace?.settings?.assignment).defaultCapacity;
  },
  activeConversations: (user: User, _args: unknown, context: BatonContext) => requestBatches(context).activeConversations(accountOf(user)._id),
  teams: async (user: User, _args: unknown, context: BatonContext) => {
    const account = accountOf(user);
    const teams = await Promise.all((account.teamIds ?? []).map((id) => requestBatches(context).team(id)));
    return byName(teams.filter((team): team is StoredTeamDoc => team?.workspaceId === account.workspaceId).map(toTeamResult)).map(asTeam);
  },
};

export const teamFieldResolvers = {
  members: async (team: Team, _args: unknown, context: BatonContext) => {
    const { id, workspaceId } = team as unknown as TeamResult;
    const members = await requestBatches(context).members(id);
    return members.filter((member) => member.workspaceId === workspaceId).map(toUserResult);
  },
};
