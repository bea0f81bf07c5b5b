import { redactUrlCredentials } from '../config/redact';
import { loadSettings } from '../config/settings';
import { createWorkspace, NewWorkspace } from '../server/create-workspace';
import type { BatonDb } from '../store/database';
import { UsageError } from './cli-error';
import type { WorkspaceFlags } from './commands/workspace';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { sentence } from './option-error';

export type WorkspaceIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv; cwd: string };

const processIo = (): WorkspaceIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** `baton workspace create`: returns the exit code; bad input throws a UsageError (printed with the usage, exit 2). */
export async function runWorkspaceCreate(key: string, options: WorkspaceFlags, io: WorkspaceIo = processIo()): Promise<number> {
  if (options.name === undefined) throw new UsageError('workspace create needs --name.');
  const input = { key, name: options.name, widgetOrigins: options.origin ?? [] };
  // Checked before connecting, so a typo is reported at once and whether or not the database runs.
  const valid = NewWorkspace.safeParse(input);
  if (!valid.success) throw new UsageError(sentence(valid.error.issues[0]!.message));

  const settings = loadSettings(io.env, io.cwd);
  let db: BatonDb;
  try {
    db = await connectIngestDatabase(settings);
  } catch (error) {
    io.stderr.write(`baton: ${redactUrlCredentials((error as Error).message)}\n`);
    return 1;
  }
  try {
    const created = await createWorkspace(db, input);
    if (!created.ok) {
      io.stderr.write(`baton: ${created.message}\n`);
      return 2;
    }
    const { key, name, widgetOrigins } = created.workspace;
    io.stdout.write(
      `Created workspace ${key} (${name}) with the default flow as version 1. ` +
        `${widgetOrigins.length > 0 ? `The widget may be embedded on ${widgetOrigins.join(', ')}.` : 'No other site may embed the widget yet; an admin adds sites with the updateWorkspaceSettings mutation (widgetOrigins).'}\n` +
        `Next: baton admin create --email EMAIL --name NAME --workspace ${key}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`baton: creating the workspace failed: ${redactUrlCredentials((error as Error).message)}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
