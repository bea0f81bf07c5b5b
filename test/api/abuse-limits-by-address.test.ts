import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import bcrypt from 'bcryptjs';
import { RATE_LIMITS } from '../../api/limits/rate-limits';
import { createWorkspace } from '../../server/create-workspace';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import type { GraphQLResponse } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const START = 'mutation ($key: String!) { startWidgetSession(workspaceKey: $key) { token } }';
const SEND = 'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }';

/** A GraphQL call as a client behind the one proxy this app trusts: the proxy appended `address` to X-Forwarded-For. */
async function call(app: TestApp, address: string, query: string, variables: Record<string, unknown>, token?: string, spoofed = '') {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': spoofed ? `${spoofed}, ${address}` : address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as GraphQLResponse, retryAfter: response.headers.get('retry-after') };
}

const codeOf = (result: { body: GraphQLResponse }) => result.body.errors?.[0]?.extensions?.code ?? 'OK';
const tally = (codes: string[]) => codes.reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('limits per client address and per workspace', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('abuse_by_address', { trustProxy: 1 });
  });
  after(async () => {
    await app.stop();
  });

  test('30 sign-ins with 30 different emails from one address: past the per-address budget they are RATE_LIMITED, other addresses are not', async () => {
    const codes: string[] = [];
    for (let index = 0; index < 30; index += 1) {
      codes.push(codeOf(await call(app, '203.0.113.10', LOGIN, { email: `spray${index}@example.com`, password: 'Summer2026!' })));
    }
    const budget = RATE_LIMITS.loginFromAddress.points;
    assert.ok(budget < 30);
    assert.deepEqual(tally(codes), { UNAUTHENTICATED: budget, RATE_LIMITED: 30 - budget });
    const other = await call(app, '203.0.113.11', LOGIN, { email: 'agent@baton.test', password: 'baton-demo' });
    assert.equal(codeOf(other), 'OK');
  });

  test('addresses a client writes left of what the trusted proxy appended do not buy a fresh budget', async () => {
    const codes: string[] = [];
    for (let index = 0; index < RATE_LIMITS.loginFromAddress.points + 3; index += 1) {
      codes.push(
        codeOf(await call(app, '203.0.113.20', LOGIN, { email: `spoof${index}@example.com`, password: 'x' }, undefined, `198.51.100.${index}, garbage, ::1`)),
      );
    }
    assert.equal(tally(codes).RATE_LIMITED, 3);
  });

  test('an unknown email and a wrong password get the same answer after the same work', async (t) => {
    const unknown: number[] = [];
    const wrong: number[] = [];
    const answers = new Set<string>();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      for (const [times, email] of [
        [unknown, `nobody${attempt}@example.com`],
        [wrong, 'admin@baton.test'],
      ] as const) {
        const started = performance.now();
        const result = await call(app, `203.0.113.${30 + attempt}`, LOGIN, { email, password: `wrong-${attempt}` });
        times.push(performance.now() - started);
        answers.add(JSON.stringify({ code: codeOf(result), message: result.body.errors?.[0]?.message }));
      }
    }
    assert.deepEqual([...answers], [JSON.stringify({ code: 'UNAUTHENTICATED', message: 'Wrong email or password.' })]);
    t.diagnostic(`median of 5: unknown email ${median(unknown).toFixed(1)} ms, wrong password ${median(wrong).toFixed(1)} ms`);
    // Before, an unknown email skipped bcrypt: 16 ms against 83 ms.
    assert.ok(median(unknown) >= 0.5 * median(wrong), `unknown email ${median(unknown).toFixed(1)} ms, wrong password ${median(wrong).toFixed(1)} ms`);
  });

  test("many failed sign-ins on one workspace's accounts from many addresses pause its sign-ins, with the answer of a wrong password", async () => {
    const created = await createWorkspace(app.db, { key: 'sprayed', name: 'Sprayed Inc.' });
    assert.ok(created.ok);
    const passwordHash = await bcrypt.hash('right-password', 4);
    const users = Array.from({ length: 10 }, (_, index) => ({
      _id: `u_sprayed_${index}`,
      workspaceId: created.workspace.id,
      email: `person${index}@sprayed.example`,
      name: `Person ${index}`,
      role: 'agent' as const,
      passwordHash,
      createdAt: new Date(),
    }));
    await app.db.users.insertMany(users);
    const budget = RATE_LIMITS.failedLoginsInWorkspace.points;
    for (let attempt = 0; attempt <= budget; attempt += 1) {
      const user = users[attempt % users.length]!;
      const result = await call(app, `192.0.2.${attempt % 200}`, LOGIN, { email: user.email, password: `guess-${attempt}` });
      assert.equal(codeOf(result), 'UNAUTHENTICATED');
    }
    const paused = await call(app, '192.0.2.250', LOGIN, { email: users[0]!.email, password: 'right-password' });
    assert.deepEqual({ code: codeOf(paused), message: paused.body.errors?.[0]?.message }, { code: 'UNAUTHENTICATED', message: 'Wrong email or password.' });
    const elsewhere = await call(app, '192.0.2.251', LOGIN, { email: 'agent2@baton.test', password: 'baton-demo' });
    assert.equal(codeOf(elsewhere), 'OK', 'another workspace signs in as usual');
  });

  test('widget sessions from one address: past the budget RATE_LIMITED with retryAfterSeconds and a Retry-After header', async () => {
    const budget = RATE_LIMITS.widgetSessionFromAddress.points;
    const results = [];
    for (let index = 0; index < budget + 2; index += 1) results.push(await call(app, '2001:db8:1:2::10', START, { key: 'demo' }));
    assert.deepEqual(tally(results.map(codeOf)), { OK: budget, RATE_LIMITED: 2 });
    const limited = results.at(-1)!;
    const seconds = limited.body.errors![0]!.extensions!.retryAfterSeconds as number;
    assert.ok(seconds >= 1 && seconds <= 60, `retryAfterSeconds ${seconds}`);
    assert.equal(limited.retryAfter, String(seconds));
    // Another address in the same IPv6 /64 is the same customer line.
    assert.equal(codeOf(await call(app, '2001:db8:1:2:ffff::1', START, { key: 'demo' })), 'RATE_LIMITED');
    assert.equal(codeOf(await call(app, '2001:db8:1:3::10', START, { key: 'demo' })), 'OK');
  });

  test('new conversations from one address are limited; messages in them and retries of a recorded first message are not', async () => {
    const session = await call(app, '198.51.100.200', START, { key: 'demo' });
    const token = (session.body.data as { startWidgetSession: { token: string } }).startWidgetSession.token;
    const address = '198.51.100.201';
    const budget = RATE_LIMITS.newConversationFromAddress.points;
    const first = await call(app, address, SEND, { input: { text: 'How do I reset my password?', clientMessageId: 'new-0' } }, token);
    assert.equal(codeOf(first), 'OK');
    const conversationId = (first.body.data as { sendCustomerMessage: { id: string } }).sendCustomerMessage.id;
    for (let index = 1; index < budget; index += 1) {
      assert.equal(codeOf(await call(app, address, SEND, { input: { text: `Question ${index}`, clientMessageId: `new-${index}` } }, token)), 'OK');
    }
    const over = await call(app, address, SEND, { input: { text: 'One more question', clientMessageId: 'new-over' } }, token);
    assert.equal(codeOf(over), 'RATE_LIMITED');
    assert.ok(over.retryAfter);
    const retry = await call(app, address, SEND, { input: { text: 'How do I reset my password?', clientMessageId: 'new-0' } }, token);
    assert.equal(codeOf(retry), 'OK', 'the retry of a recorded first message lands on its conversation');
    assert.equal((retry.body.data as { sendCustomerMessage: { id: string } }).sendCustomerMessage.id, conversationId);
    const followUp = await call(app, address, SEND, { input: { conversationId, text: 'And my email?', clientMessageId: 'follow-up' } }, token);
    assert.equal(codeOf(followUp), 'OK');
    assert.equal(await app.db.conversations.countDocuments({ workspaceId: DEMO_WORKSPACE.id }), budget);
  });

  test("a workspace's newConversationsPerMinute caps the conversations all its customers start", async () => {
    const created = await createWorkspace(app.db, { key: 'small-desk', name: 'Small Desk' });
    assert.ok(created.ok);
    await app.db.workspaces.updateOne({ _id: created.workspace.id }, { $set: { 'settings.newConversationsPerMinute': 3 } });
    const codes: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      // Five customers, each on an address of their own.
      const session = await call(app, `198.51.100.${10 + index}`, START, { key: 'small-desk' });
      const token = (session.body.data as { startWidgetSession: { token: string } }).startWidgetSession.token;
      codes.push(codeOf(await call(app, `198.51.100.${10 + index}`, SEND, { input: { text: 'Hello?', clientMessageId: 'first' } }, token)));
    }
    assert.deepEqual(codes, ['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    assert.equal(await app.db.conversations.countDocuments({ workspaceId: created.workspace.id }), 3);
  });

  test('admins read and change newConversationsPerMinute through workspace settings', async () => {
    const admin = await call(app, '198.51.100.50', LOGIN, { email: 'admin@baton.test', password: 'baton-demo' });
    const token = (admin.body.data as { login: { token: string } }).login.token;
    const read = await call(app, '198.51.100.50', 'query { workspace { settings { newConversationsPerMinute } } }', {}, token);
    assert.deepEqual(read.body.data, { workspace: { settings: { newConversationsPerMinute: RATE_LIMITS.newConversationInWorkspace.points } } });
    const update = 'mutation ($n: Int) { updateWorkspaceSettings(input: { newConversationsPerMinute: $n }) { settings { newConversationsPerMinute } } }';
    const changed = await call(app, '198.51.100.50', update, { n: 500 }, token);
    assert.deepEqual(changed.body.data, { updateWorkspaceSettings: { settings: { newConversationsPerMinute: 500 } } });
    assert.equal(codeOf(await call(app, '198.51.100.50', update, { n: 0 }, token)), 'BAD_USER_INPUT');
  });
});
