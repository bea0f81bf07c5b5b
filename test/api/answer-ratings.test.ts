import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gql, gqlOk } from '../support/graphql-client';
import { sendAndWait, waitAsAgent, widgetToken, type Conversation } from '../support/demo-actors';
import { adminToken } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

const RATE = `mutation ($conversationId: ID!, $entryId: ID!, $helpful: Boolean!) {
  rateAnswer(conversationId: $conversationId, entryId: $entryId, helpful: $helpful) { id status timeline { id kind helpful } }
}`;
const METRICS = `query ($range: TimeRange!) {
  metrics(range: $range) { automated confirmedAutomated answersRatedNotHelpful { answer notHelpful helpful citations { title url } lastRatedAt } }
}`;

const answered = (conversation: Conversation, answers = 1) => conversation.timeline.filter((entry) => entry.kind === 'AI').length >= answers;
const aiEntries = (conversation: Conversation) => conversation.timeline.filter((entry) => entry.kind === 'AI');

describe('"Did that help?" on AI answers', () => {
  let app: TestApp;
  const started = new Date(Date.now() - 60_000).toISOString();
  before(async () => {
    app = await startTestApp('answer_ratings');
  });
  after(async () => {
    await app?.stop();
  });

  const rate = (token: string, conversationId: string, entryId: string, helpful: boolean) => gql(app.url, RATE, { conversationId, entryId, helpful }, token);
  const metrics = async () =>
    (await gqlOk(app.url, METRICS, { range: { from: started, to: new Date(Date.now() + 60_000).toISOString() } }, await adminToken(app.url))).metrics;

  test('a rating on a customer message, on another conversation or by someone else is refused with a code', async () => {
    const customer = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => answered(c));
    const question = conversation.timeline.find((entry) => entry.kind === 'CUSTOMER')!;
    const answer = aiEntries(conversation)[0]!;

    const onQuestion = await rate(customer, conversation.id, question.id, false);
    assert.equal(onQuestion.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(onQuestion.errors![0]!.message, new RegExp(`Entry ${question.id} is not an AI answer`));

    const unknownEntry = await rate(customer, conversation.id, 'no-such-entry', true);
    assert.equal(unknownEntry.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');

    const stranger = await widgetToken(app.url);
    const byStranger = await rate(stranger, conversation.id, answer.id, false);
    assert.equal(byStranger.errors?.[0]?.extensions?.code, 'NOT_FOUND');

    const byAgent = await rate(await adminToken(app.url), conversation.id, answer.id, false);
    assert.equal(byAgent.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const anonymous = await gql(app.url, RATE, { conversationId: conversation.id, entryId: answer.id, helpful: false });
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

    assert.equal(await app.db.answerRatings.countDocuments({ conversationId: conversation.id }), 0, 'nothing refused was stored');
  });

  test('"No" repeated on the same answer (at once or later) counts once; a "No" on a second answer escalates with reason failed_answers', async () => {
    const customer = await widgetToken(app.url);
    const first = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => answered(c));
    const firstAnswer = aiEntries(first)[0]!;
    const rateFirstNo = () => gqlOk(app.url, RATE, { conversationId: first.id, entryId: firstAnswer.id, helpful: false }, customer);
    // Twice at once (a double click), then once more (a retry).
    const [rated] = await Promise.all([rateFirstNo(), rateFirstNo()]);
    assert.equal(rated.rateAnswer.timeline.find((entry: { id: string }) => entry.id === firstAnswer.id).helpful, false);
    await rateFirstNo();

    // Counted twice, the repeat would have escalated: the AI still answers the next question.
    const second = await sendAndWait(app.url, customer, 'How do I connect Slack?', (c) => answered(c, 2) || c.status !== 'AI_ANSWERING', first.id);
    assert.equal(second.status, 'AI_ANSWERING');
    const secondAnswer = aiEntries(second)[1]!;
    await gqlOk(app.url, RATE, { conversationId: first.id, entryId: secondAnswer.id, helpful: false }, customer);

    const escalated = await waitAsAgent(app.url, first.id, (c) => c.status === 'AWAITING_HUMAN');
    assert.equal(escalated.escalation?.reason, 'failed_answers');
    const stored = await app.db.answerRatings.find({ conversationId: first.id }).toArray();
    assert.deepEqual(
      stored.map((rating) => [rating.entryId, rating.helpful]).sort(),
      [
        [firstAnswer.id, false],
        [secondAnswer.id, false],
      ].sort(),
    );
    assert.equal(stored.find((rating) => rating.entryId === firstAnswer.id)?.answerText, firstAnswer.text);

    // Escalated: a rating is still kept, and nothing more happens to the conversation.
    const late = (await gqlOk(app.url, RATE, { conversationId: first.id, entryId: firstAnswer.id, helpful: true }, customer)).rateAnswer;
    assert.equal(late.status, 'AWAITING_HUMAN');
    assert.equal(late.timeline.find((entry: { id: string }) => entry.id === firstAnswer.id).helpful, true);

    const listed = (await metrics()).answersRatedNotHelpful as { answer: string; notHelpful: number }[];
    assert.ok(
      listed.some((answer) => answer.answer === secondAnswer.text.trim() && answer.notHelpful >= 1),
      JSON.stringify(listed),
    );
  });

  test('"Yes" resolves the conversation, and the dashboard counts it as confirmed automation', async () => {
    const before = await metrics();
    const customer = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, customer, 'How do I connect Slack?', (c) => answered(c));
    await gqlOk(app.url, RATE, { conversationId: conversation.id, entryId: aiEntries(conversation)[0]!.id, helpful: true }, customer);
    await waitAsAgent(app.url, conversation.id, (c) => c.status === 'RESOLVED');
    const after = await waitUntil(async () => {
      const now = await metrics();
      return now.confirmedAutomated > before.confirmedAutomated ? now : null;
    }, 'the confirmed automation count to grow');
    assert.equal(after.confirmedAutomated, before.confirmedAutomated + 1);
    assert.ok(after.automated >= after.confirmedAutomated);
  });
});
