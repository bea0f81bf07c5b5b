import type { ReadStream } from 'node:tty';
import { parseArgs } from 'node:util';
import { redactUrlCredentials } from '../config/redact';
import { loadSettings } from '../config/settings';
import { ADMIN_PASSWORD_MAX, ADMIN_PASSWORD_MIN, createAdmin, NewAdmin } from '../server/create-admin';
import type { BatonDb } from '../store/database';
import { CliError } from './cli-connections';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { promptHidden, PromptCancelled, readPasswordFromStdin } from './password-input';
import { optionError, sentence } from './option-error';

export const ADMIN_USAGE = `baton admin create --email EMAIL --name NAME [--workspace KEY] [--password-stdin]
  Creates an admin account: the first person to sign in on a production desk (which has no demo
  accounts), or another admin. The password (${ADMIN_PASSWORD_MIN}-${ADMIN_PASSWORD_MAX} characters) is asked for twice on the
  terminal, without echo, and is never printed or logged.
  --email EMAIL      what the admin signs in with
  --name NAME        the name agents and customers see
  --workspace KEY    the workspace (may be left out when the database has exactly one)
  --password-stdin   read the password from standard input instead, for scripts:
                     printf '%s' "$ADMIN_PASSWORD" | baton admin create --email ... --name ... --password-stdin
  Connects to MONGODB_URI, or to the local FerretDB that \`baton start\` runs.
  Exit code: 0 created; 2 bad input (an option, the password, an email already taken, an unknown
  workspace); 1 anything else (no database, an unexpected error); 130 cancelled at the prompt.`;

export type AdminIo = {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
};

const processIo = (): AdminIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** `baton admin create`: returns the exit code; bad options throw CliError (printed with the usage, exit 2). */
export async function runAdmin(args: string[], io: AdminIo = processIo()): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    (subcommand === undefined ? io.stderr : io.stdout).write(`${ADMIN_USAGE}\n`);
    return subcommand === undefined ? 2 : 0;
  }
  if (subcommand !== 'create') throw new CliError(`admin has one subcommand, create (got "${subcommand}").\n${ADMIN_USAGE}`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        workspace: { type: 'string', short: 'w' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${optionError(error)}\n${ADMIN_USAGE}`);
  }
  const options = parsed.values;
  if (options.help) {
    io.stdout.write(`${ADMIN_USAGE}\n`);
    return 0;
  }
  if (options.email === undefined) throw new CliError(`admin create needs --email.\n${ADMIN_USAGE}`);
  if (options.name === undefined) throw new CliError(`admin create needs --name.\n${ADMIN_USAGE}`);
  // Checked before connecting and before asking for the password, so a typo costs no typing.
  const valid = NewAdmin.omit({ password: true }).safeParse({ email: options.email, name: options.name, workspaceKey: options.workspace });
  if (!valid.success) throw new CliError(`${sentence(valid.error.issues[0]!.message)}\n${ADMIN_USAGE}`);
  if (!options['password-stdin'] && !io.stdin.isTTY) {
    throw new CliError(
      'Standard input is not a terminal, so there is nobody to ask for the password: pipe it in and add --password-stdin (printf \'%s\' "$ADMIN_PASSWORD" | baton admin create ... --password-stdin).',
    );
  }

  const settings = loadSettings(io.env, io.cwd);
  let db: BatonDb;
  try {
    db = await connectIngestDatabase(settings);
  } catch (error) {
    io.stderr.write(`baton: ${redactUrlCredentials((error as Error).message)}\n`);
    return 1;
  }
  try {
    let password: string;
    try {
      password = await readPassword(io, Boolean(options['password-stdin']));
    } catch (error) {
      if (error instanceof PromptCancelled) {
        io.stderr.write(`baton: ${error.message}\n`);
        return 130;
      }
      throw error;
    }
    const created = await createAdmin(db, { email: options.email, name: options.name, workspaceKey: options.workspace, password });
    if (!created.ok) {
      io.stderr.write(`baton: ${created.message}\n`);
      // Every refusal (invalid value, unknown workspace, email taken) is about what was typed.
      return 2;
    }
    io.stdout.write(`Created admin ${created.admin.email} (${created.admin.name}) in workspace ${created.admin.workspaceKey}; they can sign in now.\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    io.stderr.write(`baton: creating the admin failed: ${redactUrlCredentials((error as Error).message)}\n`);
    return 1;
  } finally {
    await db.close();
  }
}

async function readPassword(io: AdminIo, fromStdin: boolean): Promise<string> {
  // A terminal is asked even with --password-stdin: reading it as a stream would echo what is typed.
  if (!io.stdin.isTTY && fromStdin) return readPasswordFromStdin(io.stdin);
  const terminal = io.stdin as ReadStream;
  const password = await promptHidden(`Password for the new admin (${ADMIN_PASSWORD_MIN}-${ADMIN_PASSWORD_MAX} characters, not shown): `, terminal, io.stderr);
  if (password.length < ADMIN_PASSWORD_MIN) throw new CliError(`The password must be at least ${ADMIN_PASSWORD_MIN} characters; nothing was created.`);
  const again = await promptHidden('The same password again: ', terminal, io.stderr);
  if (again !== password) throw new CliError('The two passwords differ; nothing was created. Run the command again.');
  return password;
}
