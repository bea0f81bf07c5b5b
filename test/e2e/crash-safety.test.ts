import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findFreePort } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { startTemporalDevServer } from '../../cli/local-stack/temporal-dev-server';
import { loadSettings } from '../../config/settings';
import type { BatonDb } from '../../store/database';
import { startApiOnlyApp } from '../support/api-only-app';
import { startChildWorker } from '../support/child-worker';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { startFakeOpenAIServer } from '../support/fake-openai-server';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const SEND = 'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }';

/** The stored timeline of a conversation, checked for gaps and duplicates. */
async function timelineOf(db: BatonDb, conversationId: string) {
  const entries = await db.messages.find({ conversationId }).sort({ seq: 1 }).toArray();
  assert.deepEqual(
    entries.map((entry) => entry.seq),
    entries.map((_, index) => index + 1),
    'seq numbers are 1..n with no gap or repeat',
  );
  assert.equal(new Set(entries.map((entry) => entry.text + entry.kind)).size, entries.length, 'no entry is stored twice');
  return entries;
}

describe('crash safety', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('a worker killed with SIGKILL while a model call is in flight loses no message and duplicates none', async () => {
    const { temporalAddress } = testServers();
    let arrived!: () => void;
    const firstCallArrived = new Promise<void>((resolveArrived) => (arrived = resolveArrived));
    let release!: () => void;
    const hung = new Promise<void>((resolveRelease) => (release = resolveRelease));
    let calls = 0;
    // The first model call hangs (the worker dies during it); the rest fail, so the offline path answers.
    const model = await startFakeOpenAIServer({
      chat: async () => {
        calls += 1;
        if (calls === 1) {
          arrived();
          await hung;
        }
        return { type: 'error', status: 500, message: 'model unavailable' };
      },
    });
    cleanups.push(async () => {
      release();
      await model.close();
    });
    const app = await startApiOnlyApp('crash_worker', temporalAddress);
    cleanups.push(app.stop);
    const modelEnv = { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.url };

    const first = await startChildWorker(app.settings, temporalAddress, modelEnv);
    cleanups.push(() => first.kill());
    const customer = await widgetToken(app.url);
    const sent = await gqlOk<{ sendCustomerMessage: { id: string } }>(
      app.url,
      SEND,
      { input: { text: 'How do I reset my password?', clientMessageId: 'crash-1' } },
      customer,
    );
    const conversationId = sent.sendCustomerMessage.id;

    await firstCallArrived;
    await first.kill('SIGKILL');
    const second = await startChildWorker(app.settings, temporalAddress, modelEnv);
    cleanups.push(() => second.kill('SIGTERM'));

    await waitUntil(() => app.db.messages.findOne({ conversationId, kind: 'AI' }), 'the AI answer after the crash');
    await gqlOk(app.url, SEND, { input: { conversationId, text: 'And how do I turn on two-factor authentication?', clientMessageId: 'crash-2' } }, customer);
    await waitUntil(async () => (await app.db.messages.countDocuments({ conversationId, kind: 'AI' })) === 2, 'the second AI answer');

    const timeline = await timelineOf(app.db, conversationId);
    assert.deepEqual(
      timeline.map((entry) => entry.kind),
      ['CUSTOMER', 'AI', 'CUSTOMER', 'AI'],
    );
    assert.match(timeline[1]!.text, /password/i);
  });

  test('a restart of the Temporal dev server mid-conversation keeps the conversation, and retried messages are not duplicated', async () => {
    const { temporalBinary, dataDir } = testServers();
    const port = await findFreePort();
    const { devServer } = loadSettings({}, PROJECT_ROOT).temporal;
    const serverOptions = {
      binary: temporalBinary,
      dataDir: mkdtempSync(join(dataDir, 'temporal-restart-')),
      port,
      uiPort: 0,
      namespace: 'default',
      dynamicConfig: devServer.dynamicConfig,
      sqlitePragmas: devServer.sqlitePragmas,
    };
    let temporal = await startTemporalDevServer(serverOptions);
    cleanups.push(() => temporal.stop());
    const app = await startTestApp('crash_temporal', {}, { temporalAddress: `127.0.0.1:${port}` });
    cleanups.push(app.stop);

    const customer = await widgetToken(app.url);
    const firstAnswer = await sendAndWait(app.url, customer, 'How do I export my data?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));

    temporal.child.kill('SIGKILL');
    await new Promise<void>((resolveExit) => temporal.child.once('exit', () => resolveExit()));
    temporal = await startTemporalDevServer(serverOptions);

    // The client retries until Temporal answers again, with the same clientMessageId, as the widget does.
    const input = { conversationId: firstAnswer.id, text: 'Can I export to CSV?', clientMessageId: 'after-restart' };
    await waitUntil(async () => !(await gql(app.url, SEND, { input }, customer)).errors, 'the API to accept messages again');
    await gqlOk(app.url, SEND, { input }, customer);
    await waitUntil(async () => (await app.db.messages.countDocuments({ conversationId: firstAnswer.id, kind: 'AI' })) === 2, 'the answer after the restart');

    const timeline = await timelineOf(app.db, firstAnswer.id);
    assert.deepEqual(
      timeline.map((entry) => entry.kind),
      ['CUSTOMER', 'AI', 'CUSTOMER', 'AI'],
    );
  });
});
