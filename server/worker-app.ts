import { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { createAssignmentActivities } from '../activities/assignment-activities';
import { createAuditArchiveActivities } from '../activities/audit-archive-activities';
import { reportRoutingThroughActivityClient } from '../activities/router-signals';
import { ensureArchiveSchedule } from './archive-schedule';
import { createConversationActivities } from '../activities/conversation-activities';
import type { PublishConversationChanged } from '../activities/inbox-events';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { modelConfigOf } from '../config/model-config';
import type { Settings } from '../config/settings';
import type { BatonDb } from '../store/database';
import { createConversationWorker, installQuietRuntime } from './conversation-worker';
import { mongoCheck, temporalCheck, workerCheck, type ReadinessCheck } from './readiness';
import { connectTemporalWorker } from './temporal-connection';

export type RunningWorker = {
  worker: Worker;
  /** What this worker needs to do its job (MongoDB, Temporal, its own polling), for /readyz. */
  readinessChecks: ReadinessCheck[];
  /** Stops polling, waits for the activities and workflow tasks in flight to finish, closes the connection. */
  stop(): Promise<void>;
};

/** Starts a conversation worker polling the task queue; stop() drains it and closes its connection. */
export async function startWorker(
  settings: Settings,
  options: { db: BatonDb; temporalAddress: string; publish: PublishConversationChanged },
): Promise<RunningWorker> {
  installQuietRuntime();
  const connection = await connectTemporalWorker(options.temporalAddress);
  const model = modelConfigOf(settings);
  const activities = createConversationActivities({
    db: options.db,
    // Both log through the activity's log context (request and conversation ids) by default.
    knowledge: new KnowledgeBase(options.db),
    publish: options.publish,
    reportRouting: reportRoutingThroughActivityClient,
    model,
  });
  const worker = await createConversationWorker({
    connection,
    namespace: settings.temporal.namespace,
    taskQueue: settings.temporal.taskQueue,
    activities: { ...activities, ...createAuditArchiveActivities({ db: options.db }), ...createAssignmentActivities({ db: options.db }) },
    cachedConversations: settings.cachedConversations,
    // Most of BATON_SHUTDOWN_GRACE_S: activities finish before they are asked to cancel, and the rest of the grace closes connections.
    shutdownGraceMs: Math.round(settings.shutdownGraceMs * 0.8),
  });
  // Every worker brings the archiver's schedule to temporal.yaml's interval; creating it twice is a no-op.
  await ensureArchiveSchedule(new Client({ connection, namespace: settings.temporal.namespace }), {
    taskQueue: settings.temporal.taskQueue,
    everyMinutes: settings.audit.archiveEveryMinutes,
  });
  const running = worker.run();
  return {
    worker,
    readinessChecks: [mongoCheck(options.db), temporalCheck(connection), workerCheck(worker)],
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}
