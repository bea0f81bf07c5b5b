import type { UserDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { availabilityChange } from './availability-rules';
import { changeAndTellRouter } from './routing-change';

/** Revoked token ids kept per account; past this, logout revokes every session of the account instead. */
export const REVOKED_TOKENS_KEPT = 100;

/** Revokes the token of this request (other devices stay signed in); its open subscriptions end. */
export async function handleLogout({ context }: { context: BatonContext }) {
  const user = requireUser(context);
  const session = user.session;
  const now = new Date();
  const account = await context.db.users.findOne({ _id: user.userId }, { projection: { revokedTokens: 1 } });
  const revoked = account?.revokedTokens ?? [];
  // Tokens that have expired anyway need no entry; $pullAll removes just those, leaving any a concurrent logout adds.
  const expired = revoked.filter((entry) => entry.expiresAt.getTime() <= now.getTime());
  if (expired.length > 0) await context.db.users.updateOne({ _id: user.userId }, { $pullAll: { revokedTokens: expired } });
  if (!session?.tokenId || revoked.length - expired.length >= REVOKED_TOKENS_KEPT) {
    // A token without an id (signed before ids existed) cannot be named alone; nor can one more past the cap.
    const revokeAll: Partial<UserDoc> = { sessionsRevokedAt: now, revokedTokens: [] };
    await context.db.users.updateOne({ _id: user.userId }, { $set: revokeAll });
  } else {
    await context.db.users.updateOne({ _id: user.userId }, { $push: { revokedTokens: { tokenId: session.tokenId, expiresAt: new Date(session.expiresAt) } } });
  }
  context.currentUsers.changed(user.userId);
  // Signing out is leaving: no more conversations until the next sign-in (or the agent says AVAILABLE).
  await changeAndTellRouter(context, user.userId, (account) =>
    account.availability === 'OFFLINE' ? null : availabilityChange(account, 'OFFLINE', 'sign-out', now),
  );
  return true;
}
