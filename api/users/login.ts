import bcrypt from 'bcryptjs';
import { z } from 'zod';
import type { BatonContext } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { requestedWorkspaceKey } from '../limits/allowed-origins';
import { addressLimitKey } from '../limits/client-address';
import type { AuthPayload, MutationLoginArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { availabilityChange } from './availability-rules';
import { changeAndTellRouter } from './routing-change';
import { toUserResult } from './users';

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().email('email must be an email address').max(254),
  password: z.string().min(1, 'password is required').max(200),
});

/**
 * Compared against when no account has the email, so an unknown email costs the same bcrypt work
 * as a wrong password: cost 10, as the hashes of api/users/users.ts and server/seed-demo.ts.
 */
const UNKNOWN_ACCOUNT_HASH = '$2b$10$gA6My6jYLodzY95tNpRm0e7Cp6Eiz3zDbcaHNEUasv1d2u8uIz28a';

/** Failures of unknown emails are counted here, so every attempt does the same limiter work. */
const NO_WORKSPACE = '-';

export async function handleLogin({ input, context }: { input: MutationLoginArgs; context: BatonContext }): Promise<AuthPayload> {
  const { email, password } = parseInput(LoginInput, input);
  // The widget's cross-origin channel (a workspace in the URL) never signs in: agents sign in on Baton's own pages.
  if (requestedWorkspaceKey(context.request)) throw forbidden('Sign in on the inbox page of Baton itself; the chat widget cannot sign in.');
  // Per address (spraying many emails from one place) and per email (one account from many places).
  await context.limits.consume('loginFromAddress', addressLimitKey(context.clientAddress));
  await context.limits.consume('login', email);
  const user = await context.db.users.findOne({ email });
  const passwordMatches = await bcrypt.compare(password, user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  // Failures on one workspace's accounts, from any number of addresses, pause its sign-ins for the
  // rest of the minute. A paused sign-in fails like a wrong password (not RATE_LIMITED), or the pause
  // would tell which emails have an account there.
  const workspaceKey = user?.workspaceId ?? NO_WORKSPACE;
  const paused = passwordMatches
    ? await context.limits.exceeded('failedLoginsInWorkspace', workspaceKey)
    : (await context.limits.count('failedLoginsInWorkspace', workspaceKey)).over;
  // Same work and same answer for an unknown email and a wrong password, so the form does not reveal who has an account.
  if (!user || !passwordMatches || paused) throw unauthenticated('Wrong email or password.');
  // Checked after the password, with the same answer, so a deactivated account looks like any failed sign-in.
  if (user.active === false) throw unauthenticated('Wrong email or password.');
  const token = await context.tokens.sign({ kind: 'user', workspaceId: user.workspaceId, userId: user._id, role: user.role, name: user.name });
  // Signing in is coming to work: the agent takes conversations until they say otherwise or go idle.
  const now = new Date();
  const signedIn = await changeAndTellRouter(context, user._id, (current) => ({
    ...availabilityChange(current, 'AVAILABLE', 'sign-in', now),
    lastSeenAt: now,
  }));
  return { token, user: toUserResult(signedIn ?? user) };
}
