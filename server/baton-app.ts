import type { Worker } from '@temporalio/worker';
import type { RunningApi } from '../api';
import { publishConversationChanged } from '../api/pubsub';
import type { Settings } from '../config/settings';
import { connectDatabase, type BatonDb } from '../store/database';
import { startApiApp } from './api-app';
import { createEventBus } from './event-bus';
import { workerCheck } from './readiness';
import { startWorker } from './worker-app';

export type BatonApp = {
  db: BatonDb;
  api: RunningApi;
  worker: Worker;
  /** Drains the API, then the worker, aiming to be done by `deadline` (default: BATON_SHUTDOWN_GRACE_S from now). */
  stop(deadline?: number): Promise<void>;
};

/**
 * Runs the worker and the API in one process, sharing the in-process pub/sub so
 * activities publish inbox events straight to GraphQL subscribers.
 */
export async function startBatonApp(settings: Settings, servers: { mongoUri: string; temporalAddress: string }): Promise<BatonApp> {
  const db = await connectDatabase(servers.mongoUri, settings.mongo.database);
  const events = await createEventBus(settings.redisUrl);
  const worker = await startWorker(settings, {
    db,
    temporalAddress: servers.temporalAddress,
    publish: (event) => publishConversationChanged(events.pubsub, event),
  });
  // One process, one port: the API's /readyz includes the worker's polling.
  const api = await startApiApp(settings, { db, temporalAddress: servers.temporalAddress, events, extraChecks: [workerCheck(worker.worker)] });

  let stopped: Promise<void> | undefined;
  return {
    db,
    api: api.api,
    worker: worker.worker,
    stop(deadline) {
      stopped ??= (async () => {
        await api.stop(deadline);
        await worker.stop();
        await events.close();
        await db.close();
      })();
      return stopped;
    },
  };
}
