import { workflowSinks } from '../server/temporal-interceptors';
import { Worker } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { loadSettings } from '../config/settings';
import { cliActor, recordAccess } from '../audit/access-log';
import { archivedRunId } from '../audit/archive-store';
import { archivedRun, isTemporalUnreachable, liveHistoryOf, loadWorkflowHistory, type ConversationRun } from '../audit/workflow-history';
import type { ArchivedRunDoc } from '../store/audit-documents';
import type { BatonDb } from '../store/database';
import { conversationWorkflowBundle } from '../server/conversation-worker';
import { CONVERSATION_WORKFLOW_TYPE, conversationWorkflow, conversationWorkflowId } from '../workflows/conversation-definitions';
import { connectCliDatabase, connectOptionalTemporal } from './history-connections';
import { UsageError } from './cli-error';
import type { ReplayFlags } from './commands/replay';

/** One run to replay, and where its history was read. */
type ReplayItem = { workflowId: string; run: Pick<ConversationRun, 'runId' | 'source' | 'history'> };
type RunFilter = { archivedOnly: boolean; since: Date | null };

/** `baton replay`: replays conversations run by run (from Temporal or the audit archive) against today's workflow code; 1 when any would take a different path. */
export async function runReplay(positionals: string[], values: ReplayFlags): Promise<number> {
  if (!values.all && positionals.length === 0) throw new UsageError('Name the conversations to replay, or pass --all.');
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (Number.isNaN(limit) || limit < 1) throw new UsageError('--limit takes a positive number.');
  const since = values.since === undefined ? null : new Date(values.since);
  if (since && Number.isNaN(since.getTime()))
    throw new UsageError(`--since takes a date such as 2026-01-31 or 2026-01-31T09:00:00Z (got ${JSON.stringify(values.since)}).`);
  const filter: RunFilter = { archivedOnly: values.archivedOnly === true, since };
  const settings = loadSettings();
  const db = await connectCliDatabase(settings);
  const temporal = await connectOptionalTemporal(settings, 'replay');
  const started = Date.now();
  try {
    let missing = 0;
    const items = values.all
      ? allRuns(temporal, db, filter, limit)
      : namedRuns(temporal, db, positionals, filter, (workflowId) => {
          missing += 1;
          console.log(`FAIL ${workflowId}: neither Temporal nor the audit archive has it`);
        });
    // Histories are replayed one at a time, in the order given: the result in hand is the last run handed over.
    let current: ReplayItem | undefined;
    const histories = (async function* () {
      for await (const item of items) {
        current = item;
        yield { workflowId: item.workflowId, history: item.run.history };
      }
    })();
    const workflowBundle = await conversationWorkflowBundle();
    let replayed = 0;
    let failed = 0;
    for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'baton-replay', sinks: workflowSinks() }, histories)) {
      replayed += 1;
      const label = `${result.workflowId} run ${current?.run.runId} (${current?.run.source})`;
      if (result.error) {
        failed += 1;
        console.log(`FAIL ${label}: ${result.error.message.split('\n')[0]}`);
      } else {
        console.log(`ok   ${label}`);
      }
    }
    console.log(`${replayed} replayed, ${failed + missing} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return failed + missing > 0 ? 1 : 0;
  } finally {
    await Promise.all([db.close(), temporal?.connection.close()]);
  }
}

/** Runs that started, closed, or are still open on or after `since`. */
const activeSince = (run: { startedAt: Date | null; closedAt: Date | null }, since: Date | null) =>
  !since || !run.closedAt || run.closedAt >= since || (run.startedAt !== null && run.startedAt >= since);

const wanted = (run: ConversationRun, filter: RunFilter) => (!filter.archivedOnly || run.source === 'archive') && activeSince(run, filter.since);

async function recordReplay(db: BatonDb, workflowId: string): Promise<void> {
  const conversationId = workflowId.replace(/^conversation-/, '');
  const conversation = await db.conversations.findOne({ _id: conversationId }, { projection: { workspaceId: 1 } });
  await recordAccess(db, { conversationId, workspaceId: conversation?.workspaceId ?? null, actor: cliActor(), action: 'replay', via: 'cli' });
}

async function* namedRuns(
  temporal: Client | null,
  db: BatonDb,
  ids: string[],
  filter: RunFilter,
  onMissing: (workflowId: string) => void,
): AsyncIterable<ReplayItem> {
  for (const id of ids) {
    const workflowId = conversationWorkflowId(id.replace(/^conversation-/, ''));
    const loaded = await loadWorkflowHistory({ temporal, db }, conversationWorkflow(id));
    if (loaded.source === 'none') {
      onMissing(workflowId);
      continue;
    }
    await recordReplay(db, workflowId);
    for (const run of loaded.runs) if (wanted(run, filter)) yield { workflowId, run };
  }
}

/**
 * Every conversation run Temporal lists, then every archived run it did not list (its workflow
 * deleted by retention), so no run is replayed twice. A listed run whose history Temporal has
 * deleted since is read from the archive.
 */
async function* allRuns(temporal: Client | null, db: BatonDb, filter: RunFilter, limit: number): AsyncIterable<ReplayItem> {
  const listed = new Set<string>();
  const recorded = new Set<string>();
  let count = 0;
  const take = async (item: ReplayItem) => {
    if (!recorded.has(item.workflowId)) {
      recorded.add(item.workflowId);
      await recordReplay(db, item.workflowId);
    }
    count += 1;
    return item;
  };
  if (temporal) {
    try {
      for await (const info of temporal.workflow.list({ query: `WorkflowType = '${CONVERSATION_WORKFLOW_TYPE}'` })) {
        if (count >= limit) return;
        listed.add(archivedRunId(info.workflowId, info.runId));
        if (!activeSince({ startedAt: info.startTime, closedAt: info.closeTime ?? null }, filter.since)) continue;
        const history = await liveHistoryOf(temporal, info.workflowId, info.runId);
        if (history) {
          if (!filter.archivedOnly) yield await take({ workflowId: info.workflowId, run: { runId: info.runId, source: 'temporal', history } });
          continue;
        }
        const doc = (await db.auditArchive.findOne({ _id: archivedRunId(info.workflowId, info.runId), kind: 'run' })) as ArchivedRunDoc | null;
        if (doc) yield await take({ workflowId: info.workflowId, run: archivedRun(doc) });
      }
    } catch (error) {
      if (!isTemporalUnreachable(error)) throw error;
      console.error('baton replay: Temporal stopped answering; replaying the rest from the audit archive.');
    }
  }
  const archived = db.auditArchive
    .find({ kind: 'run', workflowType: CONVERSATION_WORKFLOW_TYPE, ...(filter.since ? { closedAt: { $gte: filter.since } } : {}) })
    .sort({ startedAt: 1 })
    .batchSize(50);
  for await (const doc of archived as AsyncIterable<ArchivedRunDoc>) {
    if (count >= limit) return;
    if (listed.has(doc._id)) continue;
    yield await take({ workflowId: doc.workflowId, run: archivedRun(doc) });
  }
}
