/**
 * Workflow `auditArchiver`: one pass of copying closed conversation runs into the audit archive,
 * started by a Temporal Schedule every few minutes (audit/archive-schedule.ts) or by
 * `baton archive --now`. Pages through the runs that closed since the last pass; each page is one
 * activity that skips runs already archived, so a pass that crashes and is retried or run again
 * archives every run exactly once.
 */
import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { AuditArchiveActivities } from '../activities/audit-archive-activities';
import type { ArchivePassStart, ArchivePassSummary } from '../audit/archive-pass';

const { startArchivePass, listClosedRuns, pruneExpiredArchives, finishArchivePass } = proxyActivities<AuditArchiveActivities>({
  startToCloseTimeout: '1 minute',
});
const { archiveRuns } = proxyActivities<AuditArchiveActivities>({
  startToCloseTimeout: '10 minutes',
  // Beats once per run: a worker that dies mid-page is retried elsewhere within seconds.
  heartbeatTimeout: '20 seconds',
});

/** Where a pass got to, carried over a continue-as-new on a long backlog. */
export type AuditArchiverInput = {
  /** The deployment's task queue and the workflow type whose closed runs are archived. */
  taskQueue: string;
  workflowType: string;
  resume?: { pass: ArchivePassStart; pageToken: string; listed: number; archived: number; alreadyArchived: number };
};

/** Pages per run before a long backlog continues as new, keeping each run's history short. */
const PAGES_PER_RUN = 50;

export async function auditArchiver(input: AuditArchiverInput): Promise<ArchivePassSummary> {
  const pass = input.resume?.pass ?? (await startArchivePass({ taskQueue: input.taskQueue, workflowType: input.workflowType }));
  let pageToken: string | null = input.resume?.pageToken ?? null;
  let { listed, archived, alreadyArchived } = input.resume ?? { listed: 0, archived: 0, alreadyArchived: 0 };
  for (let pages = 0; ; pages++) {
    if (pageToken && (pages >= PAGES_PER_RUN || workflowInfo().continueAsNewSuggested)) {
      await continueAsNew<typeof auditArchiver>({ ...input, resume: { pass, pageToken, listed, archived, alreadyArchived } });
    }
    const page = await listClosedRuns(pass, pageToken);
    listed += page.runs.length;
    if (page.runs.length > 0) {
      const batch = await archiveRuns(page.runs);
      archived += batch.archived;
      alreadyArchived += batch.alreadyArchived;
    }
    pageToken = page.nextPageToken;
    if (!pageToken) break;
  }
  const pruned = await pruneExpiredArchives();
  const summary: ArchivePassSummary = { startedAt: pass.startedAt, finishedAt: new Date().toISOString(), listed, archived, alreadyArchived, pruned };
  await finishArchivePass(pass, summary);
  return summary;
}
