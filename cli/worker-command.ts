import { loadSettings } from '../config/settings';
import { connectDatabase } from '../store/database';
import { startWorker } from '../server/worker-app';
import { createEventBus } from '../server/event-bus';
import { redisCheck } from '../server/readiness';
import { startWorkerHttp } from '../server/worker-http';
import { publishConversationChanged } from '../api/pubsub';
import { logger, setProcessRole } from '../telemetry/logger';
import { temporalAddressOf } from './cli-connections';
import { exitOnCrash } from './crash-handlers';
import { stopOnSignal } from './stop-on-signal';
import { warnOnShortClusterRetention } from '../server/namespace-retention';

/**
 * `baton worker`: a conversation worker on its own, for scaling out. It talks to
 * TEMPORAL_ADDRESS and MONGODB_URI (default: the servers `baton start` runs), and answers
 * /healthz, /readyz and /metrics on BATON_WORKER_HTTP_PORT.
 */
export async function runWorker(): Promise<number> {
  setProcessRole('worker');
  const settings = loadSettings();
  const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database);
  if (!settings.redisUrl) {
    logger.warn('baton worker: REDIS_URL is not set, so API instances in other processes will not receive live updates from this worker.');
  }
  const events = await createEventBus(settings.redisUrl);
  const worker = await startWorker(settings, {
    db,
    temporalAddress: temporalAddressOf(settings),
    publish: (event) => publishConversationChanged(events.pubsub, event),
  });
  let stopping = false;
  const http = await startWorkerHttp({
    port: settings.workerHttpPort,
    host: settings.host,
    checks: [...worker.readinessChecks, ...(events.redis ? [redisCheck(events.redis)] : [])],
    stopping: () => stopping,
  });
  const stopAll = async () => {
    stopping = true;
    // Polling stops at once; the activities and workflow tasks in flight finish and report before the connection closes.
    await worker.stop();
    await http.close();
    await events.close();
    await db.close();
  };
  exitOnCrash('baton worker', stopAll);
  const stopped = stopOnSignal('baton worker', settings.shutdownGraceMs, stopAll);
  logger.info(
    { taskQueue: settings.temporal.taskQueue, temporal: temporalAddressOf(settings), health: http.url },
    `baton worker: polling task queue ${settings.temporal.taskQueue} on ${temporalAddressOf(settings)}; health and metrics at ${http.url}`,
  );
  // A cluster's retention is its operator's; the worker only says when it is too short for the audit archive.
  if (settings.temporal.address) await warnOnShortClusterRetention(settings.temporal.address, settings.temporal.namespace, settings.audit);
  return stopped;
}
