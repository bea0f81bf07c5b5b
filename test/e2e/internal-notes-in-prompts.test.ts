import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sendAndWait, waitAsAgent, widgetToken, type Conversation } from '../support/demo-actors';
import { startFakeOpenAIServer, type ChatReply, type FakeOpenAIServer, type RecordedRequest } from '../support/fake-openai-server';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/** Plain words, so the text reads the same inside a prompt's escaped blocks and its JSON. */
const NOTE = 'Internal note zebra umbrella 4471 this customer is on the refund abuse list';

/** Which prompt a request is, by the structured output it asks for. */
function promptName(request: RecordedRequest): string {
  return request.body?.tools?.[0]?.function?.name ?? request.body?.response_format?.json_schema?.name ?? 'unknown';
}
const promptText = (request: RecordedRequest) => JSON.stringify(request.body?.messages ?? []);

/** A model that answers from the first passage, never asks for a person, and repeats everything it is told in its handoff notes. */
function scriptedModel(request: RecordedRequest): ChatReply {
  const text = promptText(request);
  switch (promptName(request)) {
    case 'support_answer': {
      const passage = /<passage id=\\"([^"\\]+)\\"/.exec(text)?.[1];
      return { type: 'structured', data: { answer: 'Here is how, step by step.', confidence: 0.9, citations: passage ? [passage] : [], abstain: !passage } };
    }
    case 'message_classification':
      return { type: 'structured', data: { asksForHuman: false, frustration: 0 } };
    case 'handoff_note': {
      // The worst case: a model that copies an internal note into the note for the next agent.
      const leaked = text.includes('zebra umbrella 4471') ? ` Earlier: ${NOTE}.` : '';
      return {
        type: 'structured',
        data: { customerWants: 'Help.', aiTried: 'It answered.', escalationReason: 'They asked.', text: `The customer wants help.${leaked}` },
      };
    }
    default:
      return { type: 'error', status: 400, message: `unexpected prompt ${promptName(request)}` };
  }
}

describe('internal notes and the prompts built from a conversation', () => {
  let model: FakeOpenAIServer;
  let app: TestApp;
  let conversationId: string;
  let customer: string;
  let agent: string;
  let promptsBeforeNote: number;

  before(async () => {
    model = await startFakeOpenAIServer({ chat: scriptedModel });
    app = await startTestApp('notes_in_prompts', { openai: { apiKey: 'test-key', baseURL: model.url, model: 'gpt-4o-mini' } });
    customer = await widgetToken(app.url);
    agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token;

    const answered = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    conversationId = answered.id;
    await talkToHuman();
    await waitAsAgent(app.url, conversationId, (c) => c.status === 'AWAITING_HUMAN' && !!c.escalation?.summary);
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversationId }, agent);
    await gqlOk(app.url, 'mutation ($id: ID!, $text: String!) { addNote(conversationId: $id, text: $text) { id } }', { id: conversationId, text: NOTE }, agent);
    await waitAsAgent(app.url, conversationId, (c) => c.timeline.some((entry) => entry.kind === 'NOTE'));
    promptsBeforeNote = model.chatRequests().length;
    await gqlOk(app.url, 'mutation ($id: ID!) { releaseConversation(id: $id) { id } }', { id: conversationId }, agent);
    await waitAsAgent(app.url, conversationId, (c) => c.status === 'AI_ANSWERING');

    // Back with the AI: the next answer and classification are built after the note exists.
    await sendAndWait(app.url, customer, 'And how do I export my data?', (c) => c.timeline.filter((entry) => entry.kind === 'AI').length === 2, conversationId);
    await talkToHuman();
    await waitAsAgent(app.url, conversationId, (c) => c.status === 'AWAITING_HUMAN' && (c.escalation?.summary ?? '').includes('zebra'));
  });
  after(async () => {
    await app?.stop();
    await model?.close();
  });

  async function talkToHuman() {
    await gqlOk(app.url, 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }', { id: conversationId }, customer);
  }

  test('answers and classifications, whose output the customer sees, are never given an internal note', () => {
    const afterNote = model.chatRequests().slice(promptsBeforeNote);
    const customerVisible = afterNote.filter((request) => ['support_answer', 'message_classification'].includes(promptName(request)));
    assert.deepEqual(
      [...new Set(customerVisible.map(promptName))].sort(),
      ['message_classification', 'support_answer'],
      'both prompts ran after the note was written',
    );
    for (const request of model.chatRequests().filter((request) => promptName(request) !== 'handoff_note')) {
      assert.ok(!promptText(request).includes('zebra umbrella 4471'), `the ${promptName(request)} prompt contains the internal note`);
    }
  });

  test('the handoff summary, which is for agents and is written from the whole timeline, notes included, never reaches the customer', async () => {
    const handoffs = model.chatRequests().filter((request) => promptName(request) === 'handoff_note');
    assert.ok(handoffs.at(-1) && promptText(handoffs.at(-1)!).includes('zebra umbrella 4471'), 'agents get the notes in their handoff summary');

    const everything = `id status priority tags escalation { reason trigger summary at } lastMessagePreview
      timeline { id kind text confidence author { id name } } assignee { id name }`;
    const seen = await gqlOk<{ conversation: Conversation }>(
      app.url,
      `query ($id: ID!) { conversation(id: $id) { ${everything} } }`,
      { id: conversationId },
      customer,
    );
    assert.equal(seen.conversation.escalation, null);
    assert.ok(!JSON.stringify(seen).includes('zebra'), 'nothing the customer reads carries the note');
  });
});
