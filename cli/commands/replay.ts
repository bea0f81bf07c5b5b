import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type ReplayFlags = { all?: boolean; limit?: string; archivedOnly?: boolean; since?: string };

export const replayCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('replay', {
      summary: "replay conversations against today's workflow code; non-zero on nondeterminism",
      description:
        "Replays conversations' histories against today's workflow code, run by run, and exits 1 if any would take a different path (nondeterminism). Each run's history comes from Temporal while it still has it, from the audit archive once Temporal has deleted it; each line says which.",
      usage: '<conversationId>... | --all [--limit N] [--archived-only] [--since DATE]',
      exitCodes: [
        [0, 'every run replayed the same way'],
        [1, 'at least one would take a different path, or a named conversation has no history anywhere (each is listed), or an unexpected failure'],
        [2, 'bad input (no conversation named and no --all, an option, no database)'],
      ],
    })
      .argument('[conversationIds...]', 'the conversations (with or without the conversation- prefix)')
      .option('--all', 'every conversation run Temporal has, and every archived run whose workflow Temporal no longer has')
      .option('--limit <n>', 'with --all, at most this many runs')
      .option('--archived-only', 'only the runs read from the audit archive (those Temporal no longer has)')
      .option('--since <date>', 'only runs that started or closed on or after DATE (e.g. 2026-01-31), and runs still open'),
    outcome,
    async (command) => (await import('../replay-command')).runReplay(command.args, command.opts<ReplayFlags>()),
  );
