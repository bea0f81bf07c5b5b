/**
 * Whether anyone is there for a waiting customer: the team's AVAILABLE agents within the workspace's
 * business hours. Every waiting stream of a workspace (one per open widget, plus agents with the
 * conversation open) shares one check: it runs when an agent's availability, teams or account
 * change on this API's event bus, and every `recheckMs` for what announces nothing (an agent going
 * AWAY by idleness, business hours opening or closing). So a thousand waiting customers cost one
 * read of the workspace and its available agents per check, not a thousand.
 */

/** What one check reads: whether the workspace is open now, and the teams of its AVAILABLE agents. */
export type AvailabilityReading = { open: boolean; agents: readonly { teamIds?: string[] }[] };

/** One waiting stream: its team (null: anyone), whether it still waits, and what to do when its answer flips. */
export type AvailabilityListener = { teamId(): string | null; waiting(): boolean; changed(): void };

export type AvailabilityWatch = {
  /**
   * Reads the workspace now, so a stream that starts watching right after compares later checks
   * with this answer: a change just after its subscriber connected is then a change, not its first answer.
   */
  ready(workspaceId: string): Promise<void>;
  /** Follows one stream until the returned function is called. */
  watch(workspaceId: string, listener: AvailabilityListener): () => void;
  /** Checks the workspace again now (an agent's availability or teams changed). */
  recheck(workspaceId: string): void;
};

/** Someone of the team (anyone, without one) is AVAILABLE. */
export const anyoneOf = (agents: readonly { teamIds?: string[] }[], teamId: string | null) =>
  agents.some((agent) => teamId === null || (agent.teamIds ?? []).includes(teamId));

type Watched = { listener: AvailabilityListener; last: boolean | null };
type Workspace = { streams: Set<Watched>; timer: NodeJS.Timeout; running: Promise<void> | null; again: boolean };

export function createAvailabilityWatch(read: (workspaceId: string) => Promise<AvailabilityReading>, recheckMs: number): AvailabilityWatch {
  const workspaces = new Map<string, Workspace>();
  /** The newest reading of each workspace being watched (or about to be). */
  const latest = new Map<string, AvailabilityReading>();
  const answerOf = (reading: AvailabilityReading, listener: AvailabilityListener) => reading.open && anyoneOf(reading.agents, listener.teamId());

  const checkOnce = async (workspaceId: string, workspace: Workspace) => {
    const waiting = [...workspace.streams].filter((stream) => {
      if (stream.listener.waiting()) return true;
      stream.last = null;
      return false;
    });
    if (!waiting.length) return;
    const reading = await read(workspaceId);
    latest.set(workspaceId, reading);
    for (const stream of waiting) {
      const available = answerOf(reading, stream.listener);
      if (stream.last !== null && available !== stream.last) stream.listener.changed();
      stream.last = available;
    }
  };

  /** One check at a time per workspace; a recheck asked for meanwhile runs once after it. */
  const check = (workspaceId: string) => {
    const workspace = workspaces.get(workspaceId);
    if (!workspace) return;
    if (workspace.running) {
      workspace.again = true;
      return;
    }
    workspace.running = checkOnce(workspaceId, workspace)
      // A failed read (the database restarting) decides nothing: the next check asks again.
      .catch(() => undefined)
      .finally(() => {
        workspace.running = null;
        if (workspace.again && workspaces.get(workspaceId) === workspace) {
          workspace.again = false;
          check(workspaceId);
        }
      });
  };

  return {
    async ready(workspaceId) {
      latest.set(workspaceId, await read(workspaceId));
    },
    watch(workspaceId, listener) {
      let workspace = workspaces.get(workspaceId);
      if (!workspace) {
        const timer = setInterval(() => check(workspaceId), recheckMs);
        timer.unref();
        workspace = { streams: new Set(), timer, running: null, again: false };
        workspaces.set(workspaceId, workspace);
      }
      const known = latest.get(workspaceId);
      const stream: Watched = { listener, last: known && listener.waiting() ? answerOf(known, listener) : null };
      workspace.streams.add(stream);
      // Without a reading to start from, the new stream's first answer, to compare the next ones with.
      if (stream.last === null) check(workspaceId);
      const watched = workspace;
      return () => {
        watched.streams.delete(stream);
        if (watched.streams.size === 0 && workspaces.get(workspaceId) === watched) {
          clearInterval(watched.timer);
          workspaces.delete(workspaceId);
          latest.delete(workspaceId);
        }
      };
    },
    recheck(workspaceId) {
      check(workspaceId);
    },
  };
}
