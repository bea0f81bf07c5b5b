import { SettingsError } from '../config/settings';
import { LocalStackError } from './local-stack/managed-process';
import { CliError } from './cli-connections';
import { runHistory } from './history-command';
import { runIngest } from './ingest-command';
import { runReplay } from './replay-command';
import { runApi } from './api-command';
import { runBenchCommand } from './bench-command';
import { runBacktest } from './backtest-command';
import { runExport } from './export-command';
import { runStart } from './start-command';
import { runWorker } from './worker-command';

const USAGE = `Usage: baton <command>

Commands:
  start                       run the whole local stack (Temporal dev server, FerretDB, worker, API) and seed the demo workspace
  api                         run only the GraphQL API (scale-out; with REDIS_URL), against TEMPORAL_ADDRESS and MONGODB_URI
  worker                      run only a conversation worker (scale-out), against TEMPORAL_ADDRESS and MONGODB_URI
  ingest <file|dir>...        add help-centre articles (Markdown, HTML, text) to a workspace (--workspace KEY, --prune)
  backtest --flow FILE        what a draft flow would have decided on recorded conversations (--since DATE, --limit N, --json)
  export <conversationId>     a conversation's transcript and audit trail (--format text|json, --out FILE)
  history <conversationId>    the readable audit trail of a conversation (--json, --export FILE)
  replay <id>... | --all      replay conversations against today's workflow code; non-zero on nondeterminism
  bench [--quick] [--drill]   measure latency, throughput and memory on a local stack of its own; --drill kills servers under load (--help)

Settings come from the environment (see the README): PORT, MONGODB_URI, TEMPORAL_ADDRESS, OPENAI_API_KEY, BATON_DATA_DIR, ...`;

/** Entry point: returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        return await runStart(rest);
      case 'api':
        return await runApi(rest);
      case 'worker':
        return await runWorker(rest);
      case 'ingest':
        return await runIngest(rest);
      case 'backtest':
        return await runBacktest(rest);
      case 'export':
        return await runExport(rest);
      case 'history':
        return await runHistory(rest);
      case 'replay':
        return await runReplay(rest);
      case 'bench':
        return await runBenchCommand(rest);
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
      console.error(`baton: ${error.message}`);
      return 2;
    }
    console.error(`baton: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
