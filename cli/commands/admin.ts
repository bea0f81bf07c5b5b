import { Command } from 'commander';
import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type AdminFlags = { email?: string; name?: string; workspace?: string; passwordStdin?: boolean };

const createAdminCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('create', {
      summary: 'create an admin account; the password is prompted for or read with --password-stdin',
      description:
        'Creates an admin account: the first person to sign in on a production desk (which has no demo accounts), or another admin. The password is asked for twice on the terminal, without echo, and is never printed or logged. Connects to MONGODB_URI, or to the local FerretDB that `baton start` runs.',
      usage: '--email EMAIL --name NAME [--workspace KEY] [--password-stdin]',
      exitCodes: [
        [0, 'created'],
        [1, 'anything else (no database, an unexpected error)'],
        [2, 'bad input (an option, the password, an email already taken, an unknown workspace)'],
        [130, 'cancelled at the prompt'],
      ],
    })
      .option('--email <email>', 'what the admin signs in with')
      .option('--name <name>', 'the name agents and customers see')
      .option('-w, --workspace <key>', 'the workspace (may be left out when the database has exactly one)')
      .option(
        '--password-stdin',
        `read the password from standard input instead, for scripts: printf '%s' "$ADMIN_PASSWORD" | baton admin create ... --password-stdin`,
      ),
    outcome,
    async (command) => (await import('../admin-command')).runAdminCreate(command.opts<AdminFlags>()),
  );

export const adminCommand = (outcome: CommandOutcome): Command =>
  defineCommand('admin', {
    summary: 'create an admin account (admin create --email EMAIL --name NAME [--workspace KEY])',
    description: 'Admin accounts: `baton admin create` adds one (see `baton admin create --help`).',
    exitCodes: [
      [0, 'this help, with --help'],
      [2, 'no subcommand, or an unknown one (`baton admin create --help` lists its own exit codes)'],
    ],
  }).addCommand(createAdminCommand(outcome));
