import bcrypt from 'bcryptjs';
import { z } from 'zod';
import type { BatonContext } from '../context';
import { unauthenticated } from '../errors';
import { parseInput } from '../validate-input';

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().email('email must be an email address').max(254),
  password: z.string().min(1, 'password is required').max(200),
});

export async function handleLogin({ input, context }: { input: unknown; context: BatonContext }) {
  const { email, password } = parseInput(LoginInput, input);
  await context.limits.consume('login', email);
  const user = await context.db.users.findOne({ email });
  // Same answer for an unknown email and a wrong password, so the form does not reveal who has an account.
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw unauthenticated('Wrong email or password.');
  // Checked after the password, with the same answer, so a deactivated account looks like any failed sign-in.
  if (user.active === false) throw unauthenticated('Wrong email or password.');
  const token = await context.tokens.sign({ kind: 'user', workspaceId: user.workspaceId, userId: user._id, role: user.role, name: user.name });
  return { token, user: { id: user._id, name: user.name, email: user.email, role: user.role.toUpperCase() } };
}
