import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { defaultFlow, type MessageAnalysis } from '../../machines';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { gql, gqlOk } from '../support/graphql-client';
import { seedHistory, type SeededConversation } from '../support/seed-history';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const run = promisify(execFile);
const calm: MessageAnalysis = { asksForHuman: false, humanRequestScore: 0, frustration: 0.1, saysNotHelpful: false, signals: [] };
const answered = { confidence: 0.9, abstain: false };

/** Five conversations whose every figure is known: see the expectations below. */
const METRICS_HISTORY: SeededConversation[] = [
  {
    id: 'm1', // Monday 10:00 UTC: answered, closed by inactivity: automated
    createdAt: '2026-11-02T10:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'How do I reset my password?', at: '2026-11-02T10:00:00Z', analysis: calm, answer: answered },
      {
        kind: 'AI',
        text: 'Go to the sign-in page…',
        at: '2026-11-02T10:00:02Z',
        citations: [{ articleId: 'a1', title: 'Reset your password', url: 'https://help.lumen.example/reset' }],
      },
    ],
    transitions: [{ at: '2026-11-02T10:30:00Z', to: 'resolved', status: 'RESOLVED', triggerType: 'inactivity' }],
  },
  {
    id: 'm2', // Monday 11:00: resolved, then reopened within 24 h: not automated
    createdAt: '2026-11-02T11:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'How do I export my data?', at: '2026-11-02T11:00:00Z', analysis: calm, answer: answered },
      {
        kind: 'AI',
        text: 'Open Settings…',
        at: '2026-11-02T11:00:04Z',
        citations: [{ articleId: 'a2', title: 'Export your data', url: 'https://help.lumen.example/export' }],
      },
      { kind: 'CUSTOMER', text: 'And to CSV?', at: '2026-11-02T12:00:00Z', analysis: calm, answer: answered },
    ],
    transitions: [
      { at: '2026-11-02T11:30:00Z', to: 'resolved', status: 'RESOLVED', triggerType: 'inactivity' },
      { at: '2026-11-02T12:00:00Z', to: 'aiAnswering', status: 'AI_ANSWERING', triggerType: 'customer_message' },
    ],
  },
  {
    id: 'm3', // Monday 14:00: asks for a human, claimed after 120 s, first reply after 180 s, resolved at 14:10
    createdAt: '2026-11-02T14:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'I want a human', at: '2026-11-02T14:00:00Z', analysis: { ...calm, asksForHuman: true } },
      { kind: 'AGENT', text: 'Hi, Sam here', at: '2026-11-02T14:03:10Z', authorName: 'Sam Agent' },
    ],
    transitions: [
      { at: '2026-11-02T14:00:10Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'human_request' },
      { at: '2026-11-02T14:02:10Z', to: 'humanActive', status: 'HUMAN_ACTIVE', triggerType: 'agent_claim' },
      { at: '2026-11-02T14:10:00Z', to: 'resolved', status: 'RESOLVED', triggerType: 'resolve' },
    ],
  },
  {
    id: 'm4', // Saturday 03:00 (off hours): the help centre has no answer; never claimed
    createdAt: '2026-11-07T03:00:00Z',
    entries: [{ kind: 'CUSTOMER', text: 'Do you sell chairs?', at: '2026-11-07T03:00:00Z', analysis: calm, answer: { confidence: 0.1, abstain: true } }],
    transitions: [{ at: '2026-11-07T03:00:05Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'no_answer' }],
  },
  {
    id: 'm5', // Tuesday 09:30: a watched keyword, claimed after 30 s
    createdAt: '2026-11-03T09:30:00Z',
    entries: [{ kind: 'CUSTOMER', text: 'I need a refund', at: '2026-11-03T09:30:00Z', analysis: calm }],
    transitions: [
      { at: '2026-11-03T09:30:01Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'keyword' },
      { at: '2026-11-03T09:30:31Z', to: 'humanActive', status: 'HUMAN_ACTIVE', triggerType: 'agent_claim' },
    ],
  },
];

function frustrationConversation(id: string, frustration: number): SeededConversation {
  const escalates = frustration >= 0.7;
  return {
    id,
    createdAt: '2026-10-20T10:00:00Z',
    entries: [
      { kind: 'CUSTOMER', text: 'How do I connect Slack?', at: '2026-10-20T10:00:00Z', analysis: calm, answer: answered },
      { kind: 'AI', text: 'Open Integrations…', at: '2026-10-20T10:00:01Z' },
      {
        kind: 'CUSTOMER',
        text: 'It still does not work',
        at: '2026-10-20T10:05:00Z',
        analysis: { ...calm, frustration },
        ...(escalates ? {} : { answer: answered }),
      },
    ],
    transitions: escalates ? [{ at: '2026-10-20T10:05:01Z', to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'frustration' }] : [],
  };
}

describe('insights', () => {
  let app: TestApp;
  let agent: string;
  before(async () => {
    app = await startTestApp('insights');
    await app.db.workspaces.updateOne(
      { _id: DEMO_WORKSPACE.id },
      { $set: { 'settings.businessHours': { timezone: 'UTC', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' } } },
    );
    await seedHistory(app.db, [
      ...METRICS_HISTORY,
      frustrationConversation('f-0.80', 0.8),
      frustrationConversation('f-0.93', 0.93),
      frustrationConversation('f-0.97', 0.97),
      frustrationConversation('f-calm', 0.2),
    ]);
    agent = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token;
  });
  after(async () => {
    await app.stop();
  });

  test('metrics over a seeded week match the figures known in advance', async () => {
    const { metrics } = await gqlOk<{ metrics: Record<string, any> }>(
      app.url,
      `query { metrics(range: { from: "2026-11-01T00:00:00Z", to: "2026-11-08T00:00:00Z" }, workspace: "demo") {
        conversations automated automationRate escalated escalationRate escalationsByTrigger { trigger count }
        aiFirstResponseSeconds { p50 p90 count } timeToClaimSeconds { p50 p90 count buckets { label count } }
        humanFirstResponseSeconds { p50 count } resolutionSeconds { p50 p90 count }
        volumeByHour volumeByWeekday offHoursShare daily { date conversations automated }
        topCitedArticles { title count } unansweredQuestions { text count }
      } }`,
      {},
      agent,
    );
    assert.equal(metrics.conversations, 5);
    assert.equal(metrics.automated, 1);
    assert.equal(metrics.automationRate, 0.2);
    assert.equal(metrics.escalated, 3);
    assert.equal(metrics.escalationRate, 0.6);
    assert.deepEqual(metrics.escalationsByTrigger, [
      { trigger: 'human_request', count: 1 },
      { trigger: 'keyword', count: 1 },
      { trigger: 'no_answer', count: 1 },
    ]);
    assert.deepEqual(metrics.aiFirstResponseSeconds, { p50: 2, p90: 4, count: 2 });
    assert.deepEqual({ ...metrics.timeToClaimSeconds, buckets: undefined }, { p50: 30, p90: 120, count: 2, buckets: undefined });
    assert.deepEqual(metrics.timeToClaimSeconds.buckets.slice(0, 2), [
      { label: '< 1 min', count: 1 },
      { label: '1–5 min', count: 1 },
    ]);
    assert.deepEqual(metrics.humanFirstResponseSeconds, { p50: 180, count: 1 });
    assert.deepEqual(metrics.resolutionSeconds, { p50: 1800, p90: 1800, count: 3 });
    assert.deepEqual(
      metrics.volumeByHour.flatMap((count: number, hour: number) => (count ? [[hour, count]] : [])),
      [
        [3, 1],
        [9, 1],
        [10, 1],
        [11, 1],
        [14, 1],
      ],
    );
    assert.deepEqual(metrics.volumeByWeekday, [3, 1, 0, 0, 0, 1, 0]);
    assert.equal(metrics.offHoursShare, 0.2);
    assert.deepEqual(metrics.daily, [
      { date: '2026-11-02', conversations: 3, automated: 1 },
      { date: '2026-11-03', conversations: 1, automated: 0 },
      { date: '2026-11-07', conversations: 1, automated: 0 },
    ]);
    assert.deepEqual(metrics.topCitedArticles, [
      { title: 'Export your data', count: 1 },
      { title: 'Reset your password', count: 1 },
    ]);
    assert.deepEqual(metrics.unansweredQuestions, [{ text: 'Do you sell chairs?', count: 1 }]);
  });

  test('metrics over more than 366 days is BAD_USER_INPUT with a sentence; 366 days is fine', async () => {
    const query = 'query ($from: String!, $to: String!) { metrics(range: { from: $from, to: $to }) { conversations } }';
    const tooLong = await gql(app.url, query, { from: '2025-11-01T00:00:00Z', to: '2026-11-03T00:00:00Z' }, agent);
    assert.equal(tooLong.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooLong.errors![0]!.message, /more than 366 days; ask for at most 366 days at a time/);
    const unbounded = await gql(app.url, query, { from: '1970-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }, agent);
    assert.equal(unbounded.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const longest = await gqlOk<{ metrics: { conversations: number } }>(app.url, query, { from: '2026-11-08T00:00:00Z', to: '2027-11-09T00:00:00Z' }, agent);
    assert.equal(longest.metrics.conversations, 0);
    const year = await gqlOk<{ metrics: { conversations: number } }>(app.url, query, { from: '2025-11-08T00:00:00Z', to: '2026-11-08T00:00:00Z' }, agent);
    assert.ok(year.metrics.conversations >= METRICS_HISTORY.length + 4, 'the seeded week and the frustration conversations');
  });

  test('baton backtest: raising the frustration threshold from 0.7 to 0.95 reports exactly the conversations between those scores as would not escalate', async () => {
    const flow = structuredClone(defaultFlow);
    const edge = flow.edges.find((candidate) => candidate.trigger.type === 'frustration')!;
    (edge.trigger.params as { threshold: number }).threshold = 0.95;
    const file = join(mkdtempSync(join(testServers().dataDir, 'backtest-')), 'flow.json');
    writeFileSync(file, JSON.stringify(flow));
    const before = await app.db.conversations.find({}).toArray();
    const { stdout } = await run(process.execPath, ['bin/baton.js', 'backtest', '--flow', file, '--since', '2026-10-01', '--json'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, MONGODB_URI: `${testServers().mongoUri.replace(/\/$/, '')}/${app.settings.mongo.database}` },
    });
    const report = JSON.parse(stdout) as {
      changed: { conversationId: string; verdict: string }[];
      before: { escalationsByTrigger: Record<string, number> };
      after: { escalationsByTrigger: Record<string, number> };
    };
    assert.deepEqual(
      report.changed
        .filter((row) => row.conversationId.startsWith('f-'))
        .map((row) => [row.conversationId, row.verdict])
        .sort(),
      [
        ['f-0.80', 'would_not_escalate'],
        ['f-0.93', 'would_not_escalate'],
      ],
    );
    assert.equal(report.changed.filter((row) => !row.conversationId.startsWith('f-')).length, 0, 'nothing else changes');
    assert.equal(report.before.escalationsByTrigger.frustration, 3);
    assert.equal(report.after.escalationsByTrigger.frustration, 1);
    assert.deepEqual(await app.db.conversations.find({}).toArray(), before, 'a backtest never changes data');
  });

  test('the dashboard\'s automation rate and the backtest\'s "before" count the same conversations as automated', async () => {
    const range = { from: '2026-01-01T00:00:00Z', to: new Date(Date.now() + 86_400_000).toISOString() };
    const { metrics } = await gqlOk<{ metrics: { conversations: number; automated: number; automationRate: number } }>(
      app.url,
      'query ($from: String!, $to: String!) { metrics(range: { from: $from, to: $to }) { conversations automated automationRate } }',
      range,
      agent,
    );
    const admin = (await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "admin@baton.test", password: "baton-demo") { token } }')).login
      .token;
    const { backtestFlow } = await gqlOk<{ backtestFlow: { conversations: number; before: { automationRate: number } } }>(
      app.url,
      'query ($flow: JSON!, $since: String) { backtestFlow(flow: $flow, since: $since, limit: 10000) { conversations before { automationRate } } }',
      { flow: defaultFlow, since: range.from },
      admin,
    );
    assert.equal(backtestFlow.conversations, metrics.conversations, 'the same conversations on both sides');
    assert.ok(metrics.automated > 0 && metrics.automated < metrics.conversations, 'some automated, some not: the comparison means something');
    assert.equal(backtestFlow.before.automationRate, metrics.automationRate);
  });

  test('a conversation exports as readable text and as JSON, with its audit trail', async () => {
    const customer = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, customer, 'How do I create an API key?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    const text = await gqlOk<{ exportConversation: string }>(
      app.url,
      'query ($id: ID!) { exportConversation(id: $id, format: TEXT) }',
      { id: conversation.id },
      agent,
    );
    assert.match(text.exportConversation, /Customer:\n {2}How do I create an API key\?/);
    assert.match(text.exportConversation, /AI assistant:/);
    assert.match(text.exportConversation, /Sources: .*API key/i);
    assert.match(text.exportConversation, /Audit trail\n.*flow version 1/);
    const json = await gqlOk<{ exportConversation: string }>(
      app.url,
      'query ($id: ID!) { exportConversation(id: $id, format: JSON) }',
      { id: conversation.id },
      agent,
    );
    const transcript = JSON.parse(json.exportConversation) as { timeline: { kind: string }[]; audit: { entries: unknown[] } };
    assert.deepEqual(
      transcript.timeline.map((entry) => entry.kind),
      ['CUSTOMER', 'AI'],
    );
    assert.ok(transcript.audit.entries.length > 3);

    // A copy for the customer leaves out the internal notes, the escalation and the audit trail; the agents' copy keeps them.
    const note = 'Internal goodwill credit pending approval';
    await gqlOk(
      app.url,
      'mutation ($id: ID!, $text: String!) { addNote(conversationId: $id, text: $text) { id } }',
      { id: conversation.id, text: note },
      agent,
    );
    const exported = async (forCustomer: boolean, format = 'TEXT') =>
      (
        await gqlOk<{ exportConversation: string }>(
          app.url,
          `query ($id: ID!, $customer: Boolean) { exportConversation(id: $id, format: ${format}, forCustomer: $customer) }`,
          { id: conversation.id, customer: forCustomer },
          agent,
        )
      ).exportConversation;
    await waitUntil(async () => (await exported(false)).includes(note), "the note in the agents' export");
    for (const format of ['TEXT', 'JSON']) {
      const copy = await exported(true, format);
      assert.ok(!copy.includes(note) && !copy.includes('goodwill'), `the customer's ${format} copy has no internal note`);
      assert.ok(!/Audit trail|"audit": \{/.test(copy), `the customer's ${format} copy has no audit trail`);
      assert.match(copy, /How do I create an API key/);
    }
    // The command line's copy for the customer is the same one, under its new and its older name.
    for (const flag of ['--for-customer', '--no-notes']) {
      const { stdout } = await run(process.execPath, ['bin/baton.js', 'export', conversation.id, flag], {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          MONGODB_URI: `${testServers().mongoUri.replace(/\/$/, '')}/${app.settings.mongo.database}`,
          TEMPORAL_ADDRESS: testServers().temporalAddress,
        },
      });
      assert.match(stdout, /How do I create an API key/);
      assert.ok(!stdout.includes(note) && !/Audit trail/.test(stdout), `baton export ${flag} has no note and no audit trail`);
    }
  });
});
