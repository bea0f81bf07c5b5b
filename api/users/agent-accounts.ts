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
import { toUserResult } from './users';

type Request<Args> = { input: Args; context: BatonContext };

const AgentId = z.string().trim().min(1, 'id is required').max(200);
const Password = z.string().min(10, 'password must be at least 10 characters').max(200);

export const AgentIdInput = z.object({ id: AgentId });
/** The role is one of the schema's Role values; the name's length is checked here. */
export const UpdateAgentInput = z.object({
  id: AgentId,
  input: z.object({ name: z.string().trim().min(1, 'name must not be empty').max(100).nullish() }),
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

/**
 * Applies a change and tells every API instance, so the account's tokens follow it at once here and
 * within the cache bound elsewhere. A change that would leave the workspace without an active admin
 * is refused, and undone if two admins raced to remove each other.
 */
async function changeAccount(context: BatonContext, user: UserDoc, set: Partial<UserDoc>): Promise<UserDoc> {
  const losesAdmin = user.role === 'admin' && user.active !== false && (set.active === false || set.role === 'agent');
  if (losesAdmin && (await activeAdmins(context, user.workspaceId)) <= 1) throw lastAdminConflict(user);
  await context.db.users.updateOne({ _id: user._id }, { $set: set });
  if (losesAdmin && (await activeAdmins(context, user.workspaceId)) === 0) {
    await context.db.users.updateOne({ _id: user._id }, { $set: { role: user.role, active: true } });
    context.currentUsers.changed(user._id);
    throw lastAdminConflict(user);
  }
  context.currentUsers.changed(user._id);
  return { ...user, ...set };
}

export async function handleDeactivateAgent({ input, context }: Request<MutationDeactivateAgentArgs>) {
  const { id } = parseInput(AgentIdInput, input);
  const user = await findAgentForAdmin(context, id);
  // Revoking the sessions too means reactivation never brings an old token back.
  return toUserResult(await changeAccount(context, user, { active: false, sessionsRevokedAt: new Date() }));
}

export async function handleReactivateAgent({ input, context }: Request<MutationReactivateAgentArgs>) {
  const { id } = parseInput(AgentIdInput, input);
  const user = await findAgentForAdmin(context, id);
  return toUserResult(await changeAccount(context, user, { active: true }));
}

export async function handleUpdateAgent({ input, context }: Request<MutationUpdateAgentArgs>) {
  const { id, input: checked } = parseInput(UpdateAgentInput, input);
  const change = { ...checked, role: input.input.role };
  if (!change.name && !change.role) throw badInput('Give a name or a role to change.', 'input');
  const user = await findAgentForAdmin(context, id);
  const set: Partial<UserDoc> = {};
  if (change.name) set.name = change.name;
  if (change.role) set.role = change.role === 'ADMIN' ? 'admin' : 'agent';
  return toUserResult(await changeAccount(context, user, set));
}

export async function handleResetAgentPassword({ input, context }: Request<MutationResetAgentPasswordArgs>) {
  const { id, password } = parseInput(ResetAgentPasswordInput, input);
  const user = await findAgentForAdmin(context, id);
  // Whoever held the old password may hold a token too: every token issued so far stops working.
  const set = { passwordHash: await bcrypt.hash(password, 10), sessionsRevokedAt: new Date(), revokedTokens: [] };
  return toUserResult(await changeAccount(context, user, set));
}
