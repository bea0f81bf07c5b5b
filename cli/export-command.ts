import { writeFileSync } from 'node:fs';
import { buildAuditTrail } from '../insights/audit-trail';
import { buildCustomerTranscript, buildTranscript, formatTranscript, type Transcript } from '../insights/conversation-transcript';
import { loadSettings } from '../config/settings';
import { connectDatabase } from '../store/database';
import { conversationWorkflowId } from '../workflows/conversation-definitions';
import { CliError, connectCliTemporal } from './cli-connections';
import { UsageError } from './cli-error';
import type { ExportFlags } from './commands/export';
import { readTimeline } from '../store/timeline';

/** `baton export`: a conversation's transcript and audit trail, for the customer or for compliance. */
export async function runExport(conversationId: string, values: ExportFlags): Promise<number> {
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json (got ${format}).`);
  const id = conversationId.replace(/^conversation-/, '');
  const settings = loadSettings();
  const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database).catch((error: Error) => {
    throw new CliError(`${error.message} Is \`baton start\` running?`);
  });
  try {
    const conversation = await db.conversations.findOne({ _id: id });
    if (!conversation) throw new CliError(`No conversation ${id} in the database.`);
    const entries = await readTimeline(db, conversation);
    // --no-notes is the older name of the same copy: notes left out of the transcript but kept in the
    // escalation summary and the audit trail would still reach the customer.
    if (values.forCustomer || !values.notes) {
      write(formatExportOutput(buildCustomerTranscript(conversation, entries), format), values.out);
      return 0;
    }
    const temporal = await connectCliTemporal(settings).catch(() => null);
    const history = temporal
      ? await temporal.workflow
          .getHandle(conversationWorkflowId(id))
          .fetchHistory()
          .catch(() => null)
      : null;
    await temporal?.connection.close();
    if (!history) console.error('baton export: Temporal is not reachable or has no history for it; exporting the transcript without the audit trail.');
    const audit = history ? buildAuditTrail(conversationWorkflowId(id), history.events ?? []) : null;
    write(formatExportOutput(buildTranscript(conversation, entries, audit, { includeNotes: true }), format), values.out);
    return 0;
  } finally {
    await db.close();
  }
}

const formatExportOutput = (transcript: Transcript, format: 'text' | 'json') =>
  format === 'json' ? JSON.stringify(transcript, null, 2) : formatTranscript(transcript);

function write(output: string, file: string | undefined): void {
  if (file) writeFileSync(file, output);
  else process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}
