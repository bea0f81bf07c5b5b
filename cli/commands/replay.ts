import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type ReplayFlags = { all?: boolean; limit?: string };

export const replayCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('replay', {
      summary: "replay conversations against today's workflow code; non-zero on nondeterminism",
      description: "Replays conversations' Temporal histories against today's workflow code and exits 1 if any would take a different path (nondeterminism).",
      usage: '<conversationId>... | --all [--limit N]',
      exitCodes: [
        [0, 'every conversation replayed the same way'],
        [1, 'at least one would take a different path (each is listed), or an unexpected failure'],
        [2, 'bad input (no conversation named and no --all, an option, Temporal not reachable)'],
      ],
    })
      .argument('[conversationIds...]', 'the conversations (with or without the conversation- prefix)')
      .option('--all', 'every conversation in the namespace')
      .option('--limit <n>', 'with --all, at most this many'),
    outcome,
    async (command) => (await import('../replay-command')).runReplay(command.args, command.opts<ReplayFlags>()),
  );
