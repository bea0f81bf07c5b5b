import type { Command } from 'commander';
import { UsageError } from '../cli-error';
import { defineCommand, runs, type CommandOutcome, type ExitCode } from '../command-kit';

/** The long-running commands stop with Ctrl-C or SIGTERM; they are configured with environment variables only. */
const serverExitCodes = (what: string): ExitCode[] => [
  [0, `stopped with Ctrl-C or SIGTERM`],
  [1, `${what} crashed or failed unexpectedly (the error is logged with its id)`],
  [2, 'bad usage or settings (an argument, an invalid setting, BATON_SECRET missing in production); nothing was started'],
];

/** Arguments are refused with the fix: these commands read their settings from the environment. */
function takesNoArguments(command: Command, fix: string): void {
  if (command.args.length > 0) throw new UsageError(`${command.name()} takes no arguments (got ${command.args.join(' ')})${fix}.`);
}

export const startCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('start', {
      summary: 'run the whole local stack (Temporal dev server, FerretDB, worker, API); outside production, seed the demo workspace',
      description:
        'Runs the whole local stack in the foreground: the Temporal dev server, FerretDB, a conversation worker and the GraphQL API with the web pages. Outside production it seeds the demo workspace. Ctrl-C stops every child. Configure it with environment variables (PORT, MONGODB_URI, TEMPORAL_ADDRESS, OPENAI_API_KEY, BATON_DATA_DIR, ...; see the README).',
      exitCodes: serverExitCodes('a server'),
    }).allowExcessArguments(),
    outcome,
    async (command) => {
      takesNoArguments(command, '; configure it with environment variables');
      return (await import('../start-command')).runStart();
    },
  );

export const apiCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('api', {
      summary: 'run only the GraphQL API (scale-out; with REDIS_URL), against TEMPORAL_ADDRESS and MONGODB_URI',
      description:
        'Runs the GraphQL API on its own, for scale-out behind a load balancer, against TEMPORAL_ADDRESS and MONGODB_URI (default: the servers `baton start` runs). Run it with REDIS_URL so it receives the events workers in other processes publish.',
      exitCodes: serverExitCodes('the API'),
    }).allowExcessArguments(),
    outcome,
    async (command) => {
      takesNoArguments(command, '');
      return (await import('../api-command')).runApi();
    },
  );

export const workerCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('worker', {
      summary: 'run only a conversation worker (scale-out), against TEMPORAL_ADDRESS and MONGODB_URI',
      description:
        'Runs a conversation worker on its own, for scale-out, against TEMPORAL_ADDRESS and MONGODB_URI (default: the servers `baton start` runs). With REDIS_URL, API instances in other processes receive its live updates.',
      exitCodes: serverExitCodes('the worker'),
    }).allowExcessArguments(),
    outcome,
    async (command) => {
      takesNoArguments(command, '');
      return (await import('../worker-command')).runWorker();
    },
  );
