import { useSyncExternalStore } from 'react';
import type { AgentAvailability, AgentStatusFragment } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi, readSession } from '../../shared/session/session-store';
import { AgentsQuery } from '../api/operations';
import { HeartbeatMutation, MyAvailabilityQuery, SetAvailabilityMutation } from '../api/team-operations';

/**
 * The agents of the workspace with their availability and load, and the signed-in agent's own
 * availability. One store for the page: the header's availability toggle and the inbox (team panel,
 * transfer picker) read it; the inbox keeps it fresh with a heartbeat while it is open.
 */
export type TeamStatus = { agents: AgentStatusFragment[]; mine: AgentAvailability | null; error: string | null };

export const HEARTBEAT_EVERY_MS = 20_000;

let status: TeamStatus = { agents: [], mine: null, error: null };
const listeners = new Set<() => void>();

function update(next: Partial<TeamStatus>): void {
  status = { ...status, ...next };
  listeners.forEach((listener) => listener());
}

function message(caught: unknown): string {
  return caught instanceof ApiError ? caught.message : String(caught);
}

function withAgents(agents: AgentStatusFragment[]): Partial<TeamStatus> {
  const me = readSession()?.user.id;
  const mine = agents.find((agent) => agent.id === me)?.availability;
  return { agents, ...(mine ? { mine } : {}), error: null };
}

/** One heartbeat: keeps me AVAILABLE (unless I chose otherwise) and refreshes everyone's status. */
export async function sendHeartbeat(): Promise<void> {
  try {
    const { heartbeat } = await request(appApi, HeartbeatMutation);
    update(withAgents(heartbeat));
  } catch (caught) {
    update({ error: `Could not refresh the team's availability: ${message(caught)}` });
    // The agents are still worth listing (for transfers) even when the heartbeat fails.
    if (status.agents.length === 0) {
      await request(appApi, AgentsQuery)
        .then(({ agents }) => update({ agents }))
        .catch(() => undefined);
    }
  }
}

/** Starts the heartbeat (now, every 20 s, and when the page comes back into view); returns stop. */
export function startHeartbeat(): () => void {
  // Another account may have signed in on this page since the last start.
  update({ agents: [], mine: null, error: null });
  request(appApi, MyAvailabilityQuery)
    .then(({ me }) => me && update({ mine: me.availability }))
    .catch(() => undefined);
  void sendHeartbeat();
  const timer = setInterval(() => void sendHeartbeat(), HEARTBEAT_EVERY_MS);
  const onVisible = () => document.visibilityState === 'visible' && void sendHeartbeat();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

export async function setMyAvailability(next: AgentAvailability): Promise<void> {
  const previous = status.mine;
  update({ mine: next });
  try {
    const { setAvailability } = await request(appApi, SetAvailabilityMutation, { status: next });
    update({
      mine: setAvailability.availability,
      agents: status.agents.map((agent) => (agent.id === setAvailability.id ? setAvailability : agent)),
      error: null,
    });
  } catch (caught) {
    update({ mine: previous, error: `Could not change your availability: ${message(caught)}` });
  }
}

function subscribeToStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTeamStatus(): TeamStatus {
  return useSyncExternalStore(subscribeToStatus, () => status);
}
