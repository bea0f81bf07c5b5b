import { loadSettings } from '../config/settings';
import { connectDatabase } from '../store/database';
import { startWorker } from '../server/worker-app';
import { createEventBus } from '../server/event-bus';
import { publishConversationChanged } from '../api/pubsub';
import { temporalAddressOf } from './cli-connections';
import { exitOnCrash } from './crash-handlers';
import { warnOnShortClusterRetention } from '../server/namespace-retention';

/**
 * `baton worker`: a conversation worker on its own, for scaling out. It talks to
 * TEMPORAL_ADDRESS and MONGODB_URI (default: the servers `baton start` runs).
 */
export async function runWorker(): Promise<number> {
  const settings = loadSettings();
  const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database);
  if (!settings.redisUrl) {
    console.warn('baton worker: REDIS_URL is not set, so API instances in other processes will not receive live updates from this worker.');
  }
  const events = await createEventBus(settings.redisUrl);
  const worker = await startWorker(settings, {
    db,
    temporalAddress: temporalAddressOf(settings),
    publish: (event) => publishConversationChanged(events.pubsub, event),
  });
  exitOnCrash('baton worker', async () => {
    await worker.stop();
    await events.close();
    await db.close();
  });
  console.log(`baton worker: polling task queue ${settings.temporal.taskQueue} on ${temporalAddressOf(settings)}`);
  // A cluster's retention is its operator's; the worker only says when it is too short for the audit archive.
  if (settings.temporal.address) await warnOnShortClusterRetention(settings.temporal.address, settings.temporal.namespace, settings.audit);
  await new Promise<void>((resolveStop) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolveStop());
  });
  await worker.stop();
  await events.close();
  await db.close();
  return 0;
}
