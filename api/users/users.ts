import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { MongoServerError } from 'mongodb';
import { z } from 'zod';
import type { UserDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { conflict } from '../errors';
import type { MutationCreateAgentArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { toUserResult } from './user-fields';

export { toUserResult };

export async function handleMe({ context }: { context: BatonContext }) {
  if (context.principal?.kind !== 'user') return null;
  const user = await context.db.users.findOne({ _id: context.principal.userId });
  return user ? toUserResult(user) : null;
}

export async function handleAgents({ context }: { context: BatonContext }) {
  const principal = requireUser(context);
  const users = await context.db.users.find({ workspaceId: principal.workspaceId }).sort({ name: 1 }).toArray();
  return users.map(toUserResult);
}

/** The role is one of the schema's Role values; the rest has formats and lengths the schema cannot say. */
export const CreateAgentInput = z.object({
  input: z.object({
    email: z.string().trim().toLowerCase().email('email must be an email address').max(254),
    name: z.string().trim().min(1, 'name is required').max(100),
    password: z.string().min(10, 'password must be at least 10 characters').max(200),
  }),
});

export async function handleCreateAgent({ input, context }: { input: MutationCreateAgentArgs; context: BatonContext }) {
  const admin = requireUser(context, 'admin');
  const agent = { ...parseInput(CreateAgentInput, input).input, role: input.input.role };
  const user: UserDoc = {
    _id: `u_${randomUUID()}`,
    workspaceId: admin.workspaceId,
    email: agent.email,
    name: agent.name,
    role: agent.role === 'ADMIN' ? 'admin' : 'agent',
    passwordHash: await bcrypt.hash(agent.password, 10),
    createdAt: new Date(),
  };
  try {
    await context.db.users.insertOne(user);
  } catch (error) {
    // Emails are unique across workspaces; one answer whether the account is in this workspace or another,
    // so an admin cannot learn which emails other companies use.
    if (error instanceof MongoServerError && error.code === 11000)
      throw conflict('That email cannot be used for a new account; ask the person to sign in, or use another email.');
    throw error;
  }
  return toUserResult(user);
}
