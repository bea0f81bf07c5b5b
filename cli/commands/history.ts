import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type HistoryFlags = { json?: boolean; export?: string };

export const historyCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('history', {
      summary: 'the readable audit trail of a conversation',
      description:
        'Prints the readable audit trail of a conversation, every run in order: who or what decided each step. The history comes from Temporal while it still has it, from the audit archive once Temporal has deleted it; the first line (or the JSON field `source`) says which: temporal, archive or temporal+archive. Each read is written to the access log.',
      usage: '<conversationId> [--json] [--export FILE]',
      exitCodes: [
        [0, 'the trail was printed (or the history written)'],
        [1, 'an unexpected failure'],
        [2, 'bad input (neither Temporal nor the audit archive has the conversation, a workflow that is not a conversation, no database)'],
      ],
    })
      .argument('<conversationId>', 'the conversation (with or without the conversation- prefix)')
      .option('--json', 'the same trail as JSON')
      .option(
        '--export <file>',
        'write the raw history (Temporal JSON) to FILE, e.g. as a replay fixture; a conversation of several runs (continue-as-new) is written as a JSON array of {runId, history}, oldest first',
      ),
    outcome,
    async (command) => (await import('../history-command')).runHistory(command.args[0]!, command.opts<HistoryFlags>()),
  );
