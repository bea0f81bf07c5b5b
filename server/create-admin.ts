import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { MongoServerError } from 'mongodb';
import { z } from 'zod';
import type { BatonDb } from '../store/database';
import type { UserDoc } from '../store/documents';
import { WorkspaceKey } from './create-workspace';

/** Shorter passwords fall to offline guessing of a leaked hash; longer ones are refused at login. */
export const ADMIN_PASSWORD_MIN = 12;
export const ADMIN_PASSWORD_MAX = 200;

export const NewAdmin = z.object({
  email: z.string().trim().toLowerCase().email('the email must be an email address such as ada@example.com').max(254, 'the email is at most 254 characters'),
  name: z
    .string()
    .trim()
    .min(1, 'the name is required (--name)')
    .max(100, 'the name is at most 100 characters')
    .refine((name) => !/\p{Cc}/u.test(name), 'the name may not contain control characters'),
  /** Optional when the database has exactly one workspace. */
  workspaceKey: WorkspaceKey.optional(),
  password: z
    .string()
    .min(ADMIN_PASSWORD_MIN, `the password must be at least ${ADMIN_PASSWORD_MIN} characters`)
    .max(ADMIN_PASSWORD_MAX, `the password must be at most ${ADMIN_PASSWORD_MAX} characters`),
});

export type CreatedAdmin = { id: string; email: string; name: string; workspaceKey: string };

export type CreateAdminResult = { ok: true; admin: CreatedAdmin } | { ok: false; code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT'; message: string };

/** The bcrypt cost the API uses for accounts it creates (api/users/users.ts). */
const BCRYPT_ROUNDS = 10;

/**
 * Creates an admin in a workspace: how a production desk gets its first account, since it has no
 * demo accounts. The password is only ever hashed here; no result or message carries it.
 */
export async function createAdmin(db: BatonDb, input: z.input<typeof NewAdmin>): Promise<CreateAdminResult> {
  const parsed = NewAdmin.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'BAD_USER_INPUT', message: `${capitalize(parsed.error.issues[0]!.message)}.` };
  const { email, name, workspaceKey, password } = parsed.data;

  const workspace = await findWorkspace(db, workspaceKey);
  if (!workspace.ok) return workspace;
  if (await db.users.findOne({ email }, { projection: { _id: 1 } })) return emailTaken(email);

  const user: UserDoc = {
    _id: `u_${randomUUID()}`,
    workspaceId: workspace.id,
    email,
    name,
    role: 'admin',
    passwordHash: await bcrypt.hash(password, BCRYPT_ROUNDS),
    createdAt: new Date(),
  };
  try {
    await db.users.insertOne(user);
  } catch (error) {
    if (error instanceof MongoServerError && error.code === 11000) return emailTaken(email);
    throw error;
  }
  return { ok: true, admin: { id: user._id, email, name, workspaceKey: workspace.key } };
}

type FoundWorkspace = { ok: true; id: string; key: string } | { ok: false; code: 'NOT_FOUND' | 'BAD_USER_INPUT'; message: string };

/** The named workspace, or the only one there is; otherwise a sentence saying which keys exist. */
async function findWorkspace(db: BatonDb, key: string | undefined): Promise<FoundWorkspace> {
  if (key !== undefined) {
    const workspace = await db.workspaces.findOne({ key }, { projection: { _id: 1, key: 1 } });
    if (workspace) return { ok: true, id: workspace._id, key: workspace.key };
  }
  const known = await db.workspaces
    .find({}, { projection: { _id: 1, key: 1 } })
    .sort({ key: 1 })
    .limit(21)
    .toArray();
  if (key === undefined && known.length === 1) return { ok: true, id: known[0]!._id, key: known[0]!.key };
  if (known.length === 0) {
    return { ok: false, code: 'NOT_FOUND', message: 'This database has no workspace yet; create one first with `baton workspace create KEY --name NAME`.' };
  }
  const keys = `${known
    .slice(0, 20)
    .map((workspace) => workspace.key)
    .join(', ')}${known.length > 20 ? ', ...' : ''}`;
  return key === undefined
    ? { ok: false, code: 'BAD_USER_INPUT', message: `This database has several workspaces (${keys}); say which one with --workspace KEY.` }
    : {
        ok: false,
        code: 'NOT_FOUND',
        message: `There is no workspace "${key}"; the workspaces are ${keys}, or create it with \`baton workspace create ${key} --name NAME\`.`,
      };
}

const emailTaken = (email: string): CreateAdminResult => ({
  ok: false,
  code: 'CONFLICT',
  message: `An account with the email ${email} already exists; use another email, or sign in with that account.`,
});

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
