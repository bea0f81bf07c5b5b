import { writeFileSync } from 'node:fs';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { loadSettings } from '../config/settings';
import { cliActor, recordAccess } from '../audit/access-log';
import { auditTrailOfRuns, loadWorkflowHistory, NotAConversationError, type ConversationHistory } from '../audit/workflow-history';
import { conversationWorkflow, conversationWorkflowId } from '../workflows/conversation-definitions';
import { CliError } from './cli-connections';
import { connectCliDatabase, connectOptionalTemporal } from './history-connections';
import type { HistoryFlags } from './commands/history';
import { formatAuditTrail } from '../insights/audit-trail';

/** `baton history`: the readable audit trail of a conversation, from Temporal while it has the history, else from the audit archive. */
export async function runHistory(id: string, values: HistoryFlags): Promise<number> {
  const conversationId = id.replace(/^conversation-/, '');
  const workflowId = conversationWorkflowId(conversationId);
  const settings = loadSettings();
  const db = await connectCliDatabase(settings);
  const temporal = await connectOptionalTemporal(settings, 'history');
  try {
    let loaded: ConversationHistory;
    try {
      loaded = await loadWorkflowHistory({ temporal, db }, conversationWorkflow(conversationId));
    } catch (error) {
      if (error instanceof NotAConversationError)
        throw new CliError(`Workflow ${workflowId} is a "${error.workflowType}" workflow, not a conversation; baton history reads conversations only.`);
      throw error;
    }
    if (loaded.source === 'none')
      throw new CliError(
        `No conversation ${conversationId}: neither Temporal${temporal ? '' : ' (not reachable)'} nor the audit archive has a workflow ${workflowId}.`,
      );
    const conversation = await db.conversations.findOne({ _id: conversationId }, { projection: { workspaceId: 1 } });
    await recordAccess(db, { conversationId, workspaceId: conversation?.workspaceId ?? null, actor: cliActor(), action: 'history', via: 'cli' });
    if (values.export) {
      writeFileSync(values.export, exportedHistoryJSON(loaded));
      const events = loaded.runs.reduce((sum, run) => sum + (run.history.events?.length ?? 0), 0);
      console.error(`wrote ${events} events of ${loaded.runs.length} run(s) to ${values.export} (source: ${loaded.source})`);
      return 0;
    }
    const trail = { ...auditTrailOfRuns(workflowId, loaded.runs), source: loaded.source };
    console.log(values.json ? JSON.stringify(trail, null, 2) : `source: ${loaded.source}\n${formatAuditTrail(trail)}`);
    return 0;
  } finally {
    await Promise.all([db.close(), temporal?.connection.close()]);
  }
}

/** One run: Temporal's history JSON, as Temporal's own tools write it (a replay fixture). Several: an array of `{ runId, history }`. */
function exportedHistoryJSON(loaded: ConversationHistory): string {
  if (loaded.runs.length === 1) return historyToJSON(loaded.runs[0]!.history);
  return JSON.stringify(
    loaded.runs.map((run) => ({ runId: run.runId, history: JSON.parse(historyToJSON(run.history)) as unknown })),
    null,
    2,
  );
}
