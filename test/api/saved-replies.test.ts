import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { widgetToken } from '../support/demo-actors';
import { gql, gqlOk, type GraphQLResponse } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

type SavedReply = { id: string; shortcut: string; title: string; text: string; updatedAt: string };
const FIELDS = 'id shortcut title text updatedAt';
const CREATE = `mutation ($input: SavedReplyInput!) { createSavedReply(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: SavedReplyInput!) { updateSavedReply(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteSavedReply(id: $id) }';
const LIST = `query ($search: String) { savedReplies(search: $search) { ${FIELDS} } }`;

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

describe('saved replies', () => {
  let app: TestApp;
  let admin: string;
  let agent: string;
  before(async () => {
    app = await startTestApp('saved_replies');
    const login = async (email: string) =>
      (
        await gqlOk<{ login: { token: string } }>(app.url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
          e: email,
          p: app.settings.demoPassword,
        })
      ).login.token;
    admin = await login('admin@baton.test');
    agent = await login('agent@baton.test');
  });
  after(async () => {
    await app.stop();
  });

  const create = (input: { shortcut: string; title: string; text: string }, token = admin) =>
    gql<{ createSavedReply: SavedReply }>(app.url, CREATE, { input }, token);
  const list = async (search?: string, token = agent) => (await gqlOk<{ savedReplies: SavedReply[] }>(app.url, LIST, { search }, token)).savedReplies;

  test('admins create, update and delete; the shortcut is trimmed and lowercased, and unique whatever its case', async () => {
    const created = await create({ shortcut: '  Refund-Policy ', title: ' Refunds ', text: 'Hi, I am {{agent.name}} from {{ workspace.name }}.' });
    const refund = created.data!.createSavedReply;
    assert.equal(refund.shortcut, 'refund-policy');
    assert.equal(refund.title, 'Refunds');
    assert.ok(!Number.isNaN(Date.parse(refund.updatedAt)));

    const duplicate = await create({ shortcut: 'REFUND-POLICY', title: 'Again', text: 'Other text' });
    assert.equal(codeOf(duplicate), 'CONFLICT');
    assert.match(duplicate.errors![0]!.message, /already has a saved reply \/refund-policy/);

    const other = (await create({ shortcut: 'hello', title: 'Greeting', text: 'Hello!' })).data!.createSavedReply;
    const clash = await gql(app.url, UPDATE, { id: other.id, input: { shortcut: 'Refund-Policy', title: 'Greeting', text: 'Hello!' } }, admin);
    assert.equal(codeOf(clash), 'CONFLICT');

    const updated = await gqlOk<{ updateSavedReply: SavedReply }>(
      app.url,
      UPDATE,
      { id: other.id, input: { shortcut: 'greeting', title: 'Hello', text: 'Hello from {{workspace.name}}' } },
      admin,
    );
    assert.deepEqual(
      { ...updated.updateSavedReply, updatedAt: undefined },
      { id: other.id, shortcut: 'greeting', title: 'Hello', text: 'Hello from {{workspace.name}}', updatedAt: undefined },
    );
    assert.deepEqual(
      (await list()).map((reply) => reply.shortcut),
      ['greeting', 'refund-policy'],
    );

    assert.equal((await gqlOk<{ deleteSavedReply: boolean }>(app.url, DELETE, { id: other.id }, admin)).deleteSavedReply, true);
    assert.equal(codeOf(await gql(app.url, DELETE, { id: other.id }, admin)), 'NOT_FOUND');
    assert.deepEqual(
      (await list()).map((reply) => reply.shortcut),
      ['refund-policy'],
    );
  });

  test('agents read and search but cannot change; a widget session and nobody signed in get nothing', async () => {
    const reply = (await create({ shortcut: 'agent-view', title: 'Seen by agents', text: 'Agents see this.' })).data!.createSavedReply;
    assert.ok((await list(undefined, agent)).some((candidate) => candidate.id === reply.id));
    assert.equal(codeOf(await create({ shortcut: 'by-agent', title: 'No', text: 'No' }, agent)), 'FORBIDDEN');
    assert.equal(codeOf(await gql(app.url, UPDATE, { id: reply.id, input: { shortcut: 'x', title: 'x', text: 'x' } }, agent)), 'FORBIDDEN');
    assert.equal(codeOf(await gql(app.url, DELETE, { id: reply.id }, agent)), 'FORBIDDEN');
    const widget = await widgetToken(app.url);
    assert.equal(codeOf(await gql(app.url, LIST, {}, widget)), 'FORBIDDEN');
    assert.equal(codeOf(await create({ shortcut: 'by-widget', title: 'No', text: 'No' }, widget)), 'FORBIDDEN');
    assert.equal(codeOf(await gql(app.url, LIST, {})), 'UNAUTHENTICATED');
    assert.equal(codeOf(await create({ shortcut: 'anonymous', title: 'No', text: 'No' }, '')), 'UNAUTHENTICATED');
  });

  test('unknown variables and bad fields are refused, naming what is wrong', async () => {
    const unknown = await create({ shortcut: 'vars', title: 'Vars', text: 'Dear {{customer.name}}, your order {{ order.id }} ({{__proto__}}).' });
    assert.equal(codeOf(unknown), 'BAD_USER_INPUT');
    const message = unknown.errors![0]!.message;
    assert.match(message, /\{\{customer\.name\}\}, \{\{order\.id\}\}, \{\{__proto__\}\} are not variables/);
    assert.match(message, /\{\{customer\.email\}\}, \{\{agent\.name\}\}, \{\{workspace\.name\}\}/);
    assert.equal(codeOf(await create({ shortcut: '-dash', title: 'T', text: 'T' })), 'BAD_USER_INPUT');
    assert.equal(codeOf(await create({ shortcut: 'a'.repeat(41), title: 'T', text: 'T' })), 'BAD_USER_INPUT');
    assert.equal(codeOf(await create({ shortcut: 'has space', title: 'T', text: 'T' })), 'BAD_USER_INPUT');
    assert.equal(codeOf(await create({ shortcut: 'ok', title: ' ', text: 'T' })), 'BAD_USER_INPUT');
    assert.equal(codeOf(await create({ shortcut: 'ok', title: 'x'.repeat(121), text: 'T' })), 'BAD_USER_INPUT');
    assert.equal(codeOf(await create({ shortcut: 'ok', title: 'T', text: 'x'.repeat(5001) })), 'BAD_USER_INPUT');
    const longest = await create({ shortcut: 'a'.repeat(40), title: 'x'.repeat(120), text: 'x'.repeat(5000) });
    assert.equal(longest.data?.createSavedReply.text.length, 5000);
  });

  test("another workspace's reply and an unknown id are NOT_FOUND; the other workspace's replies are never listed", async () => {
    const now = new Date();
    await app.db.savedReplies.insertOne({
      _id: 'sr_elsewhere',
      workspaceId: 'ws_other',
      shortcut: 'elsewhere',
      title: 'Elsewhere',
      text: 'Not yours',
      createdAt: now,
      updatedAt: now,
      updatedBy: 'u_other',
    });
    const input = { shortcut: 'mine-now', title: 'Mine', text: 'Mine' };
    assert.equal(codeOf(await gql(app.url, UPDATE, { id: 'sr_elsewhere', input }, admin)), 'NOT_FOUND');
    assert.equal(codeOf(await gql(app.url, DELETE, { id: 'sr_elsewhere' }, admin)), 'NOT_FOUND');
    assert.equal(codeOf(await gql(app.url, UPDATE, { id: 'sr_nope', input }, admin)), 'NOT_FOUND');
    assert.equal((await app.db.savedReplies.findOne({ _id: 'sr_elsewhere' }))?.text, 'Not yours');
    assert.ok(!(await list()).some((reply) => reply.id === 'sr_elsewhere'));
    assert.deepEqual(await list('elsewhere'), []);
  });

  test('search matches shortcut, title and text case-insensitively, and treats its text literally', async () => {
    await create({ shortcut: 'shipping-times', title: 'Delivery estimate', text: 'Orders ship within 2 days.' });
    await create({ shortcut: 'cancel', title: 'Cancelling (any plan)', text: 'Go to Settings → BILLING to cancel.' });
    const shortcuts = async (search: string) => (await list(search)).map((reply) => reply.shortcut);
    assert.deepEqual(await shortcuts('SHIPPING'), ['shipping-times']);
    assert.deepEqual(await shortcuts('delivery'), ['shipping-times']);
    assert.deepEqual(await shortcuts('billing'), ['cancel']);
    assert.deepEqual(await shortcuts('(any'), ['cancel']);
    assert.deepEqual(await shortcuts('.*'), []);
    assert.deepEqual(await shortcuts('ship|cancel'), []);
    assert.ok((await shortcuts('')).length >= 2);
    assert.equal(codeOf(await gql(app.url, LIST, { search: 'x'.repeat(201) }, agent)), 'BAD_USER_INPUT');
  });

  test('a workspace keeps at most 500 saved replies', async () => {
    const existing = await app.db.savedReplies.countDocuments({ workspaceId: 'ws_demo' });
    const now = new Date();
    await app.db.savedReplies.insertMany(
      Array.from({ length: 500 - existing }, (_, index) => ({
        _id: `sr_bulk_${index}`,
        workspaceId: 'ws_demo',
        shortcut: `bulk-${index}`,
        title: `Bulk ${index}`,
        text: 'Bulk',
        createdAt: now,
        updatedAt: now,
        updatedBy: 'u_test',
      })),
    );
    const over = await create({ shortcut: 'one-too-many', title: 'Too many', text: 'Too many' });
    assert.equal(codeOf(over), 'CONFLICT');
    assert.match(over.errors![0]!.message, /500 saved replies/);
  });
});
