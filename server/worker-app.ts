import type { Worker } from '@temporalio/worker';
import { createConversationActivities } from '../activities/conversation-activities';
import type { PublishConversationChanged } from '../activities/inbox-events';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { modelConfigOf } from '../config/model-config';
import type { Settings } from '../config/settings';
import type { BatonDb } from '../store/database';
import { createConversationWorker, installQuietRuntime } from './conversation-worker';
import { connectTemporalWorker } from './temporal-connection';

export type RunningWorker = { worker: Worker; stop(): Promise<void> };

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
    knowledge: new KnowledgeBase(options.db, { log: (message) => console.warn(`[knowledge] ${message}`) }),
    publish: options.publish,
    model,
    log: (message) => console.warn(`[activities] ${message}`),
  });
  const worker = await createConversationWorker({
    connection,
    namespace: settings.temporal.namespace,
    taskQueue: settings.temporal.taskQueue,
    activities,
    cachedConversations: settings.cachedConversations,
  });
  const running = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}
