import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSchema, getNamedType, isListType, isNonNullType, getNullableType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../../api/schema/type-defs';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { publishTestFlow } from '../support/publish-test-flow';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

/**
 * What a customer may read, decided here apart from the code that enforces it: every other field a
 * widget token can reach must come back null (or an empty list) for it, while an agent reading the
 * same conversation sees a value, so the data was there to leak.
 */
const CUSTOMER_SAFE: Record<string, string[]> = {
  Conversation: [
    'id',
    'status',
    'assignee',
    'timeline',
    'flowVersion',
    'customer',
    'waitingSince',
    'lastMessageAt',
    'lastMessagePreview',
    'createdAt',
    'updatedAt',
    'queuePosition',
    'expectedWaitSeconds',
    'teamAvailable',
    'teamBackAt',
    'awayMessage',
    'rating',
    'customerConnected',
  ],
  TimelineEntry: ['id', 'at', 'kind', 'text', 'author', 'citations', 'helpful'],
  ConversationRating: ['score', 'comment', 'at'],
  CounterpartPresence: ['conversationId', 'from', 'name', 'kind', 'at'],
  ResumedWidgetSession: ['session', 'conversationId'],
  Person: ['name'],
  Citation: ['title', 'url'],
  Customer: ['sessionId', 'email'],
  WidgetSession: ['token', 'sessionId', 'workspace'],
  WorkspaceRef: ['id', 'name'],
};
/** The operations a widget token may call that answer with objects. */
const WIDGET_OPERATIONS = [
  'Query.conversation',
  'Mutation.sendCustomerMessage',
  'Mutation.triggerAction',
  'Mutation.startWidgetSession',
  'Subscription.conversationUpdated',
  'Mutation.resumeWidgetSession',
  'Mutation.leaveContactEmail',
  'Mutation.rateAnswer',
  'Mutation.rateConversation',
  'Subscription.counterpartPresence',
];

const NOTE = 'Internal: this customer is on the refund-abuse list, never refund';
const TAG = 'do-not-refund';

const schema = buildSchema(typeDefs);

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  assert.ok(isObjectType(type), `${name} is an object type`);
  return type;
}

/**
 * The object types a widget's answers are made of, walked from the widget's operations: through
 * every field, or (`throughSafeFields`) only through those it may read, where its data actually flows.
 */
function widgetReachableTypes(throughSafeFields = false): GraphQLObjectType[] {
  const found = new Map<string, GraphQLObjectType>();
  const visit = (type: unknown) => {
    const named = getNamedType(type as never);
    if (!isObjectType(named) || found.has(named.name)) return;
    found.set(named.name, named);
    for (const field of Object.values(named.getFields())) {
      if (!throughSafeFields || CUSTOMER_SAFE[named.name]?.includes(field.name)) visit(field.type);
    }
  };
  for (const operation of WIDGET_OPERATIONS) {
    const [root, field] = operation.split('.') as [string, string];
    const rootField = objectType(schema, root).getFields()[field];
    assert.ok(rootField, `${operation} exists`);
    visit(rootField.type);
  }
  return [...found.values()];
}

/** A selection of every field of `type`, all the way down. */
function everyField(type: GraphQLObjectType, path: readonly string[] = []): string {
  const inside = [...path, type.name];
  return Object.values(type.getFields())
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return [field.name];
      // A cycle (Conversation.team → Team.members → User.teams → Team) is followed round once, so every
      // field is selected somewhere, and then stops.
      return inside.filter((name) => name === named.name).length >= 2 ? [] : [`${field.name} { ${everyField(named, inside)} }`];
    })
    .join(' ');
}

/** Every value each `Type.field` took in a response, however deep. */
function valuesByField(type: GraphQLObjectType, value: unknown, into = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (value === null || value === undefined) return into;
  if (Array.isArray(value)) {
    for (const item of value) valuesByField(type, item, into);
    return into;
  }
  for (const field of Object.values(type.getFields())) {
    const fieldValue = (value as Record<string, unknown>)[field.name];
    const key = `${type.name}.${field.name}`;
    into.set(key, [...(into.get(key) ?? []), fieldValue]);
    const named = getNamedType(field.type);
    if (isObjectType(named)) valuesByField(named, fieldValue, into);
  }
  return into;
}

const hidden = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

describe('what a widget token can read, field by field', () => {
  let app: TestApp;
  let customer: string;
  let agent: string;
  let agentId: string;
  let conversationId: string;
  const conversationType = objectType(schema, 'Conversation');
  const read = `query ($id: ID!) { conversation(id: $id) { ${everyField(conversationType)} } }`;

  before(async () => {
    app = await startTestApp('field_authz');
    customer = await widgetToken(app.url);
    const login = await gqlOk<{ login: { token: string; user: { id: string } } }>(
      app.url,
      'mutation { login(email: "agent@baton.test", password: "baton-demo") { token user { id } } }',
    );
    agent = login.login.token;
    agentId = login.login.user.id;
    // Escalations go to a team the agent is in, so the team, its members and their accounts have values to hide.
    const admin = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "admin@baton.test", password: "baton-demo") { token } }')).login
      .token;
    const team = (await gqlOk<{ createTeam: { id: string } }>(app.url, 'mutation { createTeam(name: "Billing") { id } }', {}, admin)).createTeam;
    await gqlOk(app.url, 'mutation ($id: ID!, $team: ID!) { updateAgent(id: $id, input: { teams: [$team] }) { id } }', { id: agentId, team: team.id }, admin);
    await publishTestFlow(app.db, (flow) => {
      flow.edges.find((edge) => edge.id === 'human-request')!.effects = { team: team.id };
    });

    // A conversation with everything agents keep to themselves: an AI answer's confidence, an
    // escalation with its handoff summary, tags, a priority, an internal note, an agent's id.
    const answered = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    conversationId = answered.id;
    await sendAndWait(app.url, customer, 'I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN', conversationId);
    await waitUntil(async () => (await agentView()).escalation?.summary, 'the handoff summary');
    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: conversationId }, agent);
    await gqlOk(
      app.url,
      'mutation ($id: ID!, $tags: [String!]!) { tagConversation(id: $id, tags: $tags) { id } }',
      { id: conversationId, tags: [TAG, 'billing'] },
      agent,
    );
    await gqlOk(app.url, 'mutation ($id: ID!) { setPriority(id: $id, priority: URGENT) { id } }', { id: conversationId }, agent);
    await gqlOk(app.url, 'mutation ($id: ID!, $text: String!) { addNote(conversationId: $id, text: $text) { id } }', { id: conversationId, text: NOTE }, agent);
    await gqlOk(
      app.url,
      'mutation ($id: ID!) { sendAgentMessage(conversationId: $id, text: "Hi, Sam here. Let me look.", clientMessageId: "field-authz-1") { id } }',
      { id: conversationId },
      agent,
    );
    await waitUntil(async () => {
      const kinds = (await agentView()).timeline.map((entry: { kind: string }) => entry.kind);
      return kinds.includes('NOTE') && kinds.includes('AGENT');
    }, 'the note and the agent reply in the timeline');
    // The customer's widget shows the agent's reply: "seen" is for agents only.
    const lastEntry = (await agentView()).timeline.filter((entry: { kind: string }) => entry.kind === 'AGENT').at(-1).id;
    await gqlOk(
      app.url,
      'mutation ($id: ID!, $seen: ID!) { reportCustomerPresence(conversationId: $id, kind: VIEWING, seenEntryId: $seen) }',
      { id: conversationId, seen: lastEntry },
      customer,
    );
  });
  after(async () => {
    await app.stop();
  });

  async function agentView() {
    return (await gqlOk<{ conversation: Record<string, any> }>(app.url, read, { id: conversationId }, agent)).conversation;
  }

  /** Asserts the widget's answer hides every field it may not read, where the agent's shows one. */
  function assertCustomerSafe(widgetAnswer: unknown, agentAnswer: unknown) {
    const widgetValues = valuesByField(conversationType, widgetAnswer);
    const agentValues = valuesByField(conversationType, agentAnswer);
    const problems: string[] = [];
    for (const type of widgetReachableTypes()) {
      for (const field of Object.keys(type.getFields())) {
        if (CUSTOMER_SAFE[type.name]?.includes(field)) continue;
        const key = `${type.name}.${field}`;
        const shown = (widgetValues.get(key) ?? []).filter((value) => !hidden(value));
        if (shown.length > 0) problems.push(`${key} is readable by a widget token: ${JSON.stringify(shown[0])}`);
        // Only fields under a Conversation can be checked against an agent's view.
        if (!typesUnder(conversationType).has(type.name)) continue;
        if (!(agentValues.get(key) ?? []).some((value) => !hidden(value))) {
          problems.push(
            `${key}: the test conversation has no value for it, so this test cannot tell whether customers see it; give it one, or list it as customer-safe`,
          );
        }
      }
    }
    assert.deepEqual(problems, []);
    const text = JSON.stringify(widgetAnswer);
    for (const secret of [NOTE, TAG, agentId, (agentAnswer as { escalation: { summary: string } }).escalation.summary]) {
      assert.ok(!text.includes(secret), `the widget's answer contains ${secret}`);
    }
  }

  test('every field a widget can reach is either customer-safe or hidden from it, and a hidden field can be null for it', () => {
    const problems: string[] = [];
    for (const type of widgetReachableTypes(true)) {
      for (const field of Object.values(type.getFields())) {
        if (CUSTOMER_SAFE[type.name]?.includes(field.name)) continue;
        // A hidden field comes back null, or [] for a list; a non-null one that is not a list could not.
        if (isNonNullType(field.type) && !isListType(getNullableType(field.type))) {
          problems.push(`${type.name}.${field.name} is agent-only but non-null, so it cannot be null for a widget`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('a widget reading its conversation gets no tags, priority, escalation, confidence, agent ids or notes', async () => {
    const agentAnswer = await agentView();
    assert.equal(agentAnswer.priority, 'URGENT');
    assert.ok(agentAnswer.tags.includes(TAG));
    const widget = await gql<{ conversation: Record<string, any> }>(app.url, read, { id: conversationId }, customer);
    assert.equal(widget.errors, undefined, JSON.stringify(widget.errors));
    const widgetAnswer = widget.data!.conversation;
    assert.equal(widgetAnswer.priority, null);
    assert.deepEqual(widgetAnswer.tags, []);
    assert.equal(widgetAnswer.escalation, null);
    assert.equal(widgetAnswer.assignee.name, agentAnswer.assignee.name, 'the customer sees who is helping');
    assert.equal(widgetAnswer.assignee.id, null);
    assert.deepEqual(
      widgetAnswer.timeline.map((entry: { id: string }) => entry.id),
      agentAnswer.timeline.filter((entry: { kind: string }) => entry.kind !== 'NOTE').map((entry: { id: string }) => entry.id),
      'the same thread, without internal notes',
    );
    assertCustomerSafe(widgetAnswer, agentAnswer);
  });

  test("the widget's mutations and its subscription answer with the same customer-safe conversation", async () => {
    const updates = await subscribe<{ conversationUpdated: unknown }>(
      app.url,
      `subscription ($id: ID!) { conversationUpdated(id: $id) { ${everyField(conversationType)} } }`,
      { id: conversationId },
      customer,
    );
    try {
      const sent = await gql<{ sendCustomerMessage: unknown }>(
        app.url,
        `mutation ($id: ID!) { sendCustomerMessage(input: { conversationId: $id, text: "Thanks, I will wait", clientMessageId: "field-authz-2" }) { ${everyField(conversationType)} } }`,
        { id: conversationId },
        customer,
      );
      assert.equal(sent.errors, undefined, JSON.stringify(sent.errors));
      const event = await updates.next();
      const agentAnswer = await agentView();
      assertCustomerSafe(sent.data!.sendCustomerMessage, agentAnswer);
      assertCustomerSafe(event.conversationUpdated, agentAnswer);
    } finally {
      updates.close();
    }
  });

  test('an agent still reads every field', async () => {
    const agentAnswer = await agentView();
    assert.equal(agentAnswer.assignee.id, agentId);
    assert.ok(agentAnswer.timeline.some((entry: { kind: string; text: string }) => entry.kind === 'NOTE' && entry.text === NOTE));
    assert.ok(agentAnswer.timeline.some((entry: { kind: string; confidence: number | null }) => entry.kind === 'AI' && typeof entry.confidence === 'number'));
    assert.equal(agentAnswer.escalation.reason, 'human_request');
  });
});

/** The object types under `type`, itself included. */
function typesUnder(type: GraphQLObjectType, into = new Set<string>()): Set<string> {
  if (into.has(type.name)) return into;
  into.add(type.name);
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isObjectType(named)) typesUnder(named, into);
  }
  return into;
}
