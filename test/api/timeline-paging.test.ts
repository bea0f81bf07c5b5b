import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TIMELINE_ENTRIES_PER_REQUEST } from '../../api/conversations/conversation-view';
import { TIMELINE_PAGE_MAX } from '../../store/timeline';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { seededConversationDocs, seedHistory, type SeededConversation } from '../support/seed-history';
import { startTestApp, type TestApp } from '../support/test-app';

function longConversation(id: string, entries: number): SeededConversation {
  const start = Date.UTC(2026, 10, 2, 9);
  return {
    id,
    createdAt: new Date(start).toISOString(),
    entries: Array.from({ length: entries }, (_, index) => ({
      kind: index % 2 ? ('AI' as const) : ('CUSTOMER' as const),
      text: `message ${index + 1}`,
      at: new Date(start + index * 1000).toISOString(),
    })),
    transitions: [],
  };
}

const idsOf = (conversation: SeededConversation, from: number, to: number) =>
  seededConversationDocs(conversation)
    .entries.slice(from, to)
    .map((entry) => entry._id);

describe('timeline paging and read limits', () => {
  let app: TestApp;
  let agent: string;
  const long = longConversation('long', 450);
  const legacy = longConversation('legacy', 250);
  const medium = longConversation('medium', 62);

  before(async () => {
    app = await startTestApp('timeline_paging');
    await seedHistory(app.db, [long, legacy, medium]);
    // As the workers write them today: with the ordered entry ids. `legacy` keeps the layout from before entryIds.
    for (const conversation of [long, medium]) {
      await app.db.conversations.updateOne({ _id: conversation.id }, { $set: { entryIds: idsOf(conversation, 0, conversation.entries.length) } });
    }
    agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token;
  });
  after(async () => {
    await app.stop();
  });

  const page = async (id: string, args: string) => {
    const { conversation } = await gqlOk<{ conversation: { timeline: { id: string }[] } }>(
      app.url,
      `query ($id: ID!) { conversation(id: $id) { timeline${args} { id } } }`,
      { id },
      agent,
    );
    return conversation.timeline.map((entry) => entry.id);
  };

  for (const name of ['long', 'legacy'] as const) {
    test(`${name}: without a cursor, the newest ${TIMELINE_PAGE_MAX} entries; with after, the next page; with before, the one before`, async () => {
      const conversation = name === 'long' ? long : legacy;
      const total = conversation.entries.length;
      assert.deepEqual(await page(name, ''), idsOf(conversation, total - TIMELINE_PAGE_MAX, total));
      assert.deepEqual(await page(name, '(first: 3)'), idsOf(conversation, total - 3, total));
      const [firstId] = idsOf(conversation, 0, 1);
      assert.deepEqual(await page(name, `(after: "${firstId}")`), idsOf(conversation, 1, 1 + TIMELINE_PAGE_MAX));
      assert.deepEqual(await page(name, `(before: "${idsOf(conversation, 100, 101)[0]}", first: 50)`), idsOf(conversation, 50, 100));

      // Reading the whole thread page by page gets every entry once, in order.
      const all = [firstId!];
      for (;;) {
        const next = await page(name, `(after: "${all.at(-1)}")`);
        all.push(...next);
        if (next.length < TIMELINE_PAGE_MAX) break;
      }
      assert.deepEqual(all, idsOf(conversation, 0, total));
    });
  }

  test(`first above ${TIMELINE_PAGE_MAX} or below 1, or two cursors at once, is BAD_USER_INPUT with a sentence`, async () => {
    for (const args of [`(first: ${TIMELINE_PAGE_MAX + 1})`, '(first: 0)', '(after: "long-1", before: "long-9")']) {
      const result = await gql(app.url, `query { conversation(id: "long") { timeline${args} { id } } }`, {}, agent);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${args}: ${JSON.stringify(result.errors)}`);
    }
    const over = await gql(app.url, `query { conversation(id: "long") { timeline(first: 500) { id } } }`, {}, agent);
    assert.match(over.errors![0]!.message, /at most 200; page through longer timelines with after/);
  });

  test(`15 aliased timelines of a 62-entry conversation are refused past ${TIMELINE_ENTRIES_PER_REQUEST} entries read`, async () => {
    const aliases = Array.from({ length: 15 }, (_, index) => `t${index}: timeline { id text }`).join(' ');
    const oneConversation = await gql(app.url, `query { conversation(id: "medium") { ${aliases} } }`, {}, agent);
    assert.equal(oneConversation.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(oneConversation.errors));
    assert.match(oneConversation.errors![0]!.message, /reads more than 400 timeline entries/);

    const conversations = Array.from({ length: 15 }, (_, index) => `c${index}: conversation(id: "medium") { timeline { id text } }`).join(' ');
    const manyConversations = await gql<Record<string, { timeline: unknown[] } | null>>(app.url, `query { ${conversations} }`, {}, agent);
    assert.ok(manyConversations.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT'));
    const served = Object.values(manyConversations.data ?? {}).filter((conversation) => conversation !== null);
    assert.equal(served.length, Math.floor(TIMELINE_ENTRIES_PER_REQUEST / 62), 'the conversations within the budget are served, the rest refused');

    // Small pages fit: the budget counts entries, not fields.
    const small = Array.from({ length: 15 }, (_, index) => `t${index}: timeline(first: 20) { id }`).join(' ');
    await gqlOk(app.url, `query { conversation(id: "medium") { ${small} } }`, {}, agent);
  });

  test("a subscription's budget is per event, and since keeps delivering only what is new", async () => {
    const customer = await widgetToken(app.url);
    const started = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    // Make the live conversation long: 150 older entries ahead of what the workflow wrote.
    const padding = longConversation(`pad-${started.id}`, 150);
    const padEntries = seededConversationDocs(padding).entries.map((entry) => ({ ...entry, conversationId: started.id }));
    await app.db.messages.insertMany(padEntries);
    const stored = await app.db.conversations.findOne({ _id: started.id });
    await app.db.conversations.updateOne({ _id: started.id }, { $set: { entryIds: [...padEntries.map((entry) => entry._id), ...(stored!.entryIds ?? [])] } });

    const query = 'subscription ($id: ID!) { conversationUpdated(id: $id) { a: timeline { id } b: timeline { id } } }';
    const live = await subscribe<{ conversationUpdated: { a: { id: string }[]; b: { id: string }[] } }>(app.url, query, { id: started.id }, agent);
    const since = await subscribe<{ conversationUpdated: { timeline: { id: string; text: string }[] } }>(
      app.url,
      'subscription ($id: ID!, $since: ID) { conversationUpdated(id: $id) { timeline(since: $since) { id text } } }',
      { id: started.id, since: started.timeline.at(-1)!.id },
      agent,
    );
    try {
      const delivered: string[] = [];
      for (let index = 0; index < 4; index += 1) {
        const text = `note ${index}`;
        await gqlOk(app.url, 'mutation ($id: ID!, $text: String!) { addNote(conversationId: $id, text: $text) { id } }', { id: started.id, text }, agent);
        const event = await live.next((value) => value.conversationUpdated.a.length > 0);
        assert.equal(event.conversationUpdated.b.length, event.conversationUpdated.a.length);
        const fresh = await since.next((value) => value.conversationUpdated.timeline.some((entry) => entry.text === text));
        delivered.push(...fresh.conversationUpdated.timeline.map((entry) => entry.text));
      }
      assert.deepEqual(delivered, ['note 0', 'note 1', 'note 2', 'note 3'], 'each event carries only the new entries');
    } finally {
      live.close();
      since.close();
    }
  });
});
