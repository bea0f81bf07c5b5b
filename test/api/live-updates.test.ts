import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { gqlOk, subscribe } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

type InboxEvent = { inboxChanged: { changes: string[]; conversation: { id: string; status: string; escalation: { reason: string } | null } } };
type Incremental = { conversationUpdated: { id: string; timeline: { id: string; kind: string }[] } };
type Updated = {
  conversationUpdated: { id: string; assignee: { name: string } | null; timeline: { kind: string; text: string; author: { name: string } | null }[] };
};

describe('live updates over SSE', () => {
  let app: TestApp;
  let agentToken: string;
  before(async () => {
    app = await startTestApp('live_updates');
    agentToken = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login
      .token;
  });
  after(async () => {
    await app.stop();
  });

  test('an agent watching the inbox receives the escalation when a customer asks for a human', async () => {
    const inbox = await subscribe<InboxEvent>(
      app.url,
      'subscription { inboxChanged { changes conversation { id status escalation { reason } } } }',
      {},
      agentToken,
    );
    try {
      const customer = await widgetToken(app.url);
      const sent = await gqlOk<{ sendCustomerMessage: { id: string } }>(
        app.url,
        'mutation { sendCustomerMessage(input: { text: "Can I talk to a real person?", clientMessageId: "live-1" }) { id } }',
        {},
        customer,
      );
      const event = await inbox.next(
        (value) => value.inboxChanged.conversation.id === sent.sendCustomerMessage.id && value.inboxChanged.changes.includes('escalated'),
      );
      assert.equal(event.inboxChanged.conversation.status, 'AWAITING_HUMAN');
      assert.equal(event.inboxChanged.conversation.escalation?.reason, 'human_request');
    } finally {
      inbox.close();
    }
  });

  test("the customer's widget receives the agent's reply with the agent's name; another widget session receives nothing of it", async () => {
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I want a human please', (c) => c.status === 'AWAITING_HUMAN');
    const query = 'subscription ($id: ID!) { conversationUpdated(id: $id) { id assignee { name } timeline { kind text author { name } } } }';
    const mine = await subscribe<Updated>(app.url, query, { id: waiting.id }, customer);
    const stranger = await widgetToken(app.url);
    const theirs = await subscribe<Updated>(app.url, query, { id: waiting.id }, stranger);
    try {
      await assert.rejects(
        theirs.next(() => true, 5_000),
        /NOT_FOUND/,
        'a second session is refused at once',
      );
      await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }, agentToken);
      await gqlOk(
        app.url,
        'mutation ($id: ID!) { sendAgentMessage(conversationId: $id, text: "Hi, Sam here!", clientMessageId: "r1") { id } }',
        { id: waiting.id },
        agentToken,
      );
      await gqlOk(app.url, 'mutation ($id: ID!) { addNote(conversationId: $id, text: "internal: VIP customer") { id } }', { id: waiting.id }, agentToken);
      const update = await mine.next((value) => value.conversationUpdated.timeline.some((entry) => entry.kind === 'AGENT'));
      const reply = update.conversationUpdated.timeline.find((entry) => entry.kind === 'AGENT')!;
      assert.equal(reply.text, 'Hi, Sam here!');
      assert.equal(reply.author?.name, 'Sam Agent');
      assert.equal(update.conversationUpdated.assignee?.name, 'Sam Agent');
      const later = await mine.next(() => true).catch(() => null);
      for (const event of [update, later].filter(Boolean) as Updated[]) {
        assert.ok(!event.conversationUpdated.timeline.some((entry) => entry.kind === 'NOTE'), 'customers never see internal notes');
      }
    } finally {
      mine.close();
      theirs.close();
    }
  });

  test('with timeline(since:), each event carries only the entries the subscription has not delivered yet', async () => {
    const customer = await widgetToken(app.url);
    const first = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    const since = first.timeline[first.timeline.length - 1]!.id;
    const query = 'subscription ($id: ID!, $since: ID) { conversationUpdated(id: $id) { id timeline(since: $since) { id kind } } }';
    const live = await subscribe<Incremental>(app.url, query, { id: first.id, since }, customer);
    try {
      const delivered: string[] = [];
      for (const [index, text] of ['Is there a free trial?', 'How do I connect Slack?'].entries()) {
        await gqlOk(
          app.url,
          'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }',
          { input: { conversationId: first.id, text, clientMessageId: `since-${index}` } },
          customer,
        );
        await live.next((value) => {
          delivered.push(...value.conversationUpdated.timeline.map((entry) => `${entry.kind}:${entry.id}`));
          return delivered.filter((entry) => entry.startsWith('AI:')).length === index + 1;
        });
      }
      assert.equal(delivered.length, 4, `two questions and two answers, each once: ${delivered.join(', ')}`);
      assert.equal(new Set(delivered).size, delivered.length);
      assert.ok(!delivered.some((entry) => entry.endsWith(`:${since}`)), 'nothing from before since');
    } finally {
      live.close();
    }
  });
});
