/**
 * The Temporal Schedule that runs the archiver: one per deployment (task queue), created or brought
 * up to date by every worker at start, so the interval in temporal.yaml is the one that runs.
 */
import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { AuditArchiverInput } from '../workflows/audit-archiver.workflow';
import { CONVERSATION_WORKFLOW_TYPE } from '../workflows/conversation-definitions';

export const AUDIT_ARCHIVER_WORKFLOW_TYPE = 'auditArchiver';
export const archiveScheduleId = (taskQueue: string) => `baton-audit-archiver-${taskQueue}`;

/** What every archiver pass of this deployment archives: closed conversation runs on its task queue. */
export const archiverInput = (taskQueue: string): AuditArchiverInput => ({ taskQueue, workflowType: CONVERSATION_WORKFLOW_TYPE });

/** Creates the schedule, or updates its interval; `everyMinutes` 0 removes it. */
export async function ensureArchiveSchedule(client: Client, options: { taskQueue: string; everyMinutes: number }): Promise<void> {
  const scheduleId = archiveScheduleId(options.taskQueue);
  const handle = client.schedule.getHandle(scheduleId);
  if (options.everyMinutes <= 0) {
    await handle.delete().catch((error: unknown) => {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
    });
    return;
  }
  const every = Math.round(options.everyMinutes * 60_000);
  const args: [AuditArchiverInput] = [archiverInput(options.taskQueue)];
  try {
    await client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every }] },
      action: { type: 'startWorkflow', workflowType: AUDIT_ARCHIVER_WORKFLOW_TYPE, workflowId: scheduleId, taskQueue: options.taskQueue, args },
      // A pass still running when the next is due makes the next one pointless: it would list the same runs.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    const current = await handle.describe();
    const interval = current.spec.intervals?.[0];
    if (interval && Number(interval.every) === every && current.spec.intervals?.length === 1) return;
    await handle.update((schedule) => ({ ...schedule, spec: { intervals: [{ every }] } }));
  }
}
