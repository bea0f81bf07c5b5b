import type { Filter } from 'mongodb';
import type { UserDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { notFound } from '../errors';
import type { MutationSetAvailabilityArgs } from '../schema/generated/resolvers-types';
import { availabilityChange, HEARTBEAT_STAMPS_ONLY, heartbeatRestores } from './availability-rules';
import { changeAndTellRouter } from './routing-change';
import { toUserResult } from './user-fields';
import { handleAgents } from './users';

type Request<Args> = { input: Args; context: BatonContext };

const accountGone = () => notFound('Your account no longer exists; sign in again.');

/** The agent chooses: AVAILABLE takes conversations, AWAY and OFFLINE do not (and stay so through heartbeats). */
export async function handleSetAvailability({ input, context }: Request<MutationSetAvailabilityArgs>) {
  const principal = requireUser(context);
  const now = new Date();
  const changed = await changeAndTellRouter(context, principal.userId, (user) =>
    user.availability === input.status && user.availabilitySetBy === 'agent' ? null : availabilityChange(user, input.status, 'agent', now),
  );
  const user = changed ?? (await context.db.users.findOne({ _id: principal.userId }));
  if (!user) throw accountGone();
  return toUserResult(user);
}

/**
 * An open inbox page, every 20 s per page. Usually it only stamps lastSeenAt, in one update that
 * matches no account whose heartbeat would change its availability; only an agent who went AWAY by
 * idleness (or never had an availability) comes back, and only that tells the router.
 */
export async function handleHeartbeat({ context }: { context: BatonContext }) {
  const principal = requireUser(context);
  const now = new Date();
  const stampsOnly: Filter<UserDoc> = { _id: principal.userId, ...HEARTBEAT_STAMPS_ONLY };
  const stamped = await context.db.users.updateOne(stampsOnly, { $set: { lastSeenAt: now } });
  if (stamped.matchedCount === 0) {
    const restored = await changeAndTellRouter(context, principal.userId, (user) =>
      // Checked again on the account as read: another page of the agent may have restored it a moment ago.
      heartbeatRestores(user) ? { ...availabilityChange(user, 'AVAILABLE', 'sign-in', now), lastSeenAt: now } : null,
    );
    if (!restored) await context.db.users.updateOne({ _id: principal.userId }, { $set: { lastSeenAt: now } });
  }
  return handleAgents({ context });
}
