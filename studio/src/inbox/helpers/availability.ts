import type { AgentAvailability } from '../../gql/graphql';

export const AVAILABILITIES: AgentAvailability[] = ['AVAILABLE', 'AWAY', 'OFFLINE'];

export const AVAILABILITY_LABEL: Record<AgentAvailability, string> = { AVAILABLE: 'Available', AWAY: 'Away', OFFLINE: 'Offline' };

export const AVAILABILITY_TONE: Record<AgentAvailability, string> = { AVAILABLE: 'good', AWAY: 'warn', OFFLINE: 'plain' };

/** "2/5": conversations held now out of the most automatic assignment gives the agent. */
export function loadLabel(agent: { activeConversations: number; capacity: number }): string {
  return `${agent.activeConversations}/${agent.capacity}`;
}
