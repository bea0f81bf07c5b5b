import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type HistoryFlags = { json?: boolean; export?: string };

export const historyCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('history', {
      summary: 'the readable audit trail of a conversation',
      description: 'Prints the readable audit trail of a conversation from its Temporal history: who or what decided each step.',
      usage: '<conversationId> [--json] [--export FILE]',
      exitCodes: [
        [0, 'the trail was printed (or the history written)'],
        [1, 'an unexpected failure'],
        [2, 'bad input (no such conversation, a workflow that is not a conversation, Temporal not reachable)'],
      ],
    })
      .argument('<conversationId>', 'the conversation (with or without the conversation- prefix)')
      .option('--json', 'the same trail as JSON')
      .option('--export <file>', 'write the raw Temporal history (JSON) to FILE, e.g. as a replay fixture'),
    outcome,
    async (command) => (await import('../history-command')).runHistory(command.args[0]!, command.opts<HistoryFlags>()),
  );
