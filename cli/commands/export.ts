import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type ExportFlags = { format: string; out?: string; forCustomer?: boolean; notes: boolean };

export const exportCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('export', {
      summary: "a conversation's transcript and audit trail",
      description:
        "Writes a conversation's transcript with its notes, escalation summary, audit trail (from Temporal while it has the history, from the audit archive once Temporal has deleted it; the trail says which) and access log, for compliance; or, with --for-customer, the copy the customer may have, without notes, escalation, audit trail or access log. Every export is written to the access log.",
      usage: '<conversationId> [--format text|json] [--out FILE] [--for-customer]',
      exitCodes: [
        [0, 'the export was written'],
        [1, 'an unexpected failure'],
        [2, 'bad input (an option, a conversation that does not exist, no database)'],
      ],
    })
      .argument('<conversationId>', 'the conversation (with or without the conversation- prefix)')
      .option('--format <format>', 'text or json', 'text')
      .option('--out <file>', 'write to FILE instead of standard output')
      .option('--for-customer', "the customer's copy: no notes, escalation summary or audit trail")
      .option('--no-notes', 'the older name of --for-customer'),
    outcome,
    async (command) => (await import('../export-command')).runExport(command.args[0]!, command.opts<ExportFlags>()),
  );
