import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type BacktestFlags = { flow?: string; since?: string; limit?: string; workspace?: string; json?: boolean };

export const backtestCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('backtest', {
      summary: 'what a draft flow would have decided on recorded conversations',
      description:
        "Replays a draft flow over a workspace's recorded conversations and reports which would have been handled differently, and the automation rate before and after. Reads only.",
      usage: '--flow FILE [--since DATE] [--limit N] [--workspace KEY] [--json]',
      exitCodes: [
        [0, 'the report was printed'],
        [1, 'an unexpected failure'],
        [2, 'bad input (an option, a flow file that is not a valid flow, an unknown workspace, no database)'],
      ],
    })
      .option('--flow <file>', 'the draft flow as JSON, e.g. a copy of machines/default-flow.json (required)')
      .option('--since <date>', 'only conversations started on or after this date, e.g. 2026-11-01')
      .option('--limit <n>', 'at most this many conversations (default 1000)')
      .option('--workspace <key>', 'the workspace (default: demo)')
      .option('--json', 'the report as JSON'),
    outcome,
    async (command) => (await import('../backtest-command')).runBacktest(command.opts<BacktestFlags>()),
  );
