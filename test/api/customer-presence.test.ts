import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

type Counterpart = { counterpartPresence: { conversationId: string; from: string; name: string | null; kind: string; at: string } };
const COUNTERPART = 'subscription ($id: ID!) { counterpartPresence(id: $id) { conversationId from name kind at } }';
const REPORT = 'mutation ($id: ID!, $kind: PresenceKind!, $seen: ID) { reportCustomerPresence(conversationId: $id, kind: $kind, seenEntryId: $seen) }';

describe("the customer's presence and the agent's typing", () => {
  let app: TestApp;
  let agent: string;
  let customer: string;
  let conversationId: string;
  let entryIds: string[];
  const report = (kind: string, seen?: string, token = customer, id = conversationId) => gql(app.url, REPORT, { id, kind, seen }, token);
  const asAgent = async () =>
    (
      await gqlOk<{ conversation: { customerConnected: boolean; customerSeenEntryId: string | null } }>(
        app.url,
        'query ($id: ID!) { conversation(id: $id) { customerConnected customerSeenEntryId } }',
        { id: conversationId },
        agent,
      )
    ).conversation;

  before(async () => {
    app = await startTestApp('customer_presence');
    agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token;
    customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    conversationId = waiting.id;
    entryIds = waiting.timeline.map((entry) => entry.id);
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversationId }, agent);
  });
  after(async () => {
    await app?.stop();
  });

  test('the agent hears the customer typing', async () => {
    const heard = await subscribe<Counterpart>(app.url, COUNTERPART, { id: conversationId }, agent);
    try {
      assert.equal((await report('TYPING')).errors, undefined);
      const event = await heard.next((value) => value.counterpartPresence.kind === 'TYPING');
      assert.deepEqual({ ...event.counterpartPresence, at: undefined }, { conversationId, from: 'CUSTOMER', name: null, kind: 'TYPING', at: undefined });
    } finally {
      heard.close();
    }
  });

  test("the widget hears its agent typing, by name only, and never an agent's VIEWING", async () => {
    const heard = await subscribe<Counterpart>(app.url, COUNTERPART, { id: conversationId }, customer);
    try {
      const tell = (kind: string) =>
        gqlOk(app.url, 'mutation ($id: ID!, $kind: PresenceKind!) { reportPresence(conversationId: $id, kind: $kind) }', { id: conversationId, kind }, agent);
      await tell('VIEWING');
      await tell('TYPING');
      const event = await heard.next();
      assert.equal(event.counterpartPresence.kind, 'TYPING', 'the first event the widget hears is the typing, not the viewing');
      assert.equal(event.counterpartPresence.from, 'AGENT');
      assert.equal(event.counterpartPresence.name, 'Sam Agent');
      assert.deepEqual(Object.keys(event.counterpartPresence).sort(), ['at', 'conversationId', 'from', 'kind', 'name']);
    } finally {
      heard.close();
    }
  });

  test('VIEWING marks the customer connected and LEFT not; what they have seen only moves forward', async () => {
    assert.ok(entryIds.length >= 2, 'a question and its answer');
    const [first, last] = [entryIds[0]!, entryIds[entryIds.length - 1]!];
    assert.equal((await report('VIEWING', last)).errors, undefined);
    assert.deepEqual(await asAgent(), { customerConnected: true, customerSeenEntryId: last });
    assert.equal((await report('VIEWING', first)).errors, undefined);
    assert.equal((await asAgent()).customerSeenEntryId, last, 'an older entry does not move it back');
    assert.equal((await report('LEFT')).errors, undefined);
    assert.deepEqual(await asAgent(), { customerConnected: false, customerSeenEntryId: last });
  });

  test('a conversation whose presence was stored on it, before presence had a collection, keeps its seen mark and moves on from it', async () => {
    const other = await widgetToken(app.url);
    const { id, timeline } = await sendAndWait(app.url, other, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    const [first, last] = [timeline[0]!.id, timeline[timeline.length - 1]!.id];
    await app.db.conversations.updateOne({ _id: id }, { $set: { customerPresence: { seenEntryId: first } } });
    const seenAsAgent = async () =>
      (
        await gqlOk<{ conversation: { customerSeenEntryId: string | null } }>(
          app.url,
          'query ($id: ID!) { conversation(id: $id) { customerSeenEntryId } }',
          { id },
          agent,
        )
      ).conversation.customerSeenEntryId;
    assert.equal(await seenAsAgent(), first);
    assert.equal((await report('VIEWING', last, other, id)).errors, undefined);
    assert.equal(await seenAsAgent(), last);
  });

  test("unknown entries, another session's conversation and agents are refused", async () => {
    const unknown = await report('VIEWING', 'm_not_an_entry');
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(unknown.errors![0]!.message, /not in this conversation/);
    const stranger = await widgetToken(app.url);
    assert.equal((await report('VIEWING', undefined, stranger)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal((await report('VIEWING', undefined, agent)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await report('VIEWING', undefined, '')).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    await assert.rejects(
      subscribe<Counterpart>(app.url, COUNTERPART, { id: conversationId }, stranger).then((s) => s.next()),
      /NOT_FOUND/,
    );
  });
});
