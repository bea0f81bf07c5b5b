import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, gqlOk } from '../support/graphql-client';
import {
  CONVERSATION_FIELDS,
  conversationAsAgent,
  sendAndWait,
  waitAsAgent,
  waitForConversation,
  widgetToken,
  type Conversation,
} from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';

const SEND = `mutation Send($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { ${CONVERSATION_FIELDS} } }`;
const GET = `query Get($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;

describe('one customer message, end to end over HTTP', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('one_message');
  });
  after(async () => {
    await app.stop();
  });

  const newSession = () => widgetToken(app.url);

  test('a help-centre question gets an AI answer that cites the article, and both are stored', async () => {
    const token = await newSession();
    const input = { text: 'How do I reset my password?', clientMessageId: 'reset-1' };
    const first = (await gqlOk<{ sendCustomerMessage: Conversation }>(app.url, SEND, { input }, token)).sendCustomerMessage;
    const final = await waitForConversation(app.url, token, first.id, (c) => c.timeline.some((entry) => entry.kind === 'AI'));

    assert.equal(first.status, 'AI_ANSWERING');
    assert.equal(first.timeline[0]?.kind, 'CUSTOMER');
    assert.equal(first.timeline[0]?.text, 'How do I reset my password?');
    assert.equal(first.flowVersion, 1);

    // As an agent: the answer's confidence is not for customers.
    const stored = await conversationAsAgent(app.url, final.id);
    assert.deepEqual(
      stored.timeline.map((entry) => entry.kind),
      ['CUSTOMER', 'AI'],
    );
    const answer = stored.timeline[1]!;
    assert.match(answer.text, /password/i);
    assert.ok(answer.citations.length >= 1, 'the answer cites an article');
    assert.match(answer.citations[0]!.title, /password/i);
    assert.ok((answer.confidence ?? 0) >= 0.35, `confidence ${answer.confidence} is above the no-answer threshold`);
    assert.equal(stored.status, 'AI_ANSWERING');
  });

  test('a question the help centre cannot answer escalates to a human with reason no_answer', async () => {
    const token = await newSession();
    const final = await sendAndWait(app.url, token, 'Do you sell ergonomic office chairs and standing desks?', (c) => c.status === 'AWAITING_HUMAN');
    const escalated = await waitAsAgent(app.url, final.id, (c) => !!c.escalation?.summary);
    assert.equal(escalated.escalation?.reason, 'no_answer');
    assert.ok(escalated.escalation?.summary, 'the agent gets a handoff summary');
    assert.ok(!final.timeline.some((entry) => entry.kind === 'AI'), 'no made-up answer is sent');
  });

  test('retrying a message with the same clientMessageId adds nothing', async () => {
    const token = await newSession();
    const input = { text: 'How do I export my data?', clientMessageId: 'retry-me' };
    const first = (await gqlOk<{ sendCustomerMessage: Conversation }>(app.url, SEND, { input }, token)).sendCustomerMessage;
    const again = (await gqlOk<{ sendCustomerMessage: Conversation }>(app.url, SEND, { input }, token)).sendCustomerMessage;
    assert.equal(again.id, first.id, 'the retry lands on the same conversation');
    const withId = (await gqlOk<{ sendCustomerMessage: Conversation }>(app.url, SEND, { input: { ...input, conversationId: first.id } }, token))
      .sendCustomerMessage;
    const customerEntries = withId.timeline.filter((entry) => entry.kind === 'CUSTOMER');
    assert.equal(customerEntries.length, 1);
    const count = await app.db.messages.countDocuments({ conversationId: first.id, kind: 'CUSTOMER' });
    assert.equal(count, 1);
  });

  test('an empty or over-long message is rejected with BAD_USER_INPUT and nothing is written', async () => {
    const token = await newSession();
    const before = await app.db.messages.countDocuments({});
    for (const text of ['', '   ', 'x'.repeat(4001)]) {
      const result = await gql(app.url, SEND, { input: { text, clientMessageId: `bad-${text.length}` } }, token);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `text of length ${text.length}`);
    }
    assert.equal(await app.db.messages.countDocuments({}), before);
  });

  test('an unknown workspace key is NOT_FOUND', async () => {
    const result = await gql(app.url, 'mutation { startWidgetSession(workspaceKey: "nope") { token } }');
    assert.equal(result.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  test('sending without a widget session is UNAUTHENTICATED, and another session cannot read the conversation', async () => {
    const anonymous = await gql(app.url, SEND, { input: { text: 'hello', clientMessageId: 'anon' } });
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

    const owner = await newSession();
    const mine = (
      await gqlOk<{ sendCustomerMessage: Conversation }>(app.url, SEND, { input: { text: 'What plans do you have?', clientMessageId: 'own' } }, owner)
    ).sendCustomerMessage;
    const stranger = await newSession();
    const peek = await gql<{ conversation: Conversation | null }>(app.url, GET, { id: mine.id }, stranger);
    assert.equal(peek.data?.conversation, null);
  });
});
