import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import bcrypt from 'bcryptjs';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../api/schema/type-defs';
import type { WorkspaceDoc } from '../../store/documents';
import { defaultFlow, FlowSchema, validateFlow } from '../../machines';
import { createAgents, widgetToken } from '../support/demo-actors';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { sendOperation, sendSubscription, type FuzzResponse } from './support/fuzz-client';
import { hostileFlow } from './support/hostile-flows';
import { fieldBudget, OperationGenerator, type FuzzOperation, type FuzzPools, type RootKind } from './support/random-operations';
import { fuzzSeed, seededRandom, type Random } from './support/seeded-random';

/** Sizes of one run; BATON_FUZZ_REQUESTS scales it for a longer local soak. */
const REQUESTS = Number(process.env.BATON_FUZZ_REQUESTS ?? 1500);
const SUBSCRIPTIONS = 30;
const BATCH = 100;
const CONCURRENCY = 8;

/**
 * Operations that start or update a workflow, hash a password or index an article cost far more
 * than a read; each gets a budget per run so the run stays short on a small machine.
 */
const COSTLY = {
  'Mutation.sendCustomerMessage': 25,
  'Mutation.triggerAction': 15,
  'Mutation.login': 20,
  'Mutation.createAgent': 6,
  'Mutation.upsertArticle': 8,
  'Mutation.deleteArticle': 8,
  'Mutation.publishFlow': 15,
  'Mutation.startWidgetSession': 20,
  'Query.backtestFlow': 20,
  'Query.exportConversation': 20,
};
const CHEAP_MUTATIONS = [
  'Mutation.validateFlow',
  'Mutation.saveFlowDraft',
  'Mutation.tagConversation',
  'Mutation.setPriority',
  'Mutation.updateWorkspaceSettings',
];
/** Mutations that are not listed either way (workflow updates, and any added later) get this budget each. */
const OTHER_MUTATION_BUDGET = 15;

/** Operations of the customer's widget; every other one is for agents and admins (or anyone). */
const CUSTOMER_OPERATIONS = new Set([
  'Mutation.sendCustomerMessage',
  'Mutation.triggerAction',
  'Mutation.startWidgetSession',
  'Query.conversation',
  'Subscription.conversationUpdated',
]);

/** Operations only agents and admins may run (and, of those, only admins), as the authorization matrix has them. */
const ADMIN_ONLY = new Set(
  [
    'backtestFlow',
    'upsertArticle',
    'deleteArticle',
    'validateFlow',
    'saveFlowDraft',
    'publishFlow',
    'createAgent',
    'updateWorkspaceSettings',
    'deactivateAgent',
    'reactivateAgent',
    'updateAgent',
    'resetAgentPassword',
  ].flatMap((name) => [`Query.${name}`, `Mutation.${name}`]),
);
const USERS_ONLY = new Set([
  ...ADMIN_ONLY,
  ...['inbox', 'agents', 'workspace', 'articles', 'article', 'flow', 'flowVersions', 'flowDraft', 'metrics', 'exportConversation'].map(
    (name) => `Query.${name}`,
  ),
  ...[
    'claimConversation',
    'releaseConversation',
    'resolveConversation',
    'reopenConversation',
    'transferConversation',
    'sendAgentMessage',
    'addNote',
    'tagConversation',
    'setPriority',
  ].map((name) => `Mutation.${name}`),
  'Subscription.inboxChanged',
]);

/** Operations that end the caller's own session: fuzzed with tokens that are not the run's agents' and admins'. */
const ENDS_OWN_SESSION = new Set(['Mutation.logout']);

type Role = 'anonymous' | 'widget' | 'otherWorkspaceWidget' | 'agent' | 'admin';
const ROLES: Role[] = ['anonymous', 'widget', 'otherWorkspaceWidget', 'agent', 'admin'];

type Finding = { count: number; example: string };

/**
 * Findings whose fix belongs to code outside this suite and has not landed yet. The run prints
 * them with their count instead of failing on them; delete an entry once its fix is in.
 */
const AWAITING_FIX: { owner: string; matches(problem: string, operation: FuzzOperation): boolean }[] = [];

/** True when some root field of the answer (or of an SSE event in it) holds a value. */
function answeredWithData(body: string): boolean {
  const results = body.trimStart().startsWith('{')
    ? [body]
    : body
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5));
  return results.some((text) => {
    try {
      const { data } = JSON.parse(text) as { data?: Record<string, unknown> | null };
      return !!data && Object.entries(data).some(([key, value]) => key !== '__typename' && value !== null);
    } catch {
      return false;
    }
  });
}

describe('GraphQL fuzz: random operations from the schema, for every role', () => {
  const seed = fuzzSeed();
  const random = seededRandom(seed);
  let app: TestApp;
  let tokens: Record<Exclude<Role, 'anonymous'>, string[]>;
  let probeToken: string;
  let generator: OperationGenerator;
  /** The demo workspace's settings before the fuzz, put back after each batch. */
  let demoSettings: WorkspaceDoc['settings'];
  /** Text that must never reach certain callers: another workspace's, another customer's, an internal note. */
  const secrets = {
    otherWorkspace: `zq-otherws-${seed.toString(36)}`,
    otherCustomer: `zq-othercust-${seed.toString(36)}`,
    note: `zq-note-${seed.toString(36)}`,
  };
  const findings = new Map<string, Finding>();
  const leaks: string[] = [];
  /** How answers were spread (status and codes), to see that most requests reach real handlers. */
  const outcomes = new Map<string, number>();
  const awaitingFix = new Map<string, number>();
  let sent = 0;
  let subscriptionsSent = 0;
  const started = Date.now();

  before(async () => {
    console.log(`graphql fuzz seed ${seed} (reproduce with BATON_FUZZ_SEED=${seed})`);
    app = await startTestApp('graphql-fuzz');
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
    await app.db.users.insertOne({
      _id: 'u_other_admin',
      workspaceId: 'ws_other',
      email: 'admin@other.example',
      name: 'Other Admin',
      role: 'admin',
      passwordHash: await bcrypt.hash('other-password', 4),
      createdAt: new Date(),
    });

    const login = async (email: string, password = 'baton-demo') =>
      (
        await gqlOk<{ login: { token: string } }>(app.url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
          e: email,
          p: password,
        })
      ).login.token;
    const otherWidget = async () =>
      (await gqlOk<{ startWidgetSession: { token: string } }>(app.url, 'mutation { startWidgetSession(workspaceKey: "other") { token } }')).startWidgetSession
        .token;
    const send = async (token: string, text: string) =>
      (
        await gqlOk<{ sendCustomerMessage: { id: string } }>(
          app.url,
          'mutation ($i: SendCustomerMessageInput!) { sendCustomerMessage(input: $i) { id } }',
          { i: { text, clientMessageId: `fuzz-setup-${text}` } },
          token,
        )
      ).sendCustomerMessage.id;

    const widgets = [await widgetToken(app.url), await widgetToken(app.url), await widgetToken(app.url)];
    tokens = {
      widget: widgets,
      otherWorkspaceWidget: [await otherWidget()],
      agent: [await login('agent@baton.test'), await login('agent2@baton.test')],
      admin: [await login('admin@baton.test')],
    };
    probeToken = await login('admin@baton.test');
    const ownConversations = await Promise.all(widgets.map((token, index) => send(token, `Hello, I need help with order ${index}`)));
    // Secrets live in conversations no fuzzed caller owns; the note is on a fuzzed widget's own conversation.
    const otherCustomerConversation = await send(await widgetToken(app.url), `My account number is ${secrets.otherCustomer}`);
    const otherWorkspaceConversation = await send(await otherWidget(), `Our secret is ${secrets.otherWorkspace}`);
    await gqlOk(
      app.url,
      'mutation ($id: ID!, $t: String!) { addNote(conversationId: $id, text: $t) { id } }',
      { id: ownConversations[0], t: `Internal: ${secrets.note}` },
      tokens.agent[0],
    );
    await gqlOk(
      app.url,
      'mutation ($id: ID!, $t: [String!]!) { tagConversation(id: $id, tags: $t) { id } }',
      { id: otherCustomerConversation, t: [secrets.otherCustomer] },
      tokens.admin[0],
    );
    await app.db.conversations.updateOne({ _id: otherWorkspaceConversation }, { $set: { tags: [secrets.otherWorkspace] } });

    demoSettings = (await app.db.workspaces.findOne({ _id: 'ws_demo' }))!.settings;
    const colleagues = await createAgents(app.db, app.url, 2, 'fuzzmate');
    const articles = await gqlOk<{ articles: { edges: { node: { id: string } }[] } }>(
      app.url,
      'query { articles(first: 5) { edges { node { id } } } }',
      {},
      probeToken,
    );
    const pools: FuzzPools = {
      ids: [
        ...ownConversations,
        otherCustomerConversation,
        otherWorkspaceConversation,
        ...articles.articles.edges.map((edge) => edge.node.id),
        ...colleagues.map((colleague) => colleague.id),
        'u_other_admin',
        'ws_demo',
        'ws_other',
        'c_missing',
        'a_missing',
      ],
      workspaceKeys: ['demo', 'other', 'missing', 'DEMO', 'demo '],
      emails: ['agent@baton.test', 'admin@baton.test', 'admin@other.example', 'nobody@test.example', 'ADMIN@BATON.TEST'],
      flow: (r: Random) => hostileFlow(r, defaultFlow),
    };
    generator = new OperationGenerator(buildSchema(typeDefs), random, pools, fieldBudget(COSTLY, OTHER_MUTATION_BUDGET, CHEAP_MUTATIONS));
  });

  after(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `graphql fuzz outcomes: ${[...outcomes.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([key, count]) => `${key} ×${count}`)
        .join(', ')}`,
    );
    console.log(`graphql fuzz: ${sent} requests and ${subscriptionsSent} subscriptions in ${seconds} s, seed ${seed}, ${findings.size} kinds of finding`);
    await app?.stop();
  });

  /** Records what is wrong with one answer, grouped by operation and kind of problem. */
  function record(role: Role, operation: FuzzOperation, response: FuzzResponse) {
    const codes = [...response.body.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]);
    const outcome = `HTTP ${response.status} ${codes.length ? [...new Set(codes)].sort().join('+') : 'data'}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    for (const { problem, detail } of response.problems) {
      const awaiting = AWAITING_FIX.find((entry) => entry.matches(problem, operation));
      if (awaiting) {
        awaitingFix.set(awaiting.owner, (awaitingFix.get(awaiting.owner) ?? 0) + 1);
        continue;
      }
      // A wrong code is usually one place for every operation; other problems are per operation.
      const key = problem.startsWith('error code') ? problem : `${operation.field} | ${problem}`;
      const finding = findings.get(key) ?? { count: 0, example: '' };
      finding.count += 1;
      if (!finding.example)
        finding.example = `${role}: ${operation.document.slice(0, 600)}\n    variables ${JSON.stringify(operation.variables)?.slice(0, 400)}\n    → HTTP ${response.status}: ${detail}`;
      findings.set(key, finding);
    }
    const deniedTo = role === 'agent' ? ADMIN_ONLY : role === 'admin' ? new Set<string>() : USERS_ONLY;
    if (operation.rootFields.length > 0 && operation.rootFields.every((field) => deniedTo.has(field)) && answeredWithData(response.body)) {
      leaks.push(`${role} ran ${operation.rootFields.join(', ')}: ${operation.document.slice(0, 300)} → ${response.body.slice(0, 200)}`);
    }
    const forbiddenSecrets = [secrets.otherWorkspace, ...(role === 'widget' || role === 'otherWorkspaceWidget' ? [secrets.otherCustomer, secrets.note] : [])];
    for (const secret of forbiddenSecrets) {
      if (response.body.includes(secret))
        leaks.push(`${role} read "${secret}" with ${operation.document.slice(0, 300)} ${JSON.stringify(operation.variables)?.slice(0, 200)}`);
    }
  }

  /** Half the time anyone; else a caller who may run the operation, so most requests get past authorization to the handler. */
  const roleFor = (operation: FuzzOperation): Role => {
    // Signing out the fuzzed agents and admins would leave the rest of the run unauthenticated.
    if (ENDS_OWN_SESSION.has(operation.field)) return random.pick(['anonymous', 'widget', 'otherWorkspaceWidget']);
    if (random.chance(0.5)) return random.pick(ROLES);
    if (CUSTOMER_OPERATIONS.has(operation.field)) return random.pick(['widget', 'widget', 'otherWorkspaceWidget']);
    return random.pick(['agent', 'admin']);
  };

  const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : random.pick(tokens[role]));

  async function probe(): Promise<void> {
    const result = await gql<{ me: { id: string } | null }>(app.url, 'query { me { id } }', {}, probeToken);
    assert.equal(result.data?.me?.id, 'u_demo_admin', `the server stopped answering a known-good query after ${sent} requests: ${JSON.stringify(result)}`);
  }

  /** Signs fuzzed agents and admins in again when the fuzz itself revoked their tokens (logout, deactivation). */
  async function renewRevokedTokens() {
    for (const [role, emails] of [
      ['agent', ['agent@baton.test', 'agent2@baton.test']],
      ['admin', ['admin@baton.test']],
    ] as const) {
      for (const [index, token] of tokens[role].entries()) {
        const me = await gql<{ me: { id: string } | null }>(app.url, 'query { me { id } }', {}, token);
        if (me.data?.me) continue;
        const fresh = await gql<{ login: { token: string } }>(app.url, 'mutation ($e: String!) { login(email: $e, password: "baton-demo") { token } }', {
          e: emails[index],
        });
        if (fresh.data?.login) tokens[role][index] = fresh.data.login.token;
        else console.log(`graphql fuzz: could not sign ${emails[index]} in again: ${JSON.stringify(fresh.errors)}`);
      }
    }
  }

  /** The live heap after a full collection, so caches that have filled up and garbage are told apart from a leak. */
  const heapMb = () => {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };

  test(`${REQUESTS} random queries and mutations and ${SUBSCRIPTIONS} subscriptions get coded errors, leak nothing and leave the server serving`, async () => {
    let heapAfterWarmup = 0;
    let heapHalfway = 0;
    let heapPeak = 0;
    const slowest: { ms: number; what: string }[] = [];
    // The server runs in this process: one request that computes for seconds stalls every other one.
    const loopDelay = monitorEventLoopDelay({ resolution: 20 });
    for (let batchStart = 0; batchStart < REQUESTS; batchStart += BATCH) {
      // Documents, callers and tokens are all drawn before sending, so a seed replays the same requests.
      const batch: { role: Role; token: string | undefined; operation: FuzzOperation }[] = [];
      for (let index = 0; index < Math.min(BATCH, REQUESTS - batchStart); index++) {
        const kind: RootKind = random.chance(0.7) ? 'query' : 'mutation';
        const operation = generator.operation(kind) ?? generator.operation('query');
        const role = operation && roleFor(operation);
        if (operation && role) batch.push({ role, token: tokenOf(role), operation });
      }
      let next = 0;
      loopDelay.enable(); // only while requests run: the full collections between batches pause the loop too
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < batch.length) {
            const { role, token, operation } = batch[next++]!;
            const requestStarted = Date.now();
            const response = await sendOperation(app.url, operation, token);
            slowest.push({ ms: Date.now() - requestStarted, what: `${role} ${operation.field}` });
            slowest.sort((a, b) => b.ms - a.ms).splice(5);
            record(role, operation, response);
            sent += 1;
          }
        }),
      );
      loopDelay.disable();
      await probe();
      await renewRevokedTokens();
      // The fuzzed admin may set a ceiling of one new conversation a minute, or close the widget's origins:
      // legitimate, but the rest of the run should still reach the handlers.
      await app.db.workspaces.updateOne({ _id: 'ws_demo' }, { $set: { settings: demoSettings } });
      const heap = heapMb();
      if (batchStart === 0) heapAfterWarmup = heap;
      if (batchStart + BATCH >= REQUESTS / 2 && !heapHalfway) heapHalfway = heap;
      heapPeak = Math.max(heapPeak, heap);
    }
    const subscriptions = Array.from({ length: SUBSCRIPTIONS }, () => ({ role: random.pick(ROLES), operation: generator.operation('subscription') }));
    await Promise.all(
      subscriptions.map(async ({ role, operation }) => {
        if (!operation) return;
        record(role, operation, await sendSubscription(app.url, operation, tokenOf(role), 500));
        subscriptionsSent += 1;
      }),
    );
    await probe();
    const heapEnd = heapMb();
    console.log(
      `graphql fuzz heap: ${heapAfterWarmup.toFixed(0)} MB after the first batch, ${heapHalfway.toFixed(0)} MB halfway, ${heapPeak.toFixed(0)} MB at most, ${heapEnd.toFixed(0)} MB at the end`,
    );
    const stalledMs = loopDelay.max / 1e6;
    console.log(`graphql fuzz event loop: longest stall ${stalledMs.toFixed(0)} ms, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms`);
    console.log(`graphql fuzz slowest: ${slowest.map(({ ms, what }) => `${what} ${ms} ms`).join(', ')}`);

    for (const [owner, count] of awaitingFix) console.log(`graphql fuzz: known finding awaiting its fix (×${count}): ${owner}`);
    const report = [...findings.entries()].map(([key, { count, example }]) => `${key} (×${count})\n    ${example}`);
    assert.deepEqual(report, [], `seed ${seed}: ${report.length} kinds of wrong answer:\n${report.join('\n')}`);
    assert.deepEqual(leaks.slice(0, 10), [], `seed ${seed}: callers read or ran what is not theirs`);
    assert.ok(stalledMs < 5000, `the event loop stalled for ${stalledMs.toFixed(0)} ms: some request computes for seconds (see the slowest above)`);
    assert.ok(heapEnd - heapAfterWarmup < 150, `the heap grew from ${heapAfterWarmup.toFixed(0)} MB to ${heapEnd.toFixed(0)} MB during the fuzz`);
  });

  test('after the fuzz the published flow is still valid and a new customer is answered on it', async () => {
    await app.db.workspaces.updateOne({ _id: 'ws_demo' }, { $set: { settings: demoSettings } });
    const { flow } = await gqlOk<{ flow: { version: number; flow: unknown } }>(app.url, 'query { flow { version flow } }', {}, probeToken);
    const verdict = validateFlow(flow.flow);
    assert.ok(verdict.ok, `published flow v${flow.version} is invalid: ${JSON.stringify(verdict.issues)}`);
    assert.doesNotThrow(() => FlowSchema.parse(flow.flow));
    const customer = await widgetToken(app.url);
    const started = await gqlOk<{ sendCustomerMessage: { id: string; flowVersion: number; timeline: { kind: string; text: string }[] } }>(
      app.url,
      'mutation ($i: SendCustomerMessageInput!) { sendCustomerMessage(input: $i) { id flowVersion timeline { kind text } } }',
      { i: { text: 'Hello after the fuzz', clientMessageId: 'after-fuzz' } },
      customer,
    );
    assert.equal(started.sendCustomerMessage.flowVersion, flow.version);
    assert.ok(started.sendCustomerMessage.timeline.some((entry) => entry.kind === 'CUSTOMER' && entry.text === 'Hello after the fuzz'));
  });
});
