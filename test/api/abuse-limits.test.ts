import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { QUERY_LIMITS } from '../../api/yoga';
import { RATE_LIMITS } from '../../api/limits/rate-limits';
import { widgetToken } from '../support/demo-actors';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const SEND = 'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }';

describe('abuse limits', () => {
  let app: TestApp;
  let agentToken: string;
  before(async () => {
    app = await startTestApp('abuse');
    agentToken = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login
      .token;
  });
  after(async () => {
    await app.stop();
  });

  const counts = async () => ({ conversations: await app.db.conversations.countDocuments({}), messages: await app.db.messages.countDocuments({}) });

  test('a query nested 20 deep is refused with BAD_USER_INPUT by the depth or cost limit, before it runs', async () => {
    // The schema has no cycles, so the inner fields do not exist; the depth check still sees 20 levels.
    let selection = 'id';
    for (let depth = 0; depth < 16; depth += 1) selection = `nested${depth} { ${selection} }`;
    const result = await gql(app.url, `query { inbox { edges { node { ${selection} } } } }`, {}, agentToken);
    assert.ok(result.errors?.length, 'refused');
    assert.ok(
      result.errors!.every((error) => error.extensions?.code === 'BAD_USER_INPUT'),
      JSON.stringify(result.errors),
    );
    // Deep nesting trips the cost limit (which weighs depth) or the depth limit, whichever is checked first.
    assert.ok(
      result.errors!.some((error) => /depth|cost/i.test(error.message)),
      JSON.stringify(result.errors!.map((error) => error.message)),
    );
    assert.equal(result.data, undefined);
    assert.ok(QUERY_LIMITS.maxDepth < 20);
  });

  test('100 aliases in one query are refused with BAD_USER_INPUT', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `a${index}: me { id }`).join(' ');
    const result = await gql(app.url, `query { ${aliases} }`, {}, agentToken);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(result.errors![0]!.message, /alias/i);
  });

  test('a 1 MB message is refused with BAD_USER_INPUT and nothing is written', async () => {
    const before = await counts();
    const customer = await widgetToken(app.url);
    const result = await gql(app.url, SEND, { input: { text: 'x'.repeat(1024 * 1024), clientMessageId: 'huge' } }, customer);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(result.errors![0]!.message, /longer than 4000 characters/);
    assert.deepEqual(await counts(), before);
  });

  test('a request over 2 MB is refused before parsing, with a coded error', async () => {
    const customer = await widgetToken(app.url);
    const result = await gql(app.url, SEND, { input: { text: 'x'.repeat(3 * 1024 * 1024), clientMessageId: 'huger' } }, customer);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('200 messages in a minute from one session: the first 60 are taken, the rest get RATE_LIMITED and store nothing', async () => {
    const customer = await widgetToken(app.url);
    const first = await gqlOk<{ sendCustomerMessage: { id: string } }>(
      app.url,
      SEND,
      { input: { text: 'How do I reset my password?', clientMessageId: 'burst-0' } },
      customer,
    );
    const conversationId = first.sendCustomerMessage.id;
    const results = [];
    for (let index = 1; index < 200; index += 1) {
      results.push(await gql(app.url, SEND, { input: { conversationId, text: `message ${index}`, clientMessageId: `burst-${index}` } }, customer));
    }
    const accepted = results.filter((result) => !result.errors).length + 1;
    const limited = results.filter((result) => result.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    assert.equal(accepted, RATE_LIMITS.customerMessage.points);
    assert.equal(limited.length, 200 - RATE_LIMITS.customerMessage.points);
    assert.match(limited[0]!.errors![0]!.message, /Try again in \d+ s/);
    const stored = await app.db.messages.countDocuments({ conversationId, kind: 'CUSTOMER' });
    assert.equal(stored, RATE_LIMITS.customerMessage.points);
  });
});
