import { Command } from 'commander';
import { defineCommand, repeatable, runs, type CommandOutcome } from '../command-kit';

export type WorkspaceFlags = { name?: string; origin?: string[] };

const createWorkspaceCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('create', {
      summary: 'create a workspace with the default flow',
      description:
        'Creates a workspace with the default escalation flow published as version 1, ready for its help-centre articles (baton ingest --workspace KEY) and its first admin (baton admin create). Connects to MONGODB_URI, or to the local FerretDB that `baton start` runs.',
      usage: 'KEY --name NAME [--origin URL ...]',
      exitCodes: [
        [0, 'created'],
        [1, 'anything else (no database, an unexpected error)'],
        [2, 'bad input (an option, a key already taken)'],
      ],
    })
      .argument('<KEY>', '2-64 lowercase letters, digits and dashes; what the widget is started with')
      .option('--name <name>', 'the company or team name agents see')
      .option(
        '--origin <url>',
        "a site allowed to embed the widget, such as https://www.example.com; repeat it for each site (none: only Baton's own pages; an admin changes the list later with the updateWorkspaceSettings mutation)",
        repeatable,
      ),
    outcome,
    async (command) => (await import('../workspace-command')).runWorkspaceCreate(command.args[0]!, command.opts<WorkspaceFlags>()),
  );

export const workspaceCommand = (outcome: CommandOutcome): Command =>
  defineCommand('workspace', {
    summary: 'create a workspace with the default flow (workspace create KEY --name NAME)',
    description: 'Workspaces: `baton workspace create` adds one with the default flow (see `baton workspace create --help`).',
    exitCodes: [
      [0, 'this help, with --help'],
      [2, 'no subcommand, or an unknown one (`baton workspace create --help` lists its own exit codes)'],
    ],
  }).addCommand(createWorkspaceCommand(outcome));
