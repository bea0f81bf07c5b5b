import { ScheduleNotFoundError, type Client } from '@temporalio/client';
import { loadSettings } from '../config/settings';
import { archiverInput, archiveScheduleId, AUDIT_ARCHIVER_WORKFLOW_TYPE } from '../server/archive-schedule';
import { pruneArchive, archivedWorkspaces } from '../audit/archive-store';
import { cliActor } from '../audit/access-log';
import type { ArchivePassSummary } from '../audit/archive-pass';
import type { AuditArchiverInput } from '../workflows/audit-archiver.workflow';
import type { BatonDb } from '../store/database';
import { CliError, connectCliTemporal } from './cli-connections';
import { UsageError } from './cli-error';
import type { ArchiveFlags, ArchivePruneFlags } from './commands/archive';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { workspaceKeys, workspacesNamed } from './archive-workspaces';

/** `baton archive`: the archive's state, or (--now) one archiver pass on the workers. */
export async function runArchive(flags: ArchiveFlags): Promise<number> {
  const settings = loadSettings();
  const { taskQueue } = settings.temporal;
  if (flags.now) {
    const client = await connectCliTemporal(settings);
    try {
      return printPass(await runPassNow(client, taskQueue));
    } finally {
      await client.connection.close();
    }
  }
  const db = await connectIngestDatabase(settings);
  try {
    console.log(await scheduleState(settings));
    await printArchiveState(db, taskQueue);
    return 0;
  } finally {
    await db.close();
  }
}

/** The schedule as Temporal runs it (the workers set it from their temporal.yaml, which may differ from this one's). */
async function scheduleState(settings: ReturnType<typeof loadSettings>): Promise<string> {
  const scheduleId = archiveScheduleId(settings.temporal.taskQueue);
  const client = await connectCliTemporal(settings).catch(() => null);
  if (!client) return `schedule: ${scheduleId}, Temporal not reachable`;
  try {
    const schedule = await client.schedule.getHandle(scheduleId).describe();
    const every = Number(schedule.spec.intervals?.[0]?.every ?? 0) / 60_000;
    const next = schedule.info.nextActionTimes[0];
    return `schedule: ${scheduleId}, every ${every} min${schedule.state.paused ? ', paused' : ''}${next ? `, next pass ${next.toISOString()}` : ''}`;
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) return `schedule: none (a worker creates it at start unless temporal.yaml audit.archiveEveryMinutes is 0)`;
    throw error;
  } finally {
    await client.connection.close();
  }
}

async function runPassNow(client: Client, taskQueue: string): Promise<ArchivePassSummary> {
  const pollers = await client.workflowService.describeTaskQueue({ namespace: client.options.namespace, taskQueue: { name: taskQueue }, taskQueueType: 1 });
  if ((pollers.pollers ?? []).length === 0) {
    throw new CliError(
      `No worker is polling task queue "${taskQueue}": the pass runs on the workers. Start \`baton start\` or \`baton worker\`, then run this again.`,
    );
  }
  const args: [AuditArchiverInput] = [archiverInput(taskQueue)];
  return client.workflow.execute<(input: AuditArchiverInput) => Promise<ArchivePassSummary>>(AUDIT_ARCHIVER_WORKFLOW_TYPE, {
    workflowId: `${archiveScheduleId(taskQueue)}-now-${Date.now()}`,
    taskQueue,
    args,
  });
}

function printPass(summary: ArchivePassSummary): number {
  const seconds = (Date.parse(summary.finishedAt) - Date.parse(summary.startedAt)) / 1000;
  console.log(
    `archiver pass: ${summary.listed} closed runs listed, ${summary.archived} archived, ${summary.alreadyArchived} already archived, ${summary.pruned} pruned, in ${seconds.toFixed(1)} s`,
  );
  return 0;
}

async function printArchiveState(db: BatonDb, taskQueue: string): Promise<void> {
  const progress = await db.auditArchiveProgress.findOne({ _id: taskQueue });
  const pass = progress?.lastPass;
  console.log(
    pass
      ? `last pass: ${pass.finishedAt.toISOString()}, ${pass.listed} listed, ${pass.archived} archived, ${pass.alreadyArchived} already archived, ${pass.pruned} pruned`
      : 'last pass: none yet',
  );
  const keys = await workspaceKeys(db);
  for (const workspaceId of await archivedWorkspaces(db)) {
    let runs = 0;
    let bytes = 0;
    const conversations = new Set<string>();
    for await (const record of db.auditArchive.find({ workspaceId, kind: 'run' }, { projection: { historyBytes: 1, workflowId: 1 } })) {
      runs += 1;
      bytes += 'historyBytes' in record ? record.historyBytes : 0;
      if ('workflowId' in record) conversations.add(record.workflowId);
    }
    console.log(
      `${keys.get(workspaceId) ?? workspaceId}: ${runs} runs of ${conversations.size} conversations, ${(bytes / 1024).toFixed(1)} KiB of compressed history`,
    );
  }
}

/** `baton archive prune --before DATE`: deletes old records behind a checkpoint. */
export async function runArchivePrune(flags: ArchivePruneFlags): Promise<number> {
  const before = parseDate(flags.before);
  const settings = loadSettings();
  const db = await connectIngestDatabase(settings);
  try {
    const keys = await workspaceKeys(db);
    for (const workspaceId of await workspacesNamed(db, flags.workspace)) {
      const { deleted, throughSeq } = await pruneArchive(db, { workspaceId, before, by: `${cliActor().id} (baton archive prune)` });
      const name = keys.get(workspaceId) ?? workspaceId;
      console.log(
        deleted > 0
          ? `${name}: deleted ${deleted} records (#1–#${throughSeq} and older checkpoints), checkpoint appended`
          : `${name}: nothing closed before ${before.toISOString()}`,
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}

export function parseDate(text: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
  if (Number.isNaN(date.getTime())) throw new UsageError(`"${text}" is not a date: write it as 2025-01-31 (UTC) or 2025-01-31T12:00:00Z.`);
  return date;
}
