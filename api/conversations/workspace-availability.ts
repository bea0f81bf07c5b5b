import type { BatonDb } from '../../store/database';
import type { WorkspaceDoc } from '../../store/documents';
import type { BatonPubSub } from '../pubsub';

/**
 * A workspace's settings (business hours, away wording) and its AVAILABLE agents, as the wait status
 * of every widget reads them: each customer message's answer and each update the widget receives asks
 * whether anyone is there. One reading serves this API for up to READING_LASTS_MS, and is dropped at
 * once when an agent's availability, teams or account change or business hours are edited
 * (announceAvailabilityChange): so a change is seen at once, and a busy workspace costs two reads a
 * second rather than two per message. What announces nothing (an agent going AWAY by idleness, hours
 * opening) shows within that second.
 */
export const READING_LASTS_MS = 1_000;

export type WorkspaceAvailability = { workspace: WorkspaceDoc | null; agents: { teamIds?: string[] }[] };

/** The workspace's active agents who are AVAILABLE now (admins answer conversations too). */
export const availableAgents = (db: BatonDb, workspaceId: string) =>
  db.users.find({ workspaceId, availability: 'AVAILABLE', active: { $ne: false } }, { projection: { teamIds: 1 } }).toArray();

type Cached = { readAt: number; reading: Promise<WorkspaceAvailability> };
/** Per API (its event bus): the readings, and who else wants to hear of a change once the reading is dropped. */
type Readings = { cache: Map<string, Cached>; listeners: Set<(workspaceId: string) => void> };
const readingsByBus = new WeakMap<BatonPubSub, Readings>();

function readingsOf(pubsub: BatonPubSub): Readings {
  let readings = readingsByBus.get(pubsub);
  if (!readings) {
    const created: Readings = { cache: new Map(), listeners: new Set() };
    void (async () => {
      for await (const event of pubsub.subscribe('availabilityChanged')) {
        created.cache.delete(event.workspaceId);
        for (const listener of created.listeners) listener(event.workspaceId);
      }
    })();
    readingsByBus.set(pubsub, created);
    readings = created;
  }
  return readings;
}

export function workspaceAvailability(db: BatonDb, pubsub: BatonPubSub, workspaceId: string, now = Date.now()): Promise<WorkspaceAvailability> {
  const { cache } = readingsOf(pubsub);
  const cached = cache.get(workspaceId);
  if (cached && now - cached.readAt < READING_LASTS_MS) return cached.reading;
  const reading = Promise.all([db.workspaces.findOne({ _id: workspaceId }), availableAgents(db, workspaceId)]).then(([workspace, agents]) => ({
    workspace,
    agents,
  }));
  const entry = { readAt: now, reading };
  cache.set(workspaceId, entry);
  // A failed read is not kept: the next question asks the database again.
  reading.catch(() => {
    if (cache.get(workspaceId) === entry) cache.delete(workspaceId);
  });
  return reading;
}

/** Calls `listener` after each availabilityChanged, once the workspace's reading is dropped, so what it reads then is new. */
export function onAvailabilityChange(pubsub: BatonPubSub, listener: (workspaceId: string) => void): void {
  readingsOf(pubsub).listeners.add(listener);
}

/** Tells this API's (and, through Redis, every API's) wait status that the workspace's availability may have changed. */
export function announceAvailabilityChange(pubsub: BatonPubSub, workspaceId: string): void {
  pubsub.publish('availabilityChanged', { workspaceId });
}
