import { conversationWorkflow } from '../workflows/conversation-definitions';
import { writeFileSync } from 'node:fs';
import { accessLogOf, cliActor, recordAccess } from '../audit/access-log';
import { loadWorkflowHistory, transcriptAuditOf } from '../audit/workflow-history';
import { buildCustomerTranscript, buildTranscript, formatTranscript, type Transcript } from '../insights/conversation-transcript';
import { loadSettings } from '../config/settings';
import { CliError } from './cli-connections';
import { connectCliDatabase, connectOptionalTemporal } from './history-connections';
import { UsageError } from './cli-error';
import type { ExportFlags } from './commands/export';
import { readTimeline } from '../store/timeline';

/**
 * `baton export`: a conversation's transcript, for the customer or for compliance with the audit
 * trail (from Temporal, or the audit archive once Temporal has deleted the history) and the access
 * log. The export is logged before the log is read, so the copy shows its own access.
 */
export async function runExport(conversationId: string, values: ExportFlags): Promise<number> {
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json (got ${format}).`);
  const id = conversationId.replace(/^conversation-/, '');
  const settings = loadSettings();
  const db = await connectCliDatabase(settings);
  try {
    const conversation = await db.conversations.findOne({ _id: id });
    if (!conversation) throw new CliError(`No conversation ${id} in the database.`);
    // --no-notes is the older name of the same copy: notes left out of the transcript but kept in the
    // escalation summary and the audit trail would still reach the customer.
    const forCustomer = values.forCustomer || !values.notes;
    const action = forCustomer ? 'export-for-customer' : 'export';
    await recordAccess(db, { conversationId: id, workspaceId: conversation.workspaceId, actor: cliActor(), action, via: 'cli' });
    const entries = await readTimeline(db, conversation);
    if (forCustomer) {
      write(formatExportOutput(buildCustomerTranscript(conversation, entries), format), values.out);
      return 0;
    }
    const temporal = await connectOptionalTemporal(settings, 'export');
    const history = await loadWorkflowHistory({ temporal, db }, conversationWorkflow(id)).finally(() => temporal?.connection.close());
    if (history.source === 'none') console.error('baton export: neither Temporal nor the audit archive has its workflow history; the audit trail says so.');
    const accessLog = await accessLogOf(db, id);
    write(formatExportOutput(buildTranscript(conversation, entries, transcriptAuditOf(history), { includeNotes: true, accessLog }), format), values.out);
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
