import type { Filter } from 'mongodb';
import type { AgentAvailability, UserDoc } from '../../store/documents';

export type AvailabilitySetBy = NonNullable<UserDoc['availabilitySetBy']>;

/**
 * The fields that make an agent `availability`, set by `setBy`. availabilityChangedAt moves only when
 * the availability itself does: the router counts an AWAY agent's grace from it.
 */
export function availabilityChange(user: UserDoc, availability: AgentAvailability, setBy: AvailabilitySetBy, now: Date): Partial<UserDoc> {
  const change: Partial<UserDoc> = { availability, availabilitySetBy: setBy };
  if (user.availability !== availability) change.availabilityChangedAt = now;
  return change;
}

/**
 * Whether a heartbeat brings the agent back to AVAILABLE: idleness made them AWAY, or they have had no
 * availability yet (an account from before it existed, with its inbox open). A status the agent chose
 * (AWAY, OFFLINE) and a sign-out stay.
 */
export const heartbeatRestores = (user: Pick<UserDoc, 'active' | 'availability' | 'availabilitySetBy'>): boolean =>
  user.active !== false && (user.availability === undefined || (user.availability === 'AWAY' && user.availabilitySetBy === 'idle'));

/**
 * The accounts a heartbeat only stamps (lastSeenAt), the negation of heartbeatRestores as a filter,
 * so the usual heartbeat is one update and nothing else.
 */
export const HEARTBEAT_STAMPS_ONLY: Filter<UserDoc> = {
  $or: [{ active: false }, { availability: { $exists: true }, $nor: [{ availability: 'AWAY', availabilitySetBy: 'idle' }] }],
};
