import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import proto from '@temporalio/proto';
import type { Client } from '@temporalio/client';
import fc from 'fast-check';
import { connectTemporalClient } from '../../server/temporal-connection';
import { conversationWorkflowId } from '../../workflows/conversation-definitions';
import { createAgents, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, type GraphQLResponse } from '../support/graphql-client';
import { hostileMessage, ODD_CHARACTERS, OBJECT_MEMBER_NAMES, OBJECT_PROTOTYPE_NAMES } from '../support/hostile-text';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

/**
 * Message fuzz through the real API and workflow: customers, agents and widget buttons sending
 * random Unicode, control characters, lone surrogates, object member names and texts at the
 * length limits. Every message the API accepts must move its conversation on (an AI reply or an
 * escalation), every refusal must be a BAD_USER_INPUT, and no workflow task may fail.
 * Counts are bounded so the file stays within the per-address limits on new conversations and
 * well under a minute on a small machine; BATON_FUZZ_SEED replays a run.
 */
const SEED = Number(process.env.BATON_FUZZ_SEED ?? Date.now() % 1_000_000);
const RANDOM_CONVERSATIONS = 6;
const MESSAGES_PER_CONVERSATION = 2;
const AGENT_INPUTS = 16;
const MAX_MESSAGE_LENGTH = 4000;
const EventType = proto.temporal.api.enums.v1.EventType;

type Conversation = {
  id: string;
  status: string;
  escalation: { reason: string; trigger: string } | null;
  timeline: { id: string; kind: string; text: string }[];
};
const FIELDS = 'id status escalation { reason trigger } timeline { id kind text }';
const SEND = `mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { ${FIELDS} } }`;
const READ = `query ($id: ID!) { conversation(id: $id) { ${FIELDS} } }`;

const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, offset: number) => fc.sample(arbitrary, { numRuns: count, seed: SEED + offset });
/** What the API must refuse: empty, blank (every kind of space trim removes), one past the limit. */
const REFUSED_TEXTS = ['', ' ', ' \n\t\r ', '\u3000\u00a0\ufeff', `${'a'.repeat(MAX_MESSAGE_LENGTH)}b`, ` ${'x'.repeat(MAX_MESSAGE_LENGTH + 1)} `];
/** Exactly at the limit, of the characters that are easiest to get wrong. */
const AT_THE_LIMIT = [
  'constructor '.repeat(400).slice(0, MAX_MESSAGE_LENGTH - 1) + '!',
  '🙂'.repeat(MAX_MESSAGE_LENGTH / 2),
  ('e\u0301\u200b\u202eאב' + '\u0007').repeat(MAX_MESSAGE_LENGTH / 8).slice(0, MAX_MESSAGE_LENGTH - 1) + 'z',
];

/** A lone surrogate as UTF-8 storage gives it back: U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const errorCode = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
let clientIds = 0;
const clientId = () => `fuzz-${SEED}-${++clientIds}`;

describe(`message fuzz (seed ${SEED})`, () => {
  let app: TestApp;
  let temporal: Client;
  let agent: string;
  const conversations = new Set<string>();

  before(async () => {
    app = await startTestApp('message_fuzz');
    temporal = await connectTemporalClient(testServers().temporalAddress, app.settings.temporal.namespace);
    const [fuzzer] = await createAgents(app.db, app.url, 1, 'fuzzer');
    agent = fuzzer!.token;
  });
  after(async () => {
    await temporal?.connection.close();
    await app?.stop();
  });

  const read = async (id: string) => (await gqlOk<{ conversation: Conversation }>(app.url, READ, { id }, agent)).conversation;

  /** Sends one customer message; an accepted one must get an AI reply or an escalation. */
  async function sendCustomerMessage(token: string, text: string, conversationId?: string): Promise<Conversation | null> {
    const before = conversationId ? await read(conversationId) : null;
    const aiBefore = before?.timeline.filter((entry) => entry.kind === 'AI').length ?? 0;
    assert.ok(!before || before.status === 'AI_ANSWERING', 'the AI holds the conversation');
    const result = await gql<{ sendCustomerMessage: Conversation }>(
      app.url,
      SEND,
      { input: { text, clientMessageId: clientId(), ...(conversationId ? { conversationId } : {}) } },
      token,
    );
    if (result.errors) {
      assert.equal(errorCode(result), 'BAD_USER_INPUT', `${JSON.stringify(text.slice(0, 80))} was refused with ${JSON.stringify(result.errors)}`);
      return null;
    }
    const { id } = result.data!.sendCustomerMessage;
    conversations.add(id);
    return waitUntil(
      async () => {
        const now = await read(id);
        const moved = now.timeline.filter((entry) => entry.kind === 'AI').length > aiBefore || now.status === 'AWAITING_HUMAN';
        return moved ? now : null;
      },
      `an AI reply or an escalation after ${JSON.stringify(text.slice(0, 80))} (conversation ${id})`,
      20_000,
    );
  }

  /** An agent claims the conversation and releases it to the AI again. */
  async function handBack(id: string): Promise<void> {
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id }, agent);
    await gqlOk(app.url, 'mutation ($id: ID!) { releaseConversation(id: $id) { id } }', { id }, agent);
    await waitUntil(async () => (await read(id)).status === 'AI_ANSWERING', `conversation ${id} back with the AI`);
  }

  test('empty, blank and over-long messages are BAD_USER_INPUT; at exactly 4,000 characters they are answered', async () => {
    const customer = await widgetToken(app.url);
    for (const text of REFUSED_TEXTS) {
      const result = await gql(app.url, SEND, { input: { text, clientMessageId: clientId() } }, customer);
      assert.equal(errorCode(result), 'BAD_USER_INPUT', `${JSON.stringify(text.slice(0, 20))} (${text.length} characters)`);
    }
    await Promise.all(
      AT_THE_LIMIT.map(async (text) => assert.ok(await sendCustomerMessage(await widgetToken(app.url), text), `${text.length} characters were refused`)),
    );
  });

  test('a request for a person is heard whatever object member names surround it', async () => {
    const asks = ['I need a human constructor', `${OBJECT_PROTOTYPE_NAMES.join(' ')} — talk to a human please`, '__proto__ toString valueOf: I want a person'];
    await Promise.all(
      asks.map(async (text) => {
        const conversation = await sendCustomerMessage(await widgetToken(app.url), text);
        assert.equal(conversation?.escalation?.reason, 'human_request', `${text}: ${JSON.stringify(conversation?.escalation)}`);
      }),
    );
  });

  test('random customer messages each get an AI reply or an escalation', async () => {
    const texts = sample(
      hostileMessage.filter((text) => text.trim() !== ''),
      RANDOM_CONVERSATIONS * MESSAGES_PER_CONVERSATION,
      1,
    );
    // Every Object.prototype name alone as a message, and the characters most likely to trip a parser (the random ones mix in the rest).
    const singles = [...OBJECT_PROTOTYPE_NAMES, '\u200b', '\ud83d', '\udc00x', '\u0000', '\u202eevil', '👩🏽‍💻', 'e\u0301'];
    await Promise.all(
      Array.from({ length: RANDOM_CONVERSATIONS }, async (_, index) => {
        const customer = await widgetToken(app.url);
        const mine = [
          ...texts.slice(index * MESSAGES_PER_CONVERSATION, (index + 1) * MESSAGES_PER_CONVERSATION),
          ...singles.filter((_, position) => position % RANDOM_CONVERSATIONS === index),
        ];
        let conversation = null as Conversation | null;
        for (const text of mine) {
          // An escalated conversation waits for a person; an agent hands it back so the AI answers the next message.
          if (conversation?.status === 'AWAITING_HUMAN') await handBack(conversation.id);
          conversation = (await sendCustomerMessage(customer, text, conversation?.id)) ?? conversation;
        }
      }),
    );
  });

  test("agents' messages and notes with the same inputs are stored as sent or refused as BAD_USER_INPUT", async () => {
    const customer = await widgetToken(app.url);
    const conversation = (await sendCustomerMessage(customer, 'constructor'))!;
    if (!conversation.escalation)
      await gqlOk(app.url, 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }', { id: conversation.id }, customer);
    await waitUntil(async () => (await read(conversation.id)).status === 'AWAITING_HUMAN', 'the escalation');
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversation.id }, agent);
    const inputs = [...sample(hostileMessage, AGENT_INPUTS, 2), ...REFUSED_TEXTS, ...AT_THE_LIMIT, ...OBJECT_PROTOTYPE_NAMES];
    const accepted: string[] = [];
    for (const text of inputs) {
      const message = await gql(
        app.url,
        'mutation ($id: ID!, $text: String!, $c: ID!) { sendAgentMessage(conversationId: $id, text: $text, clientMessageId: $c) { id } }',
        { id: conversation.id, text, c: clientId() },
        agent,
      );
      const note = await gql(
        app.url,
        'mutation ($id: ID!, $text: String!, $c: ID) { addNote(conversationId: $id, text: $text, clientNoteId: $c) { id } }',
        { id: conversation.id, text, c: clientId() },
        agent,
      );
      for (const [what, result] of [
        ['sendAgentMessage', message],
        ['addNote', note],
      ] as const) {
        if (result.errors) assert.equal(errorCode(result), 'BAD_USER_INPUT', `${what} ${JSON.stringify(text.slice(0, 40))}: ${JSON.stringify(result.errors)}`);
        else accepted.push(`${what === 'addNote' ? 'NOTE' : 'AGENT'}:${wellFormed(text.trim())}`);
      }
      const blank = text.trim() === '' || text.trim().length > MAX_MESSAGE_LENGTH;
      if (blank) assert.ok(message.errors && note.errors, `${JSON.stringify(text.slice(0, 20))} (${text.length} characters) must be refused`);
    }
    // Each accepted one is in the timeline once, as sent: trimmed, a lone surrogate stored as U+FFFD (UTF-8 has no other way to
    // hold it). System events are notes too, so only agent messages must match one for one.
    const stored = (await read(conversation.id)).timeline.map((entry) => `${entry.kind}:${entry.text}`);
    for (const sent of accepted) {
      const at = stored.indexOf(sent);
      assert.ok(at >= 0, `${sent.slice(0, 60)} is missing from the timeline`);
      stored.splice(at, 1);
    }
    assert.deepEqual(
      stored.filter((entry) => entry.startsWith('AGENT:')),
      [],
      'no agent message is stored twice',
    );
  });

  test('widget buttons with odd names are BAD_USER_INPUT, never a crash', async () => {
    const customer = await widgetToken(app.url);
    const conversation = (await sendCustomerMessage(customer, 'How do I reset my password?'))!;
    const names = [
      ...OBJECT_MEMBER_NAMES,
      ...ODD_CHARACTERS,
      '',
      '   ',
      'TALK_TO_HUMAN',
      'talk-to-human',
      'talk_to_human\u0000',
      'a'.repeat(65),
      '../../etc/passwd',
      'no_such_button',
      ...sample(fc.string({ unit: 'grapheme', maxLength: 20 }), 6, 3),
    ];
    for (const action of names) {
      const result = await gql(
        app.url,
        'mutation ($id: ID!, $action: String!) { triggerAction(conversationId: $id, action: $action) { id } }',
        { id: conversation.id, action },
        customer,
      );
      assert.equal(errorCode(result), 'BAD_USER_INPUT', `${JSON.stringify(action)}: ${JSON.stringify(result.errors ?? result.data)}`);
      assert.match(result.errors![0]!.message, /action/, 'the message says what to send instead');
    }
    const pressed = await gql(
      app.url,
      'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }',
      { id: conversation.id },
      customer,
    );
    assert.equal(pressed.errors, undefined, 'the button the flow knows still works');
  });

  test('every conversation touched is still running, and none of their workflow tasks failed', async () => {
    assert.ok(conversations.size > RANDOM_CONVERSATIONS);
    for (const id of conversations) {
      const handle = temporal.workflow.getHandle(conversationWorkflowId(id));
      const { status } = await handle.describe();
      assert.equal(status.name, 'RUNNING', `conversation ${id}`);
      const events = (await handle.fetchHistory()).events ?? [];
      const failed = events.filter(
        (event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED || event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED,
      );
      assert.deepEqual(
        failed.map((event) => event.workflowTaskFailedEventAttributes?.failure?.message ?? event.activityTaskFailedEventAttributes?.failure?.message),
        [],
        `conversation ${id}`,
      );
    }
  });
});
