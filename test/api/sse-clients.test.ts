import assert from 'node:assert/strict';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openLiveSubscription } from '../../bench/client/live-subscription';
import { WidgetConversationUpdatedResult } from '../../bench/client/operations';
import { ApiError, subscribe } from '../../studio/src/shared/api/graphql-transport';
import { WidgetConversationUpdatedDocument } from '../../studio/src/widget/gql/graphql';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

/**
 * A TCP relay in front of the API, so a test can cut every open connection the way a flaky
 * network or a restarted load balancer does, and read what each client sent.
 */
type Relay = { url: string; sent: string[]; dropAll(): void; close(): Promise<void> };

async function startRelay(target: URL): Promise<Relay> {
  const sockets = new Set<Socket>();
  const sent: string[] = [];
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    const index = sent.push('') - 1;
    client.on('data', (chunk: Buffer) => (sent[index] += chunk.toString('utf8')));
    client.pipe(upstream).pipe(client);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    sent,
    dropAll: () => sockets.forEach((socket) => socket.destroy()),
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

describe('the SSE clients of the pages and the bench', () => {
  let app: TestApp;
  let relay: Relay;
  before(async () => {
    app = await startTestApp('sse_clients');
    relay = await startRelay(new URL(app.url));
  });
  after(async () => {
    await relay?.close();
    await app?.stop();
  });

  test("the pages' subscription reconnects after the network drops it, asking only for entries after the newest one it has", async () => {
    const customer = await widgetToken(app.url);
    const first = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    let lastSeen = first.timeline.at(-1)!.id;
    let connections = 0;
    const failures: ApiError[] = [];
    const close = subscribe({ endpoint: relay.url, token: () => customer }, WidgetConversationUpdatedDocument, () => ({ id: first.id, since: lastSeen }), {
      next: ({ conversationUpdated }) => (lastSeen = conversationUpdated.timeline.at(-1)?.id ?? lastSeen),
      connected: () => (connections += 1),
      failed: (error) => failures.push(error),
    });
    try {
      await waitUntil(async () => connections === 1, 'the stream to open', 10_000);
      const second = await sendAndWait(
        app.url,
        customer,
        'Is there a free trial?',
        (c) => c.timeline.filter((entry) => entry.kind === 'AI').length === 2,
        first.id,
      );
      const newest = second.timeline.at(-1)!.id;
      await waitUntil(async () => lastSeen === newest, 'the answer to arrive live', 15_000);

      relay.dropAll();
      await waitUntil(async () => connections === 2, 'the stream to reconnect', 15_000);
      const reconnect = relay.sent.filter((request) => request.includes('text/event-stream')).at(-1)!;
      assert.match(reconnect, new RegExp(`"since":"${newest}"`), 'the reconnect asks for what came after the newest entry');
      assert.deepEqual(failures, []);
    } finally {
      close();
    }
  });

  test("the pages' subscription stops with the API's reason when it is refused, instead of retrying", async () => {
    const customer = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, customer, 'How do I export my data?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    const stranger = await widgetToken(app.url);
    const failures: ApiError[] = [];
    const close = subscribe({ endpoint: relay.url, token: () => stranger }, WidgetConversationUpdatedDocument, () => ({ id: conversation.id, since: null }), {
      next: () => assert.fail('a stranger receives nothing'),
      failed: (error) => failures.push(error),
    });
    try {
      await waitUntil(async () => failures.length > 0, 'the refusal', 10_000);
      assert.equal(failures[0]!.code, 'NOT_FOUND');
    } finally {
      close();
    }
  });

  test("the bench's subscription reconnects after the network drops it, and at once when asked to", async () => {
    const customer = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, customer, 'How do I connect Slack?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    let opened = 0;
    const live = openLiveSubscription({
      url: relay.url,
      query: WidgetConversationUpdatedDocument.toString(),
      variables: () => ({ id: conversation.id, since: conversation.timeline.at(-1)!.id }),
      token: customer,
      schema: WidgetConversationUpdatedResult,
      next: () => undefined,
      connected: () => (opened += 1),
    });
    try {
      await waitUntil(async () => live.connected, 'the stream to open', 10_000);
      relay.dropAll();
      await waitUntil(async () => opened === 2 && live.connected, 'the stream to reconnect', 15_000);
      live.reconnectNow();
      await waitUntil(async () => opened === 3 && live.connected, 'the stream to be replaced', 10_000);
      assert.equal(live.connections, 3);
    } finally {
      live.close();
    }
    assert.equal(live.connected, false);
  });
});
