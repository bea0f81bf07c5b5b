/** The archive's own retention: each workspace may keep its archive for a number of days (absent: forever). */
import type { BatonDb } from '../store/database';
import { pruneArchive } from './archive-store';

const DAY_MS = 86_400_000;

/** Prunes every workspace's archive that has a retention setting; returns how many records went. */
export async function pruneExpiredArchives(db: BatonDb, now = new Date()): Promise<number> {
  let pruned = 0;
  for await (const workspace of db.workspaces.find({ 'settings.auditArchiveRetentionDays': { $gt: 0 } }, { projection: { settings: 1 } })) {
    const days = workspace.settings.auditArchiveRetentionDays;
    if (!days) continue;
    const before = new Date(now.getTime() - days * DAY_MS);
    const { deleted } = await pruneArchive(db, { workspaceId: workspace._id, before, by: `archiver (workspace keeps ${days} days)` });
    pruned += deleted;
  }
  return pruned;
}
