import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { publishConversationChanged } from '../../api/pubsub';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { provisionBinaries } from '../../cli/local-stack/provision';
import { startRedisServer } from '../../cli/local-stack/redis-server';
import { startApiApp } from '../../server/api-app';
import { createEventBus } from '../../server/event-bus';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { startWorker } from '../../server/worker-app';
import { connectDatabase } from '../../store/database';
import { widgetToken } from '../support/demo-actors';
import { gqlOk, subscribe } from '../support/graphql-client';
import { isolatedSettings, testServers } from '../support/test-servers';

describe('several API instances on Redis', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('an event published through one instance reaches a subscriber on the other', async () => {
    const { redis: redisBinary } = await provisionBinaries(['redis']);
    const settingsBase = isolatedSettings('redis');
    const port = await findFreePort();
    const redis = await startRedisServer({ binary: redisBinary, dataDir: join(settingsBase.dataDir, 'redis'), port });
    cleanups.push(() => redis.stop());
    const settings = { ...settingsBase, redisUrl: `redis://127.0.0.1:${port}` };
    const { temporalAddress } = testServers();

    const db = await connectDatabase(settings.mongo.uri!, settings.mongo.database);
    cleanups.push(async () => {
      await db.db.dropDatabase();
      await db.close();
    });
    await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });

    // A worker and two API instances, each with its own Redis connections, as separate processes would have.
    const workerBus = await createEventBus(settings.redisUrl);
    const worker = await startWorker(settings, { db, temporalAddress, publish: (event) => publishConversationChanged(workerBus.pubsub, event) });
    cleanups.push(async () => {
      await worker.stop();
      await workerBus.close();
    });
    const apis = [];
    for (const _ of [1, 2]) {
      const bus = await createEventBus(settings.redisUrl);
      const api = await startApiApp(settings, { db, temporalAddress, events: bus });
      cleanups.push(async () => {
        await api.stop();
        await bus.close();
      });
      apis.push(`${api.api.url}/graphql`);
    }
    const [first, second] = apis as [string, string];

    const customer = await widgetToken(first);
    const sent = await gqlOk<{ sendCustomerMessage: { id: string } }>(
      first,
      'mutation { sendCustomerMessage(input: { text: "How do I reset my password?", clientMessageId: "r-1" }) { id } }',
      {},
      customer,
    );
    const updates = await subscribe<{ conversationUpdated: { timeline: { kind: string }[] } }>(
      second,
      'subscription ($id: ID!) { conversationUpdated(id: $id) { timeline { kind } } }',
      { id: sent.sendCustomerMessage.id },
      customer,
    );
    try {
      // A message through the first instance; the worker's answer event must reach the subscriber on the second.
      await gqlOk(
        first,
        'mutation ($id: ID!) { sendCustomerMessage(input: { conversationId: $id, text: "And two-factor authentication?", clientMessageId: "r-2" }) { id } }',
        { id: sent.sendCustomerMessage.id },
        customer,
      );
      const event = await updates.next((value) => value.conversationUpdated.timeline.filter((entry) => entry.kind === 'AI').length === 2);
      assert.equal(event.conversationUpdated.timeline.filter((entry) => entry.kind === 'CUSTOMER').length, 2);
    } finally {
      updates.close();
    }
  });
});
