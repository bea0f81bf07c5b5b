import { parseArgs } from 'node:util';
import { Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { loadSettings } from '../config/settings';
import { conversationWorkflowBundle } from '../server/conversation-worker';
import { CONVERSATION_WORKFLOW_TYPE, conversationWorkflowId } from '../workflows/conversation-definitions';
import { CliError, connectCliTemporal } from './cli-connections';

export const REPLAY_USAGE = `baton replay <conversationId>... | --all [--limit N]
  Replays conversations' Temporal histories against today's workflow code and
  exits non-zero if any would take a different path (nondeterminism).`;

type HistorySource = { workflowId: string; history: Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['fetchHistory']>> };

export async function runReplay(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { all: { type: 'boolean' }, limit: { type: 'string' } } });
  if (!values.all && positionals.length === 0) throw new CliError(`Name the conversations to replay, or pass --all.\n${REPLAY_USAGE}`);
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (Number.isNaN(limit) || limit < 1) throw new CliError('--limit takes a positive number.');
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
