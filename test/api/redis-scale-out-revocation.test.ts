import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { provisionBinaries } from '../../cli/local-stack/provision';
import { startRedisServer } from '../../cli/local-stack/redis-server';
import { startApiApp } from '../../server/api-app';
import { createEventBus } from '../../server/event-bus';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { connectDatabase } from '../../store/database';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { isolatedSettings, testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const UPDATE_SETTINGS = 'mutation { updateWorkspaceSettings(input: { slaMinutes: 6 }) { id } }';

describe('account changes across API instances on Redis', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('an admin deactivated through one instance is refused at once on the other, and their subscription there ends', async () => {
    const { redis: redisBinary } = await provisionBinaries(['redis']);
    const settingsBase = isolatedSettings('redis_revocation');
    const port = await findFreePort();
    const redis = await startRedisServer({ binary: redisBinary, dataDir: join(settingsBase.dataDir, 'redis'), port });
    cleanups.push(() => redis.stop());
    const settings = { ...settingsBase, redisUrl: `redis://127.0.0.1:${port}` };
    const db = await connectDatabase(settings.mongo.uri!, settings.mongo.database);
    cleanups.push(async () => {
      await db.db.dropDatabase();
      await db.close();
    });
    await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });

    // Two API instances, each with its own Redis connections, as separate processes would have.
    const urls: string[] = [];
    for (const _ of [1, 2]) {
      const bus = await createEventBus(settings.redisUrl);
      const api = await startApiApp(settings, { db, temporalAddress: testServers().temporalAddress, events: bus });
      cleanups.push(async () => {
        await api.stop();
        await bus.close();
      });
      urls.push(`${api.api.url}/graphql`);
    }
    const [first, second] = urls as [string, string];
    const login = async (url: string, email: string, password: string) =>
      (
        await gqlOk<{ login: { token: string } }>(
          url,
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          { email, password },
        )
      ).login.token;

    const adminToken = await login(first, 'admin@baton.test', settings.demoPassword);
    const { createAgent } = await gqlOk<{ createAgent: { id: string } }>(
      first,
      'mutation { createAgent(input: { email: "leaving@test.example", name: "Leaving", role: ADMIN, password: "leaving-password" }) { id } }',
      {},
      adminToken,
    );
    const leaving = await login(second, 'leaving@test.example', 'leaving-password');
    // The second instance has read (and cached) the account before the change.
    assert.equal(codeOf(await gql(second, UPDATE_SETTINGS, {}, leaving)), undefined);
    const inbox = await subscribe(second, 'subscription { inboxChanged { changes } }', {}, leaving);
    try {
      const ended = inbox
        .next(() => true, 10_000)
        .then(
          () => 'event',
          (error: Error) => error.message,
        );
      await gqlOk(first, 'mutation ($id: ID!) { deactivateAgent(id: $id) { id } }', { id: createAgent.id }, adminToken);
      // Well inside the cache bound: only the userChanged event through Redis can explain it.
      await waitUntil(
        async () => codeOf(await gql(second, UPDATE_SETTINGS, {}, leaving)) === 'UNAUTHENTICATED',
        'the deactivation to reach the second instance',
        3_000,
      );
      assert.match(await ended, /"code":"UNAUTHENTICATED"/);
    } finally {
      inbox.close();
    }
  });
});
