import { startBatonApp, type BatonApp } from '../../server/baton-app';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { isolatedSettings, testServers } from './test-servers';
import type { Settings } from '../../config/settings';

export type TestApp = BatonApp & { settings: Settings; url: string };

/** Worker + API in this process, on the real servers, with the demo workspace seeded in a database of its own. */
export async function startTestApp(label: string, overrides: Partial<Settings> = {}, servers: { temporalAddress?: string } = {}): Promise<TestApp> {
  const settings = { ...isolatedSettings(label), ...overrides };
  const { mongoUri } = testServers();
  const temporalAddress = servers.temporalAddress ?? testServers().temporalAddress;
  const app = await startBatonApp(settings, { mongoUri, temporalAddress });
  await seedDemoWorkspace(app.db, { demoPassword: settings.demoPassword });
  return {
    ...app,
    settings,
    url: `${app.api.url}/graphql`,
    stop: async () => {
      await app.db.db.dropDatabase().catch(() => undefined);
      await app.stop();
    },
  };
}
