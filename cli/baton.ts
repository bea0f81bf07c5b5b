import { redactUrlCredentials } from '../config/redact';
import { SettingsError } from '../config/settings';
import { LocalStackError } from './local-stack/managed-process';
import { CliError } from './cli-connections';

/**
 * Each command loads only what it runs: a `baton worker` that imported the API, the bench and the
 * ingester as well held ~140 MB more for its whole life.
 */
const COMMANDS: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  start: async () => (await import('./start-command')).runStart,
  api: async () => (await import('./api-command')).runApi,
  worker: async () => (await import('./worker-command')).runWorker,
  ingest: async () => (await import('./ingest-command')).runIngest,
  backtest: async () => (await import('./backtest-command')).runBacktest,
  export: async () => (await import('./export-command')).runExport,
  history: async () => (await import('./history-command')).runHistory,
  replay: async () => (await import('./replay-command')).runReplay,
  bench: async () => (await import('./bench-command')).runBenchCommand,
  workspace: async () => (await import('./workspace-command')).runWorkspace,
  admin: async () => (await import('./admin-command')).runAdmin,
};

const USAGE = `Usage: baton <command>

Commands:
  start                       run the whole local stack (Temporal dev server, FerretDB, worker, API); outside production, seed the demo workspace
  api                         run only the GraphQL API (scale-out; with REDIS_URL), against TEMPORAL_ADDRESS and MONGODB_URI
  worker                      run only a conversation worker (scale-out), against TEMPORAL_ADDRESS and MONGODB_URI
  ingest <file|dir>...        add help-centre articles (Markdown, HTML, text) to a workspace (--workspace KEY, --prune)
  backtest --flow FILE        what a draft flow would have decided on recorded conversations (--since DATE, --limit N, --json)
  export <conversationId>     a conversation's transcript and audit trail (--format text|json, --out FILE)
  history <conversationId>    the readable audit trail of a conversation (--json, --export FILE)
  replay <id>... | --all      replay conversations against today's workflow code; non-zero on nondeterminism
  bench [--quick] [--drill]   measure latency, throughput and memory on a local stack of its own; --drill kills servers under load (--help)
  workspace create KEY        create a workspace with the default flow (--name NAME, --origin URL ...; --help)
  admin create                create an admin account; the password is prompted for or read with --password-stdin (--email, --name, --workspace KEY; --help)

Settings come from the environment (see the README): PORT, MONGODB_URI, TEMPORAL_ADDRESS, OPENAI_API_KEY, BATON_DATA_DIR, ...`;

/** Entry point: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const load = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (load) return await (await load())(rest);
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return 0;
      default:
        console.error(`baton: unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof SettingsError || error instanceof LocalStackError || error instanceof CliError) {
      console.error(`baton: ${redactUrlCredentials(error.message)}`);
      return 2;
    }
    // Driver errors may quote a connection URL: never print the credentials in it.
    console.error(`baton: ${redactUrlCredentials((error as Error).stack ?? String(error))}`);
    return 1;
  }
}
