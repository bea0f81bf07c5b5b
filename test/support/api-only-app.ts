import { createEventBus } from '../../server/event-bus';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { startApiApp } from '../../server/api-app';
import { connectDatabase, type BatonDb } from '../../store/database';
import type { Settings } from '../../config/settings';
import { isolatedSettings } from './test-servers';

export type ApiOnlyApp = { settings: Settings; db: BatonDb; url: string; stop(): Promise<void> };

/** The API without a worker in this process: conversations run on whatever workers the test starts. */
export async function startApiOnlyApp(label: string, temporalAddress: string): Promise<ApiOnlyApp> {
  const settings = isolatedSettings(label);
  const db = await connectDatabase(settings.mongo.uri!, settings.mongo.database);
  await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });
  const events = await createEventBus(undefined);
  const api = await startApiApp(settings, { db, temporalAddress, events });
  return {
    settings,
    db,
    url: `${api.api.url}/graphql`,
    async stop() {
      await api.stop();
      await db.db.dropDatabase().catch(() => undefined);
      await db.close();
    },
  };
}
