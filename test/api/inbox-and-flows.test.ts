import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultFlow } from '../../machines';
import { conversationAsAgent, sendAndWait, widgetToken } from '../support/demo-actors';
import { gql, gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

type Page = {
  inbox: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; status: string; waitingSince: string | null; priority: string; tags: string[] } }[];
  };
};
const INBOX = `query ($filter: InboxFilter, $first: Int, $after: String) {
  inbox(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status waitingSince priority tags } } }
}`;

describe('the inbox and flow versions', () => {
  let app: TestApp;
  let agent: string;
  let admin: string;
  const waiting: string[] = [];
  const answered: string[] = [];
  before(async () => {
    app = await startTestApp('inbox_flows');
    const login = async (email: string) =>
      (await gqlOk<{ login: { token: string } }>(app.url, `mutation { login(email: "${email}", password: "baton-demo") { token } }`)).login.token;
    agent = await login('agent@baton.test');
    admin = await login('admin@baton.test');
    for (const text of ['I want a human', 'Let me speak to an agent please', 'Get me a real person']) {
      waiting.push((await sendAndWait(app.url, await widgetToken(app.url), text, (c) => c.status === 'AWAITING_HUMAN')).id);
    }
    for (const text of ['How do I reset my password?', 'How do I export my data?']) {
      answered.push((await sendAndWait(app.url, await widgetToken(app.url), text, (c) => c.timeline.some((entry) => entry.kind === 'AI'))).id);
    }
  });
  after(async () => {
    await app.stop();
  });

  test('lists waiting conversations first, longest wait first, then the rest, across pages without gaps or repeats', async () => {
    const seen: Page['inbox']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await gqlOk<Page>(app.url, INBOX, { first: 2, after }, agent);
      assert.equal(page.inbox.totalCount, 5);
      seen.push(...page.inbox.edges.map((edge) => edge.node));
      if (!page.inbox.pageInfo.hasNextPage) break;
      after = page.inbox.pageInfo.endCursor;
    }
    assert.deepEqual(seen.map((node) => node.id).slice(0, 3), waiting, 'waiting ones first, oldest escalation first');
    assert.deepEqual(new Set(seen.slice(3).map((node) => node.id)), new Set(answered));
    assert.equal(new Set(seen.map((node) => node.id)).size, 5);
    assert.ok(seen[0]!.waitingSince && seen[0]!.waitingSince <= seen[1]!.waitingSince!);
  });

  test('filters by status, assignment, priority, tags and text', async () => {
    const ids = async (filter: Record<string, unknown>) => (await gqlOk<Page>(app.url, INBOX, { filter }, agent)).inbox.edges.map((edge) => edge.node.id);
    assert.deepEqual(new Set(await ids({ status: ['AI_ANSWERING'] })), new Set(answered));
    assert.deepEqual(await ids({ escalatedOnly: true }), waiting);
    assert.deepEqual(new Set(await ids({ search: 'export my DATA' })), new Set([answered[1]]));

    await gqlOk(app.url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting[1] }, agent);
    assert.deepEqual(await ids({ assigned: 'ME' }), [waiting[1]]);
    assert.deepEqual(await ids({ assigned: 'UNASSIGNED', status: ['AWAITING_HUMAN'] }), [waiting[0], waiting[2]]);

    const tagged = await gqlOk<{ setPriority: { priority: string } }>(
      app.url,
      'mutation ($id: ID!) { setPriority(id: $id, priority: URGENT) { priority } }',
      { id: answered[0] },
      agent,
    );
    assert.equal(tagged.setPriority.priority, 'URGENT');
    assert.deepEqual(await ids({ priority: ['URGENT'] }), [answered[0]]);
    await gqlOk(app.url, 'mutation ($id: ID!) { tagConversation(id: $id, tags: ["Billing", "vip", "billing"]) { tags } }', { id: answered[0] }, agent);
    const node = (await gqlOk<Page>(app.url, INBOX, { filter: { priority: ['URGENT'] } }, agent)).inbox.edges[0]!.node;
    assert.deepEqual(node.tags, ['billing', 'vip']);
  });

  test('a bad cursor or page size is BAD_USER_INPUT', async () => {
    assert.equal((await gql(app.url, INBOX, { after: 'nonsense' }, agent)).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await gql(app.url, INBOX, { first: 1000 }, agent)).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('publishing a flow makes a new version for new conversations; running ones keep theirs; invalid flows are refused', async () => {
    const invalid = structuredClone(defaultFlow);
    const frustration = invalid.edges.find((edge) => edge.trigger.type === 'frustration')!;
    (frustration.trigger.params as { threshold: number }).threshold = 1.5;
    const refused = await gql(app.url, 'mutation ($flow: JSON!) { publishFlow(flow: $flow) { version } }', { flow: invalid }, admin);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.ok((refused.errors?.[0]?.extensions?.issues as { edgeId?: string }[]).some((issue) => issue.edgeId === frustration.id));

    const customer = await widgetToken(app.url);
    const before = await sendAndWait(app.url, customer, 'How do I connect Slack?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    assert.equal(before.flowVersion, 1);

    const withInvoice = structuredClone(defaultFlow);
    const keywords = withInvoice.edges.find((edge) => edge.trigger.type === 'keyword')!;
    (keywords.trigger.params as { keywords: string[] }).keywords.push('invoice');
    await gqlOk(app.url, 'mutation ($flow: JSON!) { saveFlowDraft(flow: $flow) { validation { ok } } }', { flow: withInvoice }, admin);
    const published = await gqlOk<{ publishFlow: { version: number; publishedBy: { name: string } } }>(
      app.url,
      'mutation { publishFlow(note: "invoice escalates") { version publishedBy { name } } }',
      {},
      admin,
    );
    assert.equal(published.publishFlow.version, 2);
    assert.equal(published.publishFlow.publishedBy.name, 'Ada Admin');

    const after = await sendAndWait(app.url, await widgetToken(app.url), 'where is my invoice', (c) => c.status === 'AWAITING_HUMAN');
    assert.equal(after.flowVersion, 2);
    assert.equal((await conversationAsAgent(app.url, after.id)).escalation?.reason, 'keyword');
    const old = await sendAndWait(
      app.url,
      customer,
      'where is my invoice',
      (c) => c.timeline.filter((entry) => entry.kind === 'CUSTOMER').length === 2,
      before.id,
    );
    assert.equal(old.flowVersion, 1, 'the older conversation keeps version 1');
    const versions = await gqlOk<{ flowVersions: { version: number }[] }>(app.url, 'query { flowVersions { version } }', {}, agent);
    assert.deepEqual(
      versions.flowVersions.map((version) => version.version),
      [2, 1],
    );
  });
});
