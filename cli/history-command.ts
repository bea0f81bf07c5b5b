import { writeFileSync } from 'node:fs';
import { WorkflowNotFoundError } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { loadSettings } from '../config/settings';
import { CONVERSATION_WORKFLOW_TYPE, conversationWorkflowId } from '../workflows/conversation-definitions';
import { CliError, connectCliTemporal } from './cli-connections';
import type { HistoryFlags } from './commands/history';
import { buildAuditTrail, formatAuditTrail } from '../insights/audit-trail';

/** `baton history`: the readable audit trail of a conversation, from its Temporal history. */
export async function runHistory(id: string, values: HistoryFlags): Promise<number> {
  const conversationId = id.replace(/^conversation-/, '');
  const client = await connectCliTemporal(loadSettings());
  try {
    const handle = client.workflow.getHandle(conversationWorkflowId(conversationId));
    let description;
    try {
      description = await handle.describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new CliError(`No conversation ${conversationId}: there is no workflow ${conversationWorkflowId(conversationId)} in this namespace.`);
      throw error;
    }
    if (description.type !== CONVERSATION_WORKFLOW_TYPE) {
      throw new CliError(`Workflow ${handle.workflowId} is a "${description.type}" workflow, not a conversation; baton history reads conversations only.`);
    }
    const history = await handle.fetchHistory();
    if (values.export) {
      writeFileSync(values.export, historyToJSON(history));
      console.error(`wrote ${history.events?.length ?? 0} events to ${values.export}`);
      return 0;
    }
    const trail = buildAuditTrail(handle.workflowId, history.events ?? []);
    console.log(values.json ? JSON.stringify(trail, null, 2) : formatAuditTrail(trail));
    return 0;
  } finally {
    await client.connection.close();
  }
}
