import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { sendAndWait, waitAsAgent, waitForConversation, widgetToken } from '../support/demo-actors';
import { bagOfWordsEmbedding, startFakeOpenAIServer, type ChatReply, type FakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { HANDOFF_NOTICE_FOR_CUSTOMER } from '../../machines/system-messages';
import { DEMO_WORKSPACE } from '../../server/seed-demo';

const isNotice = (entry: { kind: string; text: string }) => entry.kind === 'SYSTEM' && entry.text === HANDOFF_NOTICE_FOR_CUSTOMER;
const SUMMARY = 'The customer wants a person; the AI had answered about passwords.';
/** A question whose embedding the model is slow to return: longer than the answer activity's 5 s heartbeat timeout. */
const SLOW_QUESTION = 'How do I export my data to a spreadsheet?';
const SLOW_EMBEDDING_MS = 6_500;

/** Which prompt a request is, by the structured output it asks for. */
const promptName = (request: RecordedRequest): string =>
  request.body?.tools?.[0]?.function?.name ?? request.body?.response_format?.json_schema?.name ?? 'unknown';

/** A model service that answers from the first passage, and is as slow as the test makes it. */
describe('a slow model', () => {
  let model: FakeOpenAIServer;
  let app: TestApp;
  let releaseSummary: () => void;
  const summaryHeld = new Promise<void>((resolve) => (releaseSummary = resolve));

  before(async () => {
    model = await startFakeOpenAIServer({
      chat: async (request): Promise<ChatReply> => {
        switch (promptName(request)) {
          case 'support_answer': {
            const passage = /<passage id=\\"([^"\\]+)\\"/.exec(JSON.stringify(request.body?.messages ?? []))?.[1];
            return {
              type: 'structured',
              data: { answer: 'Here is how, step by step.', confidence: 0.9, citations: passage ? [passage] : [], abstain: !passage },
            };
          }
          case 'message_classification':
            return { type: 'structured', data: { asksForHuman: false, frustration: 0 } };
          case 'handoff_note':
            await summaryHeld;
            return { type: 'structured', data: { customerWants: 'A person.', aiTried: 'It answered.', escalationReason: 'They asked.', text: SUMMARY } };
          default:
            return { type: 'error', status: 400, message: `unexpected prompt ${promptName(request)}` };
        }
      },
      embeddings: async (input) => {
        if (input.includes(SLOW_QUESTION)) await delay(SLOW_EMBEDDING_MS);
        return { type: 'embeddings', vectors: input.map(bagOfWordsEmbedding) };
      },
    });
    app = await startTestApp('slow_model', { openai: { apiKey: 'test-key', baseURL: model.url, model: 'gpt-4o-mini' } });
    // The demo help centre is seeded without embeddings; with them, every answer embeds its question.
    const chunks = await app.db.chunks.find({ workspaceId: DEMO_WORKSPACE.id }).toArray();
    await app.db.chunks.bulkWrite(
      chunks.map((chunk) => ({ updateOne: { filter: { _id: chunk._id }, update: { $set: { embedding: bagOfWordsEmbedding(chunk.text) } } } })),
    );
    await app.db.workspaces.updateOne({ _id: DEMO_WORKSPACE.id }, { $inc: { knowledgeVersion: 1 } });
  });
  after(async () => {
    releaseSummary();
    await app?.stop();
    await model?.close();
  });

  // A model call takes seconds, and a summary can take a minute with retries.
  test('the customer reads that a person is coming while the handoff summary is still being written; agents get the summary after', async () => {
    const customer = await widgetToken(app.url);
    const answered = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    await gqlOk(app.url, 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }', { id: answered.id }, customer);

    const told = await waitForConversation(app.url, customer, answered.id, (c) => c.timeline.some(isNotice));
    assert.equal(told.status, 'AWAITING_HUMAN');
    const meanwhile = await waitAsAgent(app.url, answered.id, (c) => c.escalation !== null);
    assert.equal(meanwhile.escalation?.summary ?? null, null, 'the model has not answered yet');
    assert.ok(
      meanwhile.timeline.some((entry) => entry.kind === 'NOTE' && entry.text.startsWith('Escalated to a human because')),
      'agents read why it escalated before the summary too',
    );

    releaseSummary();
    const summarised = await waitAsAgent(app.url, answered.id, (c) => c.escalation?.summary === SUMMARY);
    assert.equal(summarised.timeline.filter(isNotice).length, 1, 'the notice is written once');
  });

  // The heartbeat timeout is how a dead worker's call moves elsewhere; a live worker's slow call must not look dead.
  test('an answer whose question takes the model longer than the heartbeat timeout to embed is worked out once, not retried as if the worker had died', async () => {
    const customer = await widgetToken(app.url);
    const answered = await sendAndWait(app.url, customer, SLOW_QUESTION, (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    const embeddings = model.requests.filter((request) => request.path === '/v1/embeddings' && JSON.stringify(request.body.input).includes(SLOW_QUESTION));
    assert.equal(embeddings.length, 1, 'the question was embedded once');
    assert.equal(answered.timeline.filter((entry) => entry.kind === 'AI').length, 1);
  });
});
