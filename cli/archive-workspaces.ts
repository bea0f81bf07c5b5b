import { archivedWorkspaces } from '../audit/archive-store';
import type { BatonDb } from '../store/database';
import { CliError } from './cli-error';

/** Workspace ids to their keys, for printing. */
export async function workspaceKeys(db: BatonDb): Promise<Map<string, string>> {
  return new Map((await db.workspaces.find({}, { projection: { key: 1 } }).toArray()).map((workspace) => [workspace._id, workspace.key]));
}

/** The workspace a --workspace KEY names, or every workspace that has an archive. */
export async function workspacesNamed(db: BatonDb, key: string | undefined): Promise<string[]> {
  if (key === undefined) return archivedWorkspaces(db);
  const workspace = await db.workspaces.findOne({ key }, { projection: { _id: 1 } });
  if (!workspace) throw new CliError(`No workspace "${key}": the keys are ${[...(await workspaceKeys(db)).values()].join(', ') || '(none)'}.`);
  return [workspace._id];
}
