import { loadSettings } from '../config/settings';
import { requireSigningSecret } from '../api/auth/signing-secret';
import { connectDatabase } from '../store/database';
import { startApiApp } from '../server/api-app';
import { createEventBus } from '../server/event-bus';
import { logger, setProcessRole } from '../telemetry/logger';
import { temporalAddressOf } from './cli-connections';
import { exitOnCrash } from './crash-handlers';
import { stopOnSignal } from './stop-on-signal';

/**
 * `baton api`: the GraphQL API on its own, for scale-out behind a load balancer. Run it with
 * REDIS_URL so it receives the events workers in other processes publish.
 */
export async function runApi(): Promise<number> {
  setProcessRole('api');
  const settings = loadSettings();
  requireSigningSecret(settings);
  if (!settings.redisUrl) logger.warn('baton api: REDIS_URL is not set, so subscriptions only see events published in this process.');
  const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database);
  const events = await createEventBus(settings.redisUrl);
  const app = await startApiApp(settings, { db, temporalAddress: temporalAddressOf(settings), events });
  /** False when requests still running at the deadline had to be cut. */
  const stopAll = async (deadline: number) => {
    const clean = await app.stop(deadline);
    await events.close();
    await db.close();
    return clean;
  };
  // After a crash, whatever is in flight is cut at once: the process is in an unknown state.
  exitOnCrash('baton api', async () => void (await stopAll(Date.now())));
  const stopped = stopOnSignal('baton api', settings.shutdownGraceMs, stopAll);
  logger.info({ url: `${app.api.url}/graphql` }, `baton api: GraphQL at ${app.api.url}/graphql`);
  return stopped;
}
