import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../api/schema/type-defs';
import { defaultFlow } from '../../machines';
import { createAgents, sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

type Caller = 'anonymous' | 'widget' | 'otherWorkspaceWidget' | 'agent' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'widget', 'otherWorkspaceWidget', 'agent', 'admin'];

/** 'allowed': any outcome but a denial (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND); 'null': allowed and sees nothing; else the error code. */
type Expected = 'allowed' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

type Fixtures = { conversationId: string; articleId: string; agentId: string; colleagueToken: string; teamId: string; savedReplyId: string };
type Operation = {
  kind: 'query' | 'mutation' | 'subscription';
  document: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  expect: Record<Caller, Expected>;
  /** For a subscription: what makes it deliver (default: an admin tags the fixture conversation). */
  provoke?: (url: string, f: Fixtures, tokens: Record<Caller, string | undefined>) => Promise<unknown>;
};

const usersOnly: Record<Caller, Expected> = {
  anonymous: 'UNAUTHENTICATED',
  widget: 'FORBIDDEN',
  otherWorkspaceWidget: 'FORBIDDEN',
  agent: 'allowed',
  admin: 'allowed',
};
const adminsOnly: Record<Caller, Expected> = { ...usersOnly, agent: 'FORBIDDEN' };
const ownerWidgetOnly: Record<Caller, Expected> = {
  anonymous: 'UNAUTHENTICATED',
  widget: 'allowed',
  otherWorkspaceWidget: 'NOT_FOUND',
  agent: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};
const anyone: Record<Caller, Expected> = { anonymous: 'allowed', widget: 'allowed', otherWorkspaceWidget: 'allowed', agent: 'allowed', admin: 'allowed' };
const none = () => ({});
const onConversation = (f: Fixtures) => ({ id: f.conversationId });

/** Every operation of the schema, and who may call it. A new operation without a row fails the first test. */
const MATRIX: Record<string, Operation> = {
  'Query.me': { kind: 'query', document: 'query { me { id } }', variables: none, expect: anyone },
  'Query.conversation': {
    kind: 'query',
    document: 'query ($id: ID!) { conversation(id: $id) { id timeline { id } } }',
    variables: onConversation,
    expect: { anonymous: 'UNAUTHENTICATED', widget: 'allowed', otherWorkspaceWidget: 'null', agent: 'allowed', admin: 'allowed' },
  },
  'Query.inbox': { kind: 'query', document: 'query { inbox { totalCount edges { node { id } } } }', variables: none, expect: usersOnly },
  'Query.agents': { kind: 'query', document: 'query { agents { id } }', variables: none, expect: usersOnly },
  'Query.workspace': { kind: 'query', document: 'query { workspace { id } }', variables: none, expect: usersOnly },
  'Query.articles': { kind: 'query', document: 'query { articles { totalCount } }', variables: none, expect: usersOnly },
  'Query.article': { kind: 'query', document: 'query ($id: ID!) { article(id: $id) { id } }', variables: (f) => ({ id: f.articleId }), expect: usersOnly },
  'Query.flow': { kind: 'query', document: 'query { flow { version } }', variables: none, expect: usersOnly },
  'Query.flowVersions': { kind: 'query', document: 'query { flowVersions { version } }', variables: none, expect: usersOnly },
  'Query.flowDraft': { kind: 'query', document: 'query { flowDraft { updatedAt } }', variables: none, expect: usersOnly },
  'Query.metrics': {
    kind: 'query',
    document: 'query { metrics(range: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { conversations } }',
    variables: none,
    expect: usersOnly,
  },
  'Query.backtestFlow': {
    kind: 'query',
    document: 'query ($flow: JSON!) { backtestFlow(flow: $flow) { conversations } }',
    variables: () => ({ flow: defaultFlow }),
    expect: adminsOnly,
  },
  'Query.exportConversation': {
    kind: 'query',
    document: 'query ($id: ID!) { exportConversation(id: $id, format: TEXT) }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.startWidgetSession': {
    kind: 'mutation',
    document: 'mutation { startWidgetSession(workspaceKey: "demo") { token } }',
    variables: none,
    expect: anyone,
  },
  'Mutation.sendCustomerMessage': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { sendCustomerMessage(input: { conversationId: $id, text: "still there?", clientMessageId: "matrix" }) { id } }',
    variables: onConversation,
    expect: ownerWidgetOnly,
  },
  'Mutation.triggerAction': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }',
    variables: onConversation,
    expect: ownerWidgetOnly,
  },
  'Mutation.login': {
    kind: 'mutation',
    document: 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }',
    variables: none,
    expect: anyone,
  },
  'Mutation.claimConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { claimConversation(id: $id) { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.releaseConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { releaseConversation(id: $id) { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.resolveConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { resolveConversation(id: $id) { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.reopenConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { reopenConversation(id: $id) { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.transferConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!, $to: ID!) { transferConversation(id: $id, toAgentId: $to) { id } }',
    variables: (f) => ({ id: f.conversationId, to: f.agentId }),
    expect: usersOnly,
  },
  'Mutation.sendAgentMessage': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { sendAgentMessage(conversationId: $id, text: "hello", clientMessageId: "matrix") { id } }',
    variables: onConversation,
    // Signed-in users pass authorization, but the transfer row above gave the conversation to the colleague,
    // and only the assignee replies (test/api/assignee-replies-and-presence.test.ts covers the assignee).
    expect: { ...usersOnly, agent: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  'Mutation.addNote': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { addNote(conversationId: $id, text: "note") { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.tagConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { tagConversation(id: $id, tags: ["billing"]) { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.setPriority': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { setPriority(id: $id, priority: HIGH) { id } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.upsertArticle': {
    kind: 'mutation',
    document: 'mutation { upsertArticle(input: { title: "Matrix", body: "A test article about matrices." }) { id } }',
    variables: none,
    expect: adminsOnly,
  },
  'Mutation.deleteArticle': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { deleteArticle(id: $id) }',
    variables: (f) => ({ id: f.articleId }),
    expect: adminsOnly,
  },
  'Mutation.validateFlow': {
    kind: 'mutation',
    document: 'mutation ($flow: JSON!) { validateFlow(flow: $flow) { ok } }',
    variables: () => ({ flow: defaultFlow }),
    expect: adminsOnly,
  },
  'Mutation.saveFlowDraft': {
    kind: 'mutation',
    document: 'mutation ($flow: JSON!) { saveFlowDraft(flow: $flow) { updatedAt } }',
    variables: () => ({ flow: defaultFlow }),
    expect: adminsOnly,
  },
  'Mutation.publishFlow': {
    kind: 'mutation',
    document: 'mutation ($flow: JSON!) { publishFlow(flow: $flow) { version } }',
    variables: () => ({ flow: defaultFlow }),
    expect: adminsOnly,
  },
  'Mutation.createAgent': {
    kind: 'mutation',
    document: 'mutation ($email: String!) { createAgent(input: { email: $email, name: "New Agent", role: AGENT, password: "long-enough-password" }) { id } }',
    variables: () => ({ email: `new-${Math.random().toString(36).slice(2)}@test.example` }),
    expect: adminsOnly,
  },
  'Mutation.updateWorkspaceSettings': {
    kind: 'mutation',
    document: 'mutation { updateWorkspaceSettings(input: { slaMinutes: 5 }) { id } }',
    variables: none,
    expect: adminsOnly,
  },
  // On the throwaway colleague, deactivated and reactivated in turn, so the demo agent and admin stay signed in.
  'Mutation.updateAgent': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { updateAgent(id: $id, input: { role: AGENT }) { id } }',
    variables: (f) => ({ id: f.agentId }),
    expect: adminsOnly,
  },
  'Query.teams': { kind: 'query', document: 'query { teams { id members { id } } }', variables: none, expect: usersOnly },
  'Mutation.setAvailability': { kind: 'mutation', document: 'mutation { setAvailability(status: AWAY) { id } }', variables: none, expect: usersOnly },
  'Mutation.heartbeat': { kind: 'mutation', document: 'mutation { heartbeat { id availability } }', variables: none, expect: usersOnly },
  'Mutation.reportPresence': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { reportPresence(conversationId: $id, kind: VIEWING) }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Mutation.createTeam': { kind: 'mutation', document: 'mutation { createTeam(name: "Matrix") { id } }', variables: none, expect: adminsOnly },
  'Mutation.renameTeam': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { renameTeam(id: $id, name: "Renamed") { id } }',
    variables: (f) => ({ id: f.teamId }),
    expect: adminsOnly,
  },
  'Mutation.deleteTeam': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { deleteTeam(id: $id) }',
    variables: (f) => ({ id: f.teamId }),
    expect: adminsOnly,
  },
  'Mutation.resetAgentPassword': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { resetAgentPassword(id: $id, password: "another-long-password") { id } }',
    variables: (f) => ({ id: f.agentId }),
    expect: adminsOnly,
  },
  'Mutation.deactivateAgent': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { deactivateAgent(id: $id) { id } }',
    variables: (f) => ({ id: f.agentId }),
    expect: adminsOnly,
  },
  'Mutation.reactivateAgent': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { reactivateAgent(id: $id) { id } }',
    variables: (f) => ({ id: f.agentId }),
    expect: adminsOnly,
  },
  'Subscription.conversationUpdated': {
    kind: 'subscription',
    document: 'subscription ($id: ID!) { conversationUpdated(id: $id) { id } }',
    variables: onConversation,
    expect: { anonymous: 'UNAUTHENTICATED', widget: 'allowed', otherWorkspaceWidget: 'NOT_FOUND', agent: 'allowed', admin: 'allowed' },
  },
  'Subscription.inboxChanged': {
    kind: 'subscription',
    document: 'subscription { inboxChanged { changes conversation { id } } }',
    variables: none,
    expect: usersOnly,
  },
  'Subscription.conversationPresence': {
    kind: 'subscription',
    document: 'subscription ($id: ID!) { conversationPresence(id: $id) { kind agent { name } } }',
    variables: onConversation,
    expect: usersOnly,
    // Another agent opens the conversation (a subscriber never hears its own reports).
    provoke: (url, f) => gql(url, 'mutation ($id: ID!) { reportPresence(conversationId: $id, kind: VIEWING) }', { id: f.conversationId }, f.colleagueToken),
  },
  'Mutation.suggestReply': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { suggestReply(conversationId: $id) { text } }',
    variables: onConversation,
    expect: usersOnly,
  },
  'Query.savedReplies': { kind: 'query', document: 'query { savedReplies { id shortcut } }', variables: none, expect: usersOnly },
  'Mutation.createSavedReply': {
    kind: 'mutation',
    document: 'mutation ($shortcut: String!) { createSavedReply(input: { shortcut: $shortcut, title: "Matrix", text: "Hello {{agent.name}}" }) { id } }',
    variables: () => ({ shortcut: `matrix-${Math.random().toString(36).slice(2, 10)}` }),
    expect: adminsOnly,
  },
  'Mutation.updateSavedReply': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { updateSavedReply(id: $id, input: { shortcut: "matrix-fixture", title: "Fixture", text: "Updated" }) { id } }',
    variables: (f) => ({ id: f.savedReplyId }),
    expect: adminsOnly,
  },
  'Mutation.deleteSavedReply': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { deleteSavedReply(id: $id) }',
    variables: (f) => ({ id: f.savedReplyId }),
    expect: adminsOnly,
  },
  // A made-up link: every caller reaches the check and is told the link is not valid (no denial).
  'Mutation.resumeWidgetSession': {
    kind: 'mutation',
    document: 'mutation { resumeWidgetSession(link: "not-a-link") { conversationId } }',
    variables: none,
    expect: anyone,
  },
  'Mutation.leaveContactEmail': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { leaveContactEmail(conversationId: $id, email: "customer@example.com") { id } }',
    variables: onConversation,
    expect: ownerWidgetOnly,
  },
  'Mutation.reportCustomerPresence': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { reportCustomerPresence(conversationId: $id, kind: VIEWING) }',
    variables: onConversation,
    expect: ownerWidgetOnly,
  },
  'Mutation.rateAnswer': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { rateAnswer(conversationId: $id, entryId: "no-such-entry", helpful: false) { id } }',
    variables: onConversation,
    expect: ownerWidgetOnly,
  },
  'Mutation.rateConversation': {
    kind: 'mutation',
    document: 'mutation ($id: ID!) { rateConversation(conversationId: $id, score: 5) { id } }',
    variables: onConversation,
    expect: ownerWidgetOnly,
  },
  'Subscription.counterpartPresence': {
    kind: 'subscription',
    document: 'subscription ($id: ID!) { counterpartPresence(id: $id) { from kind name } }',
    variables: onConversation,
    expect: { anonymous: 'UNAUTHENTICATED', widget: 'allowed', otherWorkspaceWidget: 'NOT_FOUND', agent: 'allowed', admin: 'allowed' },
    // The customer types (agents hear it) and a colleague types (the customer hears it).
    provoke: (url, f, tokens) =>
      Promise.all([
        gql(url, 'mutation ($id: ID!) { reportCustomerPresence(conversationId: $id, kind: TYPING) }', { id: f.conversationId }, tokens.widget),
        gql(url, 'mutation ($id: ID!) { reportPresence(conversationId: $id, kind: TYPING) }', { id: f.conversationId }, f.colleagueToken),
      ]),
  },
  // Last on purpose: it revokes the agent's and the admin's tokens, which every row above uses.
  'Mutation.logout': { kind: 'mutation', document: 'mutation { logout }', variables: none, expect: usersOnly },
};

describe('authorization', () => {
  let app: TestApp;
  let tokens: Record<Caller, string | undefined>;
  let fixtures: Fixtures;

  before(async () => {
    app = await startTestApp('authz');
    await app.db.workspaces.insertOne({
      _id: 'ws_other',
      key: 'other',
      name: 'Another company',
      publishedFlowVersion: 1,
      knowledgeVersion: 0,
      settings: { widgetOrigins: [], slaMinutes: 5 },
      createdAt: new Date(),
    });
    await app.db.flows.insertOne({ _id: 'ws_other:v1', workspaceId: 'ws_other', version: 1, flow: defaultFlow, publishedAt: new Date(), publishedBy: null });
    const login = async (email: string) =>
      (await gqlOk<{ login: { token: string } }>(app.url, `mutation { login(email: "${email}", password: "baton-demo") { token } }`)).login.token;
    const widget = await widgetToken(app.url);
    const other = (await gqlOk<{ startWidgetSession: { token: string } }>(app.url, 'mutation { startWidgetSession(workspaceKey: "other") { token } }'))
      .startWidgetSession.token;
    tokens = { anonymous: undefined, widget, otherWorkspaceWidget: other, agent: await login('agent@baton.test'), admin: await login('admin@baton.test') };
    const conversation = await sendAndWait(app.url, widget, 'I want to talk to a human', (c) => c.status === 'AWAITING_HUMAN');
    const article = await gqlOk<{ upsertArticle: { id: string } }>(
      app.url,
      'mutation { upsertArticle(input: { title: "To delete", body: "Temporary." }) { id } }',
      {},
      tokens.admin,
    );
    const [colleague] = await createAgents(app.db, app.url, 1, 'colleague');
    const team = await gqlOk<{ createTeam: { id: string } }>(app.url, 'mutation { createTeam(name: "Fixture team") { id } }', {}, tokens.admin);
    const savedReply = await gqlOk<{ createSavedReply: { id: string } }>(
      app.url,
      'mutation { createSavedReply(input: { shortcut: "matrix-fixture", title: "Fixture", text: "Hello" }) { id } }',
      {},
      tokens.admin,
    );
    fixtures = {
      conversationId: conversation.id,
      articleId: article.upsertArticle.id,
      agentId: colleague!.id,
      colleagueToken: colleague!.token,
      teamId: team.createTeam.id,
      savedReplyId: savedReply.createSavedReply.id,
    };
  });
  after(async () => {
    await app.stop();
  });

  test('every query, mutation and subscription of the schema has a row in the matrix', () => {
    const schema = buildSchema(typeDefs);
    const operations = (['Query', 'Mutation', 'Subscription'] as const).flatMap((type) =>
      Object.keys(schema.getType(type) && 'getFields' in schema.getType(type)! ? (schema.getType(type) as { getFields(): object }).getFields() : {}).map(
        (field) => `${type}.${field}`,
      ),
    );
    assert.deepEqual(
      operations.filter((name) => !MATRIX[name]),
      [],
      'operations without an authorization entry',
    );
    assert.deepEqual(
      Object.keys(MATRIX).filter((name) => !operations.includes(name)),
      [],
      'entries for operations that no longer exist',
    );
  });

  for (const [name, operation] of Object.entries(MATRIX)) {
    test(`${name}: ${CALLERS.map((caller) => `${caller} → ${operation.expect[caller]}`).join(', ')}`, async () => {
      for (const caller of CALLERS) {
        const expected = operation.expect[caller];
        const outcome = operation.kind === 'subscription' ? await subscriptionOutcome(operation, caller) : await requestOutcome(operation, caller);
        if (expected === 'allowed')
          assert.ok(!outcome.code || !DENIALS.has(outcome.code), `${caller} should be allowed, got ${outcome.code}: ${outcome.message}`);
        else if (expected === 'null') assert.equal(outcome.empty, true, `${caller} should see nothing (${outcome.code ?? 'data'})`);
        else assert.equal(outcome.code, expected, `${caller}: ${outcome.message ?? 'no error'}`);
      }
    });
  }

  async function requestOutcome(operation: Operation, caller: Caller) {
    const result = await gql(app.url, operation.document, operation.variables(fixtures), tokens[caller]);
    const error = result.errors?.[0];
    const values = result.data ? Object.values(result.data) : [];
    return { code: error?.extensions?.code as string | undefined, message: error?.message, empty: !error && values.every((value) => value === null) };
  }

  /** A denied subscription answers with an error; an allowed one delivers the next change (an admin tags the conversation). */
  async function subscriptionOutcome(operation: Operation, caller: Caller) {
    const subscription = await subscribe(app.url, operation.document, operation.variables(fixtures), tokens[caller]);
    let change: Promise<unknown> = Promise.resolve();
    try {
      const first = subscription.next(() => true, 10_000);
      // Awaited in finally, so no request outlives the test (the server stops after the last one).
      const provoke =
        operation.provoke ??
        ((url: string, f: Fixtures) =>
          gql(url, 'mutation ($id: ID!) { tagConversation(id: $id, tags: ["matrix"]) { id } }', { id: f.conversationId }, tokens.admin));
      change = provoke(app.url, fixtures, tokens).catch(() => undefined);
      await first;
      return { code: undefined, message: undefined, empty: false };
    } catch (error) {
      const match = /"code":"([A-Z_]+)"/.exec((error as Error).message);
      return { code: match?.[1] ?? 'NO_EVENT', message: (error as Error).message, empty: false };
    } finally {
      subscription.close();
      await change;
    }
  }
});
