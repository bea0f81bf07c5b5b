import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import bcrypt from 'bcryptjs';
import { CURRENT_USER_CACHE_MS } from '../../api/auth/current-user';
import { startApiApp, type RunningApiApp } from '../../server/api-app';
import { createEventBus, type EventBus } from '../../server/event-bus';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { connectDatabase, type BatonDb } from '../../store/database';
import { gql, gqlOk, subscribe } from '../support/graphql-client';
import { isolatedSettings, testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const CREATE_AGENT =
  'mutation ($email: String!, $role: Role!) { createAgent(input: { email: $email, name: "Throwaway", role: $role, password: "throwaway-password" }) { id } }';
const CREATE_ADMIN_WITH =
  'mutation { createAgent(input: { email: "minted-by-old-token@test.example", name: "Minted", role: ADMIN, password: "long-enough-password" }) { id } }';
const UPDATE_SETTINGS = 'mutation { updateWorkspaceSettings(input: { slaMinutes: 7 }) { id } }';
const AGENTS = 'query { agents { id } }';
const INBOX_CHANGED = 'subscription { inboxChanged { changes } }';
const NEUTRAL_EMAIL_ANSWER = 'That email cannot be used for a new account; ask the person to sign in, or use another email.';

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('tokens follow the account they were issued for', () => {
  let db: BatonDb;
  let bus: EventBus;
  // Two API instances on one database and one event bus, as two processes behind a load balancer would be.
  let apis: RunningApiApp[];
  let first: string;
  let second: string;
  let adminToken: string;
  let accounts = 0;

  const login = async (url: string, email: string, password = 'throwaway-password') =>
    (
      await gqlOk<{ login: { token: string } }>(url, 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
        email,
        password,
      })
    ).login.token;

  /** A fresh account in the demo workspace, signed in on the given instance: the demo accounts stay untouched. */
  const throwaway = async (role: 'AGENT' | 'ADMIN', signInOn = first) => {
    const email = `throwaway-${++accounts}-${Date.now()}@test.example`;
    const { createAgent } = await gqlOk<{ createAgent: { id: string } }>(first, CREATE_AGENT, { email, role }, adminToken);
    return { id: createAgent.id, email, token: await login(signInOn, email) };
  };

  let soloWorkspace: Promise<void> | undefined;
  /** Another workspace with a single admin, signed in. */
  const soloAdmin = async () => {
    soloWorkspace ??= (async () => {
      await db.workspaces.insertOne({
        _id: 'ws_solo',
        key: 'solo',
        name: 'Solo company',
        publishedFlowVersion: 1,
        knowledgeVersion: 0,
        settings: { widgetOrigins: [], slaMinutes: 5 },
        createdAt: new Date(),
      });
      await db.users.insertOne({
        _id: 'u_solo_admin',
        workspaceId: 'ws_solo',
        email: 'solo@test.example',
        name: 'Solo Admin',
        role: 'admin',
        passwordHash: await bcrypt.hash('solo-password', 4),
        createdAt: new Date(),
      });
    })();
    await soloWorkspace;
    return login(first, 'solo@test.example', 'solo-password');
  };

  before(async () => {
    const settings = isolatedSettings('revocation');
    db = await connectDatabase(settings.mongo.uri!, settings.mongo.database);
    await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });
    bus = await createEventBus(undefined);
    apis = [];
    for (const _ of [1, 2]) apis.push(await startApiApp(settings, { db, temporalAddress: testServers().temporalAddress, events: bus }));
    [first, second] = apis.map((api) => `${api.api.url}/graphql`) as [string, string];
    adminToken = await login(first, 'admin@baton.test', settings.demoPassword);
  });
  after(async () => {
    for (const api of apis) await api.stop();
    await bus.close();
    await db.db.dropDatabase().catch(() => undefined);
    await db.close();
  });

  test("a deactivated admin's token can no longer create admins or change settings, and the account cannot sign in", async () => {
    const admin = await throwaway('ADMIN');
    assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, admin.token)), undefined, 'the new admin works before');

    const { deactivateAgent } = await gqlOk<{ deactivateAgent: { active: boolean } }>(
      first,
      'mutation ($id: ID!) { deactivateAgent(id: $id) { active } }',
      { id: admin.id },
      adminToken,
    );
    assert.equal(deactivateAgent.active, false);

    assert.equal(codeOf(await gql(first, CREATE_ADMIN_WITH, {}, admin.token)), 'UNAUTHENTICATED');
    assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, admin.token)), 'UNAUTHENTICATED');
    const again = await gql(first, 'mutation ($email: String!) { login(email: $email, password: "throwaway-password") { token } }', { email: admin.email });
    assert.equal(codeOf(again), 'UNAUTHENTICATED');
    assert.equal(again.errors?.[0]?.message, 'Wrong email or password.');

    await gqlOk(first, 'mutation ($id: ID!) { reactivateAgent(id: $id) { id } }', { id: admin.id }, adminToken);
    assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, admin.token)), 'UNAUTHENTICATED', 'reactivation does not bring old tokens back');
    assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, await login(first, admin.email))), undefined, 'a reactivated account signs in again');
  });

  test("a deleted admin's token and open subscription stop working within the cache bound", async () => {
    const admin = await throwaway('ADMIN');
    assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, admin.token)), undefined);
    const inbox = await subscribe(second, INBOX_CHANGED, {}, admin.token);
    try {
      const ended = inbox
        .next(() => true, 2 * CURRENT_USER_CACHE_MS + 5_000)
        .then(
          () => 'event',
          (error: Error) => error.message,
        );
      // Straight in the database, as an operator would: no event announces it, so only the cache bound applies.
      await db.users.deleteOne({ _id: admin.id });
      await waitUntil(
        async () => codeOf(await gql(first, CREATE_ADMIN_WITH, {}, admin.token)) === 'UNAUTHENTICATED',
        'the deleted admin to be refused',
        CURRENT_USER_CACHE_MS + 5_000,
      );
      assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, admin.token)), 'UNAUTHENTICATED');
      assert.match(await ended, /"code":"UNAUTHENTICATED"/, 'the open subscription ends at the next re-check');
    } finally {
      inbox.close();
    }
  });

  test('demoting an admin takes effect on the token they already hold', async () => {
    const admin = await throwaway('ADMIN');
    await gqlOk(first, 'mutation ($id: ID!) { updateAgent(id: $id, input: { role: AGENT, name: "Demoted" }) { id } }', { id: admin.id }, adminToken);
    assert.equal(codeOf(await gql(first, UPDATE_SETTINGS, {}, admin.token)), 'FORBIDDEN');
    assert.equal(codeOf(await gql(first, CREATE_ADMIN_WITH, {}, admin.token)), 'FORBIDDEN');
    const { me } = await gqlOk<{ me: { role: string; name: string } }>(first, 'query { me { role name } }', {}, admin.token);
    assert.deepEqual(me, { role: 'AGENT', name: 'Demoted' });
  });

  test("logout revokes the caller's token and ends its subscriptions, leaving the account's other sessions signed in", async () => {
    const agent = await throwaway('AGENT');
    const otherDevice = await login(second, agent.email);
    const inbox = await subscribe(second, INBOX_CHANGED, {}, agent.token);
    try {
      const ended = inbox
        .next(() => true, 10_000)
        .then(
          () => 'event',
          (error: Error) => error.message,
        );
      assert.deepEqual(await gqlOk(first, 'mutation { logout }', {}, agent.token), { logout: true });
      assert.equal(codeOf(await gql(first, AGENTS, {}, agent.token)), 'UNAUTHENTICATED');
      assert.equal(codeOf(await gql(second, AGENTS, {}, agent.token)), 'UNAUTHENTICATED');
      assert.equal(codeOf(await gql(second, AGENTS, {}, otherDevice)), undefined, 'the other session still works');
      assert.match(await ended, /"code":"UNAUTHENTICATED"/);
    } finally {
      inbox.close();
    }
  });

  test('a password reset revokes every token of the account', async () => {
    // Signed in on the second instance: sign-ins are limited per address and per instance, and the first has most.
    const agent = await throwaway('AGENT', second);
    await gqlOk(first, 'mutation ($id: ID!) { resetAgentPassword(id: $id, password: "a-brand-new-password") { id } }', { id: agent.id }, adminToken);
    assert.equal(codeOf(await gql(second, AGENTS, {}, agent.token)), 'UNAUTHENTICATED');
    assert.equal(
      codeOf(await gql(second, 'mutation ($email: String!) { login(email: $email, password: "throwaway-password") { token } }', { email: agent.email })),
      'UNAUTHENTICATED',
    );
    assert.equal(codeOf(await gql(second, AGENTS, {}, await login(second, agent.email, 'a-brand-new-password'))), undefined);
  });

  test("a deactivated agent's open inbox subscription ends on every instance", async () => {
    const agent = await throwaway('AGENT');
    const here = await subscribe(first, INBOX_CHANGED, {}, agent.token);
    const there = await subscribe(second, INBOX_CHANGED, {}, agent.token);
    try {
      const outcome = (subscription: typeof here) =>
        subscription
          .next(() => true, 10_000)
          .then(
            () => 'event',
            (error: Error) => error.message,
          );
      const endings = [outcome(here), outcome(there)];
      await gqlOk(first, 'mutation ($id: ID!) { deactivateAgent(id: $id) { id } }', { id: agent.id }, adminToken);
      for (const ending of await Promise.all(endings)) assert.match(ending, /"code":"UNAUTHENTICATED"/);
    } finally {
      here.close();
      there.close();
    }
  });

  test('a change made through one API instance reaches the tokens used on another at once, well inside the cache bound', async () => {
    const admin = await throwaway('ADMIN', second);
    // The second instance has read (and cached) the account before the change.
    assert.equal(codeOf(await gql(second, UPDATE_SETTINGS, {}, admin.token)), undefined);
    await gqlOk(first, 'mutation ($id: ID!) { updateAgent(id: $id, input: { role: AGENT }) { id } }', { id: admin.id }, adminToken);
    await waitUntil(
      async () => codeOf(await gql(second, UPDATE_SETTINGS, {}, admin.token)) === 'FORBIDDEN',
      'the demotion to reach the second instance',
      3_000,
    );
    await gqlOk(first, 'mutation ($id: ID!) { deactivateAgent(id: $id) { id } }', { id: admin.id }, adminToken);
    await waitUntil(
      async () => codeOf(await gql(second, AGENTS, {}, admin.token)) === 'UNAUTHENTICATED',
      'the deactivation to reach the second instance',
      3_000,
    );
  });

  test('the last active admin of a workspace cannot deactivate or demote themselves, and other workspaces’ accounts are not found', async () => {
    const solo = await soloAdmin();

    const deactivate = await gql(first, 'mutation { deactivateAgent(id: "u_solo_admin") { id } }', {}, solo);
    assert.equal(codeOf(deactivate), 'CONFLICT');
    assert.match(deactivate.errors![0]!.message, /last active admin/);
    assert.equal(codeOf(await gql(first, 'mutation { updateAgent(id: "u_solo_admin", input: { role: AGENT }) { id } }', {}, solo)), 'CONFLICT');
    assert.equal(codeOf(await gql(first, AGENTS, {}, solo)), undefined, 'the refused change left the admin signed in');

    for (const mutation of [
      'deactivateAgent(id: "u_solo_admin") { id }',
      'resetAgentPassword(id: "u_solo_admin", password: "taken-over-password") { id }',
      'updateAgent(id: "u_solo_admin", input: { name: "Mine" }) { id }',
    ]) {
      assert.equal(codeOf(await gql(first, `mutation { ${mutation} }`, {}, adminToken)), 'NOT_FOUND', mutation);
    }
  });

  test('createAgent answers the same neutral sentence whether the email belongs to this workspace or another', async () => {
    const solo = await soloAdmin();
    const otherWorkspaces = await gql(first, CREATE_AGENT, { email: 'agent@baton.test', role: 'AGENT' }, solo);
    const ownWorkspace = await gql(first, CREATE_AGENT, { email: 'agent@baton.test', role: 'AGENT' }, adminToken);
    for (const result of [otherWorkspaces, ownWorkspace]) {
      assert.equal(codeOf(result), 'CONFLICT');
      assert.equal(result.errors?.[0]?.message, NEUTRAL_EMAIL_ANSWER);
    }
  });
});
