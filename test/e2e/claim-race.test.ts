import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, gqlOk } from '../support/graphql-client';
import { CONVERSATION_FIELDS, createAgents, sendAndWait, widgetToken, type Conversation } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';

const CLAIM = `mutation ($id: ID!) { claimConversation(id: $id) { ${CONVERSATION_FIELDS} } }`;

describe('claiming a waiting conversation', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('claim_race');
  });
  after(async () => {
    await app.stop();
  });

  test('of 20 agents claiming at once, exactly one wins and 19 get CONFLICT naming the owner', async () => {
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I want to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');

    const agents = await createAgents(app.db, app.url, 20, 'racer');
    // As an agent: the escalation is not for customers.
    const seen = await gqlOk<{ conversation: Conversation }>(
      app.url,
      'query ($id: ID!) { conversation(id: $id) { escalation { reason } } }',
      { id: waiting.id },
      agents[0]!.token,
    );
    assert.equal(seen.conversation.escalation?.reason, 'human_request');
    const results = await Promise.all(agents.map((agent) => gql<{ claimConversation: Conversation }>(app.url, CLAIM, { id: waiting.id }, agent.token)));

    const winners = results.flatMap((result, index) => (result.data?.claimConversation ? [agents[index]!] : []));
    assert.equal(winners.length, 1, `exactly one winner, got ${winners.map((w) => w.name).join(', ')}`);
    const winner = winners[0]!;
    const losers = results.filter((result) => result.errors);
    assert.equal(losers.length, 19);
    for (const loser of losers) {
      assert.equal(loser.errors![0]!.extensions?.code, 'CONFLICT');
      assert.match(loser.errors![0]!.message, new RegExp(winner.name), 'the refusal names the owner');
    }
    const stored = await app.db.conversations.findOne({ _id: waiting.id });
    assert.deepEqual(stored?.assignee, { id: winner.id, name: winner.name });
    assert.equal(stored?.status, 'HUMAN_ACTIVE');
  });

  test('an agent whose account was removed is signed out (UNAUTHENTICATED), even with a token that has not expired', async () => {
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Please let me speak with someone from your team', (c) => c.status === 'AWAITING_HUMAN');
    const [agent] = await createAgents(app.db, app.url, 1, 'departed');
    await app.db.users.deleteOne({ _id: agent!.id });
    const result = await gql(app.url, CLAIM, { id: waiting.id }, agent!.token);
    assert.equal(result.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await app.db.conversations.findOne({ _id: waiting.id }))?.assignee, null);
  });

  test('an agent reopens a resolved conversation and is in charge; reopening an open one is CONFLICT', async () => {
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Can I talk to a person about my account?', (c) => c.status === 'AWAITING_HUMAN');
    const [first, second] = await createAgents(app.db, app.url, 2, 'reopener');
    const reopen = `mutation ($id: ID!) { reopenConversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
    const tooEarly = await gql(app.url, reopen, { id: waiting.id }, first!.token);
    assert.equal(tooEarly.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(tooEarly.errors![0]!.message, /not resolved/);
    await gqlOk(app.url, CLAIM, { id: waiting.id }, first!.token);
    await gqlOk(app.url, 'mutation ($id: ID!) { resolveConversation(id: $id) { id } }', { id: waiting.id }, first!.token);
    const reopened = (await gqlOk<{ reopenConversation: Conversation }>(app.url, reopen, { id: waiting.id }, second!.token)).reopenConversation;
    assert.equal(reopened.status, 'HUMAN_ACTIVE');
    assert.deepEqual(reopened.assignee, { id: second!.id, name: second!.name });
  });

  test('a widget session cannot claim, and an unknown conversation is NOT_FOUND', async () => {
    const customer = await widgetToken(app.url);
    const asWidget = await gql(app.url, CLAIM, { id: 'c_nope' }, customer);
    assert.equal(asWidget.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const [agent] = await createAgents(app.db, app.url, 1, 'lonely');
    const unknown = await gql(app.url, CLAIM, { id: 'c_nope' }, agent!.token);
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  test('a conversation is transferred to active agents only: a deactivated one is BAD_USER_INPUT and it stays with its owner', async () => {
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I would like a person to help me, please', (c) => c.status === 'AWAITING_HUMAN');
    const [owner, departed, colleague] = await createAgents(app.db, app.url, 3, 'transfer');
    await gqlOk(app.url, CLAIM, { id: waiting.id }, owner!.token);
    await app.db.users.updateOne({ _id: departed!.id }, { $set: { active: false } });
    const transfer = 'mutation ($id: ID!, $to: ID!) { transferConversation(id: $id, toAgentId: $to) { assignee { id } } }';
    const refused = await gql(app.url, transfer, { id: waiting.id, to: departed!.id }, owner!.token);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(refused.errors![0]!.message, /deactivated/);
    assert.equal((await app.db.conversations.findOne({ _id: waiting.id }))?.assignee?.id, owner!.id);
    const moved = await gqlOk<{ transferConversation: { assignee: { id: string } } }>(app.url, transfer, { id: waiting.id, to: colleague!.id }, owner!.token);
    assert.equal(moved.transferConversation.assignee.id, colleague!.id);
  });
});
