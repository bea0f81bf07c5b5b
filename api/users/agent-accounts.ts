import bcrypt from 'bcryptjs';
import { z } from 'zod';
import type { UserDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { badInput, conflict, notFound } from '../errors';
import type {
  MutationDeactivateAgentArgs,
  MutationReactivateAgentArgs,
  MutationResetAgentPasswordArgs,
  MutationUpdateAgentArgs,
} from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { availabilityChange } from './availability-rules';
import { changeAndTellRouter } from './routing-change';
import { toUserResult } from './users';

type Request<Args> = { input: Args; context: BatonContext };

const AgentId = z.string().trim().min(1, 'id is required').max(200);
const Password = z.string().min(10, 'password must be at least 10 characters').max(200);

export const AgentIdInput = z.object({ id: AgentId });
/** The role is one of the schema's Role values; the name's length is checked here. */
export const UpdateAgentInput = z.object({
  id: AgentId,
  input: z.object({
    name: z.string().trim().min(1, 'name must not be empty').max(100).nullish(),
    capacity: z
      .number()
      .int('capacity must be a whole number of conversations')
      .min(0, 'capacity must be at least 0 (0 takes no automatic assignments)')
      .max(100, 'capacity must be at most 100')
      .nullish(),
    teams: z.array(z.string().trim().min(1, 'a team id is empty').max(100)).max(100, 'an agent can be in at most 100 teams').nullish(),
  }),
});
export const ResetAgentPasswordInput = z.object({ id: AgentId, password: Password });

/** An account of the admin's own workspace; any other (another workspace's, or none) is NOT_FOUND alike. */
async function findAgentForAdmin(context: BatonContext, id: string): Promise<UserDoc> {
  const admin = requireUser(context, 'admin');
  const user = await context.db.users.findOne({ _id: id, workspaceId: admin.workspaceId });
  if (!user) throw notFound(`There is no agent ${id} in your workspace; the agents query lists them.`);
  return user;
}

const activeAdmins = (context: BatonContext, workspaceId: string) => context.db.users.countDocuments({ workspaceId, role: 'admin', active: { $ne: false } });

const lastAdminConflict = (user: UserDoc) => conflict(`${user.name} is the last active admin of this workspace; make another agent an admin first.`);

/** What the assignment router keeps a copy of (store/routed-agent.ts): changing one bumps the routing version and tells it. */
const ROUTED_FIELDS = ['name', 'active', 'availability', 'capacity', 'teamIds'] as const satisfies (keyof UserDoc)[];

/** Writes the change; one the router cares about goes through the versioned write and reaches the router. */
async function writeAccount(context: BatonContext, user: UserDoc, set: Partial<UserDoc>): Promise<UserDoc> {
  if (!ROUTED_FIELDS.some((field) => field in set)) {
    await context.db.users.updateOne({ _id: user._id }, { $set: set });
    return { ...user, ...set };
  }
  return (await changeAndTellRouter(context, user._id, () => set)) ?? { ...user, ...set };
}

/**
 * Applies a change and tells every API instance, so the account's tokens follow it at once here and
 * within the cache bound elsewhere. A change that would leave the workspace without an active admin
 * is refused, and undone if two admins raced to remove each other.
 */
async function changeAccount(context: BatonContext, user: UserDoc, set: Partial<UserDoc>): Promise<UserDoc> {
  const losesAdmin = user.role === 'admin' && user.active !== false && (set.active === false || set.role === 'agent');
  if (losesAdmin && (await activeAdmins(context, user.workspaceId)) <= 1) throw lastAdminConflict(user);
  const changed = await writeAccount(context, user, set);
  if (losesAdmin && (await activeAdmins(context, user.workspaceId)) === 0) {
    const undo: Partial<UserDoc> = { role: user.role, active: true };
    if (user.availability) Object.assign(undo, { availability: user.availability, availabilitySetBy: user.availabilitySetBy });
    await writeAccount(context, changed, undo);
    context.currentUsers.changed(user._id);
    throw lastAdminConflict(user);
  }
  context.currentUsers.changed(user._id);
  return changed;
}

export async function handleDeactivateAgent({ input, context }: Request<MutationDeactivateAgentArgs>) {
  const { id } = parseInput(AgentIdInput, input);
  const user = await findAgentForAdmin(context, id);
  // Revoking the sessions too means reactivation never brings an old token back; and the account is
  // OFFLINE until it signs in again, so reactivating it assigns it nothing before that.
  const now = new Date();
  return toUserResult(await changeAccount(context, user, { active: false, sessionsRevokedAt: now, ...availabilityChange(user, 'OFFLINE', 'admin', now) }));
}

export async function handleReactivateAgent({ input, context }: Request<MutationReactivateAgentArgs>) {
  const { id } = parseInput(AgentIdInput, input);
  const user = await findAgentForAdmin(context, id);
  return toUserResult(await changeAccount(context, user, { active: true }));
}

export async function handleUpdateAgent({ input, context }: Request<MutationUpdateAgentArgs>) {
  const { id, input: checked } = parseInput(UpdateAgentInput, input);
  const change = { ...checked, role: input.input.role };
  if (!change.name && !change.role && typeof change.capacity !== 'number' && !change.teams)
    throw badInput('Give a name, a role, a capacity or teams to change.', 'input');
  const user = await findAgentForAdmin(context, id);
  const set: Partial<UserDoc> = {};
  if (change.name) set.name = change.name;
  if (change.role) set.role = change.role === 'ADMIN' ? 'admin' : 'agent';
  if (typeof change.capacity === 'number') set.capacity = change.capacity;
  if (change.teams) set.teamIds = await teamsOfWorkspace(context, user.workspaceId, change.teams);
  return toUserResult(await changeAccount(context, user, set));
}

/** The ids given, once each, after checking that each is a team of the workspace. */
async function teamsOfWorkspace(context: BatonContext, workspaceId: string, ids: string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  const found = await context.db.teams.find({ workspaceId, _id: { $in: wanted } }, { projection: { _id: 1 } }).toArray();
  const known = new Set(found.map((team) => team._id));
  const unknown = wanted.filter((teamId) => !known.has(teamId));
  if (unknown.length > 0) throw badInput(`There is no team ${unknown.join(', ')} in your workspace; the teams query lists them.`, 'input.teams');
  return wanted;
}

export async function handleResetAgentPassword({ input, context }: Request<MutationResetAgentPasswordArgs>) {
  const { id, password } = parseInput(ResetAgentPasswordInput, input);
  const user = await findAgentForAdmin(context, id);
  // Whoever held the old password may hold a token too: every token issued so far stops working.
  const set = { passwordHash: await bcrypt.hash(password, 10), sessionsRevokedAt: new Date(), revokedTokens: [] };
  return toUserResult(await changeAccount(context, user, set));
}
