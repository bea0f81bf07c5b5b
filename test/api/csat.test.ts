import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, gqlOk } from '../support/graphql-client';
import { createAgents, sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { adminToken, resolveAs } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';

const RATE = `mutation ($conversationId: ID!, $score: Int!, $comment: String) {
  rateConversation(conversationId: $conversationId, score: $score, comment: $comment) { id status rating { score comment at } }
}`;
const CSAT = 'average satisfiedRate count';
const METRICS = `query ($range: TimeRange!) {
  metrics(range: $range) { csat { overall { ${CSAT} } aiOnly { ${CSAT} } handedOff { ${CSAT} } byAgent { label csat { ${CSAT} } } } }
}`;

describe('CSAT: the customer rates a resolved conversation', () => {
  let app: TestApp;
  const started = new Date(Date.now() - 60_000).toISOString();
  before(async () => {
    app = await startTestApp('csat');
  });
  after(async () => {
    await app?.stop();
  });

  const rate = (token: string, conversationId: string, score: number, comment?: string) => gql(app.url, RATE, { conversationId, score, comment }, token);

  test('refused before resolution; after an agent resolves, a 4 with a comment counts as handed off and for that agent', async () => {
    const [agent] = await createAgents(app.db, app.url, 1, 'csat');
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I need to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');

    const early = await rate(customer, waiting.id, 5);
    assert.equal(early.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.equal(early.errors?.[0]?.message, 'You can rate the conversation once it is resolved.');

    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }, agent!.token);
    await resolveAs(app.url, agent!.token, waiting.id);
    await waitAsAgent(app.url, waiting.id, (c) => c.status === 'RESOLVED');

    for (const score of [0, 6]) {
      const outOfRange = await rate(customer, waiting.id, score);
      assert.equal(outOfRange.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `score ${score}`);
      assert.match(outOfRange.errors![0]!.message, /1 to 5/);
    }
    const tooLong = await rate(customer, waiting.id, 4, 'x'.repeat(2001));
    assert.equal(tooLong.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooLong.errors![0]!.message, /2000 characters/);
    const stranger = await rate(await widgetToken(app.url), waiting.id, 1);
    assert.equal(stranger.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const byAgent = await rate(agent!.token, waiting.id, 5);
    assert.equal(byAgent.errors?.[0]?.extensions?.code, 'FORBIDDEN');

    await gqlOk(app.url, RATE, { conversationId: waiting.id, score: 2 }, customer);
    // Rating again replaces the first rating.
    const rated = (await gqlOk(app.url, RATE, { conversationId: waiting.id, score: 4, comment: '  Sorted quickly, thanks  ' }, customer)).rateConversation;
    assert.deepEqual({ score: rated.rating.score, comment: rated.rating.comment }, { score: 4, comment: 'Sorted quickly, thanks' });
    const stored = await app.db.conversations.findOne({ _id: waiting.id });
    assert.deepEqual({ agentId: stored?.csat?.agentId, handedOff: stored?.csat?.handedOff }, { agentId: agent!.id, handedOff: true });

    const range = { from: started, to: new Date(Date.now() + 60_000).toISOString() };
    const { csat } = (await gqlOk(app.url, METRICS, { range }, await adminToken(app.url))).metrics;
    assert.deepEqual(csat.handedOff, { average: 4, satisfiedRate: 1, count: 1 });
    assert.deepEqual(csat.aiOnly, { average: null, satisfiedRate: null, count: 0 });
    assert.deepEqual(csat.overall, { average: 4, satisfiedRate: 1, count: 1 });
    assert.deepEqual(csat.byAgent, [{ label: agent!.name, csat: { average: 4, satisfiedRate: 1, count: 1 } }]);

    // Agents read the rating on the conversation.
    const seen = (await gqlOk(app.url, 'query ($id: ID!) { conversation(id: $id) { rating { score comment } } }', { id: waiting.id }, agent!.token))
      .conversation;
    assert.deepEqual(seen.rating, { score: 4, comment: 'Sorted quickly, thanks' });
  });
});
