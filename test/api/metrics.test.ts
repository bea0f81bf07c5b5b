import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { METRICS_CONTENT_TYPE, renderMetrics } from '../../telemetry/metrics';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { gql, subscribe } from '../support/graphql-client';
import { publishTestFlow, setTriggerParam } from '../support/publish-test-flow';
import { CONVERSATION_FIELDS, createAgents, sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

const CLAIM = `mutation ($id: ID!) { claimConversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/** One sample line of the Prometheus text format: a name, optional labels, a value, an optional timestamp. */
const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*"(?:,|(?=\})))*\})? (-?[0-9.eE+-]+|[Nn]a[Nn]|[+-]Inf)( -?\d+)?$/;
const COMMENT_LINE = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) .*$/;

type Sample = { name: string; labels: Record<string, string>; value: number };

/** Parses the text format strictly: every line is a comment, blank, or a sample; no metric is described twice. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  const described = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const comment = COMMENT_LINE.exec(line);
    if (comment) {
      const key = `${comment[1]} ${comment[2]}`;
      assert.ok(!described.has(key), `described twice: ${key}`);
      described.add(key);
      continue;
    }
    const sample = SAMPLE_LINE.exec(line);
    assert.ok(sample, `not a valid sample line: ${line}`);
    const labels = Object.fromEntries([...(sample[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
    samples.push({ name: sample[1]!, labels, value: Number(sample[3]!.replace('+Inf', 'Infinity').replace('-Inf', '-Infinity')) });
  }
  return samples;
}

/** The value of one series (0 when it does not exist yet). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  return found?.value ?? 0;
}

const scrape = async () => parseExposition(await renderMetrics());

describe('metrics', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('metrics');
  });
  after(async () => {
    await app.stop();
  });

  test('a customer message and a claim conflict move the HTTP, GraphQL, conversation, escalation and claim counters with their labels', async () => {
    const before = await scrape();
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'I want to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');
    const [first, second] = await createAgents(app.db, app.url, 2, 'metrics');
    const won = await gql(app.url, CLAIM, { id: waiting.id }, first!.token);
    assert.equal(won.errors, undefined);
    const lost = await gql(app.url, CLAIM, { id: waiting.id }, second!.token);
    assert.equal(lost.errors?.[0]?.extensions?.code, 'CONFLICT');
    const answered = await sendAndWait(app.url, customer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    assert.ok(answered.id);

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) => valueOf(after, name, labels) - valueOf(before, name, labels);
    assert.equal(moved('baton_conversations_started_total'), 2);
    assert.equal(moved('baton_escalations_total', { trigger: 'human_request' }), 1);
    assert.equal(moved('baton_claims_total', { outcome: 'claimed' }), 1);
    assert.equal(moved('baton_claims_total', { outcome: 'conflict' }), 1);
    assert.equal(moved('baton_graphql_operations_total', { operation: 'sendCustomerMessage', type: 'mutation', outcome: 'ok' }), 2);
    assert.equal(moved('baton_graphql_operations_total', { operation: 'claimConversation', type: 'mutation', outcome: 'ok' }), 1);
    assert.equal(moved('baton_graphql_operations_total', { operation: 'claimConversation', type: 'mutation', outcome: 'CONFLICT' }), 1);
    assert.equal(moved('baton_graphql_operation_duration_seconds_count', { operation: 'claimConversation', type: 'mutation' }), 2);
    assert.ok(moved('baton_http_requests_total', { method: 'POST', route: '/graphql', status: '200' }) >= 6);
    assert.ok(moved('baton_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' }) >= 6);
    assert.ok(moved('baton_ai_answer_duration_seconds_count') >= 1, 'the answer was timed');
    assert.equal(moved('baton_ai_answer_confidence_count'), 1, 'one answer weighed, counted once');
    assert.ok(valueOf(after, 'baton_knowledge_index_chunks', { workspace: DEMO_WORKSPACE.id }) > 0, "the demo workspace's index size");
  });

  test('a request over a rate limit is counted under the limit it hit', async () => {
    const before = await scrape();
    const email = `nobody-${randomUUID().slice(0, 8)}@baton.test`;
    let refused = 0;
    for (let attempt = 0; attempt < 11; attempt++) {
      const result = await gql(app.url, LOGIN, { email, password: 'not-the-password' });
      if (result.errors?.[0]?.extensions?.code === 'RATE_LIMITED') refused++;
    }
    assert.equal(refused, 1);
    const after = await scrape();
    assert.equal(
      valueOf(after, 'baton_rate_limit_rejections_total', { limit: 'login' }) - valueOf(before, 'baton_rate_limit_rejections_total', { limit: 'login' }),
      1,
    );
    assert.ok(
      valueOf(after, 'baton_graphql_operations_total', { operation: 'login', outcome: 'RATE_LIMITED' }) >= 1,
      'the GraphQL outcome is the error code the client got',
    );
  });

  test('an open subscription is counted while its stream is open', async () => {
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Hello there', () => true);
    // The streams earlier steps opened end when the server sees their clients go.
    await waitUntil(async () => valueOf(await scrape(), 'baton_sse_subscribers') === 0, 'earlier streams to be counted as closed');
    const stream = await subscribe(app.url, `subscription ($id: ID!) { conversationUpdated(id: $id) { id } }`, { id: waiting.id }, customer);
    assert.equal(valueOf(await scrape(), 'baton_sse_subscribers'), 1);
    stream.close();
    await waitUntil(async () => valueOf(await scrape(), 'baton_sse_subscribers') === 0, 'the stream to be counted as closed');
  });

  test('on a worker the text also carries the Temporal SDK metrics, and the whole text parses', async () => {
    const text = await renderMetrics();
    const samples = parseExposition(text);
    assert.ok(
      samples.some((sample) => sample.name === 'process_cpu_seconds_total'),
      'the default process metrics',
    );
    assert.ok(
      samples.some((sample) => sample.name.startsWith('temporal_worker_task_slots_available')),
      'the SDK worker metrics',
    );
    assert.ok(
      samples.some((sample) => sample.name.startsWith('temporal_workflow_task_schedule_to_start_latency')),
      'the schedule-to-start latency the docs tell operators to alert on',
    );
    assert.ok(
      samples.some((sample) => sample.name === 'temporal_workflow_task_schedule_to_start_latency_bucket' && sample.labels.le === '0.2'),
      'in seconds, with a bucket at the 200 ms the alert uses',
    );
    assert.match(METRICS_CONTENT_TYPE, /^text\/plain; version=0\.0\.4/);
  });

  test('an escalation, its handoff summary written, is no SLA breach while its first SLA period runs', async () => {
    const before = valueOf(await scrape(), 'baton_sla_breaches_total');
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Can I speak to a human please?', (c) => c.status === 'AWAITING_HUMAN');
    // The summary is written in a step of its own that notifies the agents, as an SLA reminder does.
    await waitAsAgent(app.url, waiting.id, (c) => !!c.escalation?.summary);
    assert.equal(valueOf(await scrape(), 'baton_sla_breaches_total'), before);
  });

  test('a waiting conversation nobody claims within the SLA is counted as an SLA breach, and its escalation is not', async () => {
    const before = valueOf(await scrape(), 'baton_sla_breaches_total');
    const escalatedBefore = valueOf(await scrape(), 'baton_escalations_total', { trigger: 'human_request' });
    // Conversations started from here on wait 1.2 s for their SLA.
    await publishTestFlow(app.db, (flow) => setTriggerParam(flow, 'sla', { minutes: 0.02 }));
    const customer = await widgetToken(app.url);
    const waiting = await sendAndWait(app.url, customer, 'Can I speak to a human please?', (c) => c.status === 'AWAITING_HUMAN');
    await waitUntil(async () => (await app.db.conversations.findOne({ _id: waiting.id }))?.priority === 'high', 'the SLA to raise the priority');
    // The flow's SLA fires again each period nobody claims, so the count is at least one.
    await waitUntil(async () => valueOf(await scrape(), 'baton_sla_breaches_total') >= before + 1, 'the breach to be counted');
    assert.equal(valueOf(await scrape(), 'baton_escalations_total', { trigger: 'human_request' }), escalatedBefore + 1, 'a reminder is no new escalation');
  });

  test('GET /metrics serves the same text format', async () => {
    const response = await fetch(`${app.api.url}/metrics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    const samples = parseExposition(await response.text());
    assert.ok(samples.some((sample) => sample.name === 'baton_http_requests_total'));
  });
});
