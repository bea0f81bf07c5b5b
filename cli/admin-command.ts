import type { ReadStream } from 'node:tty';
import { redactUrlCredentials } from '../config/redact';
import { loadSettings } from '../config/settings';
import { ADMIN_PASSWORD_MAX, ADMIN_PASSWORD_MIN, createAdmin, NewAdmin } from '../server/create-admin';
import type { BatonDb } from '../store/database';
import { CliError, UsageError } from './cli-error';
import type { AdminFlags } from './commands/admin';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { promptHidden, PromptCancelled, readPasswordFromStdin } from './password-input';
import { sentence } from './option-error';

export type AdminIo = {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
};

const processIo = (): AdminIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** `baton admin create`: returns the exit code; bad input throws a UsageError (printed with the usage, exit 2). */
export async function runAdminCreate(options: AdminFlags, io: AdminIo = processIo()): Promise<number> {
  if (options.email === undefined) throw new UsageError('admin create needs --email.');
  if (options.name === undefined) throw new UsageError('admin create needs --name.');
  // Checked before connecting and before asking for the password, so a typo costs no typing.
  const valid = NewAdmin.omit({ password: true }).safeParse({ email: options.email, name: options.name, workspaceKey: options.workspace });
  if (!valid.success) throw new UsageError(sentence(valid.error.issues[0]!.message));
  if (!options.passwordStdin && !io.stdin.isTTY) {
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
      password = await readPassword(io, Boolean(options.passwordStdin));
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
