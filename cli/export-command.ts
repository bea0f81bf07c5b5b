import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildAuditTrail } from '../insights/audit-trail';
import { buildCustomerTranscript, buildTranscript, formatTranscript, type Transcript } from '../insights/conversation-transcript';
import { loadSettings } from '../config/settings';
import { connectDatabase } from '../store/database';
import { conversationWorkflowId } from '../workflows/conversation-definitions';
import { CliError, connectCliTemporal } from './cli-connections';
import { readTimeline } from '../store/timeline';

export const EXPORT_USAGE = 'baton export <conversationId> [--format text|json] [--out FILE] [--for-customer]';

/** `baton export`: a conversation's transcript and audit trail, for the customer or for compliance. */
export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, out: { type: 'string' }, 'for-customer': { type: 'boolean' }, 'no-notes': { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new CliError(`baton export takes one conversation id.\n${EXPORT_USAGE}`);
  if (values.format !== 'text' && values.format !== 'json') throw new CliError(`--format is text or json (got ${values.format}).`);
  const id = positionals[0]!.replace(/^conversation-/, '');
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
    if (values['for-customer'] || values['no-notes']) {
      write(formatExportOutput(buildCustomerTranscript(conversation, entries), values.format), values.out);
      return 0;
    }
    const temporal = await connectCliTemporal(settings).catch(() => null);
    const history = temporal ? await temporal.workflow.getHandle(conversationWorkflowId(id)).fetchHistory().catch(() => null) : null;
    await temporal?.connection.close();
    if (!history) console.error('baton export: Temporal is not reachable or has no history for it; exporting the transcript without the audit trail.');
    const audit = history ? buildAuditTrail(conversationWorkflowId(id), history.events ?? []) : null;
    write(formatExportOutput(buildTranscript(conversation, entries, audit, { includeNotes: true }), values.format), values.out);
    return 0;
  } finally {
    await db.close();
  }
}

const formatExportOutput = (transcript: Transcript, format: 'text' | 'json') => (format === 'json' ? JSON.stringify(transcript, null, 2) : formatTranscript(transcript));

function write(output: string, file: string | undefined): void {
  if (file) writeFileSync(file, output);
  else process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}
