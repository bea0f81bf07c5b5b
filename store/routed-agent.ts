import type { RoutedAgent } from '../machines/routing/routing-types';
import type { UserDoc } from './documents';

/** An account as the assignment router keeps it; a deactivated one is OFFLINE whatever it last said. */
export function routedAgentOf(user: UserDoc): RoutedAgent {
  const active = user.active !== false;
  return {
    agentId: user._id,
    name: user.name,
    active,
    availability: active ? (user.availability ?? 'OFFLINE') : 'OFFLINE',
    availabilityChangedAt: (user.availabilityChangedAt ?? user.createdAt).toISOString(),
    lastSeenAt: user.lastSeenAt?.toISOString() ?? null,
    capacity: user.capacity ?? null,
    teamIds: user.teamIds ?? [],
    version: user.routingVersion ?? 0,
  };
}
