import { loadSettings } from '../config/settings';
import { requireSigningSecret } from '../api/auth/signing-secret';
import { connectDatabase } from '../store/database';
import { startApiApp } from '../server/api-app';
import { createEventBus } from '../server/event-bus';
import { temporalAddressOf } from './cli-connections';
import { exitOnCrash } from './crash-handlers';

/**
 * `baton api`: the GraphQL API on its own, for scale-out behind a load balancer. Run it with
 * REDIS_URL so it receives the events workers in other processes publish.
 */
export async function runApi(): Promise<number> {
  const settings = loadSettings();
  requireSigningSecret(settings);
  if (!settings.redisUrl) console.warn('baton api: REDIS_URL is not set, so subscriptions only see events published in this process.');
  const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database);
  const events = await createEventBus(settings.redisUrl);
  const app = await startApiApp(settings, { db, temporalAddress: temporalAddressOf(settings), events });
  exitOnCrash('baton api', async () => {
    await app.stop();
    await events.close();
    await db.close();
  });
  console.log(`baton api: GraphQL at ${app.api.url}/graphql`);
  await new Promise<void>((resolveStop) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolveStop());
  });
  await app.stop();
  await events.close();
  await db.close();
  return 0;
}
