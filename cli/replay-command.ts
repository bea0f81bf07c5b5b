import { Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { loadSettings } from '../config/settings';
import { conversationWorkflowBundle } from '../server/conversation-worker';
import { CONVERSATION_WORKFLOW_TYPE, conversationWorkflowId } from '../workflows/conversation-definitions';
import { connectCliTemporal } from './cli-connections';
import { UsageError } from './cli-error';
import type { ReplayFlags } from './commands/replay';

type HistorySource = { workflowId: string; history: Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['fetchHistory']>> };

/** `baton replay`: replays conversations against today's workflow code; 1 when any would take a different path. */
export async function runReplay(positionals: string[], values: ReplayFlags): Promise<number> {
  if (!values.all && positionals.length === 0) throw new UsageError('Name the conversations to replay, or pass --all.');
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (Number.isNaN(limit) || limit < 1) throw new UsageError('--limit takes a positive number.');
  const client = await connectCliTemporal(loadSettings());
  const started = Date.now();
  try {
    const histories = values.all ? listAll(client, limit) : listNamed(client, positionals);
    const workflowBundle = await conversationWorkflowBundle();
    let replayed = 0;
    let failed = 0;
    for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'baton-replay' }, histories)) {
      replayed += 1;
      if (result.error) {
        failed += 1;
        console.log(`FAIL ${result.workflowId}: ${result.error.message.split('\n')[0]}`);
      } else {
        console.log(`ok   ${result.workflowId}`);
      }
    }
    console.log(`${replayed} replayed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return failed > 0 ? 1 : 0;
  } finally {
    await client.connection.close();
  }
}

async function* listNamed(client: Client, ids: string[]): AsyncIterable<HistorySource> {
  for (const id of ids) {
    const workflowId = conversationWorkflowId(id.replace(/^conversation-/, ''));
    yield { workflowId, history: await client.workflow.getHandle(workflowId).fetchHistory() };
  }
}

async function* listAll(client: Client, limit: number): AsyncIterable<HistorySource> {
  let count = 0;
  for await (const execution of client.workflow.list({ query: `WorkflowType = '${CONVERSATION_WORKFLOW_TYPE}'` })) {
    if (count++ >= limit) return;
    yield { workflowId: execution.workflowId, history: await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory() };
  }
}
