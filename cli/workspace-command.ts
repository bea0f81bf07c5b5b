import { parseArgs } from 'node:util';
import { redactUrlCredentials } from '../config/redact';
import { loadSettings } from '../config/settings';
import { createWorkspace, NewWorkspace } from '../server/create-workspace';
import type { BatonDb } from '../store/database';
import { CliError } from './cli-connections';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { optionError, sentence } from './option-error';

export const WORKSPACE_USAGE = `baton workspace create KEY --name NAME [--origin URL ...]
  Creates a workspace with the default escalation flow published as version 1, ready for its
  help-centre articles (baton ingest --workspace KEY) and its first admin (baton admin create).
  KEY              2-64 lowercase letters, digits and dashes; what the widget is started with
  --name NAME      the company or team name agents see
  --origin URL     a site allowed to embed the widget, such as https://www.example.com; repeat it
                   for each site (none: only Baton's own pages; an admin changes the list later
                   with the updateWorkspaceSettings mutation)
  Connects to MONGODB_URI, or to the local FerretDB that \`baton start\` runs.
  Exit code: 0 created; 2 bad input (an option, a key already taken); 1 anything else (no
  database, an unexpected error).`;

export type WorkspaceIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv; cwd: string };

const processIo = (): WorkspaceIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** `baton workspace create`: returns the exit code; bad options throw CliError (printed with the usage, exit 2). */
export async function runWorkspace(args: string[], io: WorkspaceIo = processIo()): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    (subcommand === undefined ? io.stderr : io.stdout).write(`${WORKSPACE_USAGE}\n`);
    return subcommand === undefined ? 2 : 0;
  }
  if (subcommand !== 'create') throw new CliError(`workspace has one subcommand, create (got "${subcommand}").\n${WORKSPACE_USAGE}`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { name: { type: 'string' }, origin: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError(`${optionError(error)}\n${WORKSPACE_USAGE}`);
  }
  if (parsed.values.help) {
    io.stdout.write(`${WORKSPACE_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    throw new CliError(`workspace create takes one workspace key (got ${parsed.positionals.length}).\n${WORKSPACE_USAGE}`);
  }
  if (parsed.values.name === undefined) throw new CliError(`workspace create needs --name.\n${WORKSPACE_USAGE}`);
  const input = { key: parsed.positionals[0]!, name: parsed.values.name, widgetOrigins: parsed.values.origin ?? [] };
  // Checked before connecting, so a typo is reported at once and whether or not the database runs.
  const valid = NewWorkspace.safeParse(input);
  if (!valid.success) throw new CliError(`${sentence(valid.error.issues[0]!.message)}\n${WORKSPACE_USAGE}`);

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
