import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { defineCommand, type CommandOutcome } from './command-kit';
import { adminCommand } from './commands/admin';
import { archiveCommand } from './commands/archive';
import { auditCommand } from './commands/audit';
import { backtestCommand } from './commands/backtest';
import { benchCommand } from './commands/bench';
import { exportCommand } from './commands/export';
import { historyCommand } from './commands/history';
import { ingestCommand } from './commands/ingest';
import { replayCommand } from './commands/replay';
import { apiCommand, startCommand, workerCommand } from './commands/server-commands';
import { workspaceCommand } from './commands/workspace';

const packageVersion = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Every `baton` command, defined here with its options and exit codes. The definitions import only
 * commander: each action imports its command's implementation when it runs, because a
 * `baton worker` that imported the API, the bench and the ingester as well held ~140 MB more for
 * its whole life.
 */
export function batonProgram(outcome: CommandOutcome): Command {
  return defineCommand('baton', {
    summary: 'Baton, an open AI customer-support desk',
    description: 'Baton, an open AI customer-support desk: AI answers from your help content, hands off to humans in one thread.',
    usage: '<command> [options]',
    exitCodes: [
      [0, 'ok'],
      [1, 'an unexpected failure, or a command finished with problems (see its --help)'],
      [2, 'bad usage or input (an unknown command or option, a bad value, an invalid setting)'],
    ],
  })
    .version(packageVersion(), '-V, --version', 'print the version')
    .addHelpText(
      'after',
      '\nSettings come from the environment (see the README): PORT, MONGODB_URI, TEMPORAL_ADDRESS, OPENAI_API_KEY, BATON_DATA_DIR, ...\nEach command answers --help with its options and exit codes.',
    )
    .addCommand(startCommand(outcome))
    .addCommand(apiCommand(outcome))
    .addCommand(workerCommand(outcome))
    .addCommand(ingestCommand(outcome))
    .addCommand(backtestCommand(outcome))
    .addCommand(exportCommand(outcome))
    .addCommand(historyCommand(outcome))
    .addCommand(replayCommand(outcome))
    .addCommand(archiveCommand(outcome))
    .addCommand(auditCommand(outcome))
    .addCommand(benchCommand(outcome))
    .addCommand(workspaceCommand(outcome))
    .addCommand(adminCommand(outcome));
}
