import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createWorkspace } from '../../server/create-workspace';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import type { GraphQLResponse } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const START = 'mutation ($key: String!) { startWidgetSession(workspaceKey: $key) { token } }';
const SEND = 'mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }';
const LOGIN = 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }';

const EVIL = 'https://evil.example';
const B_SITE = 'https://b.example';

/**
 * Workspace A (the demo) allows any origin ('*'); workspace B allows only https://b.example.
 * A browser decides on the preflight (which carries the URL, not the body or the token) and
 * then on the actual answer's Access-Control-Allow-Origin.
 */
describe('widget origins are checked against the workspace a request is for', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('widget_origins');
    const created = await createWorkspace(app.db, { key: 'b-desk', name: 'B Desk', widgetOrigins: [B_SITE] });
    assert.ok(created.ok);
    const demo = await app.db.workspaces.findOne({ _id: DEMO_WORKSPACE.id });
    assert.deepEqual(demo?.settings.widgetOrigins, ['*']);
  });
  after(async () => {
    await app.stop();
  });

  const endpoint = (workspace?: string) => (workspace ? `${app.url}?workspace=${encodeURIComponent(workspace)}` : app.url);

  async function preflight(origin: string, workspace?: string) {
    const response = await fetch(endpoint(workspace), {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    await response.arrayBuffer();
    return response.headers.get('access-control-allow-origin');
  }

  async function post(origin: string, workspace: string | undefined, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const response = await fetch(endpoint(workspace), {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { allowOrigin: response.headers.get('access-control-allow-origin'), body: (await response.json()) as GraphQLResponse<any> };
  }

  test('a preflight from https://evil.example for workspace B is refused; for workspace A (any origin) it is allowed', async () => {
    assert.equal(await preflight(EVIL, 'b-desk'), null);
    assert.equal(await preflight(EVIL, 'demo'), EVIL);
    assert.equal(await preflight(B_SITE, 'b-desk'), B_SITE);
    assert.equal(await preflight(EVIL, 'no-such-workspace'), null);
    // Without a workspace the request is for none, whatever other workspaces allow.
    assert.equal(await preflight(EVIL), null);
  });

  test("https://evil.example cannot read B's session, nor get one through A's URL; A's widget works from it", async () => {
    assert.equal((await post(EVIL, 'b-desk', START, { key: 'b-desk' })).allowOrigin, null);
    const smuggled = await post(EVIL, 'demo', START, { key: 'b-desk' });
    assert.equal(smuggled.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const own = await post(EVIL, 'demo', START, { key: 'demo' });
    assert.equal(own.allowOrigin, EVIL);
    assert.ok(own.body.data?.startWidgetSession.token);
    const sent = await post(
      EVIL,
      'demo',
      SEND,
      { input: { text: 'Hello from a page A allows', clientMessageId: 'a-1' } },
      own.body.data.startWidgetSession.token,
    );
    assert.equal(sent.allowOrigin, EVIL);
    assert.ok(sent.body.data?.sendCustomerMessage.id);
  });

  test("a B widget token is not readable from https://evil.example through A's URL, and works from B's own site", async () => {
    const session = await post(B_SITE, 'b-desk', START, { key: 'b-desk' });
    assert.equal(session.allowOrigin, B_SITE);
    const token = session.body.data.startWidgetSession.token as string;
    const fromEvil = await post(EVIL, 'demo', SEND, { input: { text: 'Hi', clientMessageId: 'b-evil' } }, token);
    assert.equal(fromEvil.allowOrigin, null);
    const fromB = await post(B_SITE, 'b-desk', SEND, { input: { text: 'Hi', clientMessageId: 'b-own' } }, token);
    assert.equal(fromB.allowOrigin, B_SITE);
    assert.ok(fromB.body.data?.sendCustomerMessage.id);
  });

  test('an agent cannot sign in or work from a widget origin', async () => {
    const login = await post(EVIL, 'demo', LOGIN);
    assert.equal(login.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const agent = await post(app.url.replace(/\/graphql$/, ''), undefined, LOGIN);
    const token = agent.body.data.login.token as string;
    assert.equal((await post(EVIL, 'demo', 'query { me { id } }', {}, token)).allowOrigin, null);
  });

  test('an expired or forged widget token is answered readably, so the widget can start over', async () => {
    const forged = await post(EVIL, 'demo', SEND, { input: { text: 'Hi', clientMessageId: 'forged' } }, 'not-a-token');
    assert.equal(forged.allowOrigin, EVIL);
    assert.equal(forged.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });
});
