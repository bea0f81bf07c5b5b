/**
 * Traces, end to end: Baton (worker and API in this process) traces to a real Jaeger all-in-one over
 * OTLP, and the test reads the trace back from Jaeger's query API. scripts/run-tests.ts provisions
 * Jaeger (scripts/provision.sh jaeger) for this file.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findFreePort, startManagedProcess, type ManagedProcess } from '../../cli/local-stack/managed-process';
import { PROJECT_ROOT } from '../../config/paths';
import { startTracing, type ActiveTracing } from '../../telemetry/tracing';
import type { TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

type JaegerSpan = {
  traceID: string;
  spanID: string;
  operationName: string;
  references: { refType: string; traceID: string; spanID: string }[];
  tags: { key: string; value: unknown }[];
};
type JaegerTrace = { traceID: string; spans: JaegerSpan[]; warnings: string[] | null };

const SERVICE = 'baton-traces-test';
const SEND = `mutation Send($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { id } }`;

describe('traces, with an OTLP endpoint set', () => {
  let jaeger: ManagedProcess;
  let queryUrl: string;
  let tracing: ActiveTracing;
  let app: TestApp;
  /** The conversation the traced message started. */
  let conversationId: string | undefined;

  before(async () => {
    const [otlpPort, queryPort, ...otherPorts] = await Promise.all(Array.from({ length: 6 }, () => findFreePort()));
    const dataDir = process.env.BATON_TEST_DATA_DIR!;
    jaeger = await startManagedProcess({
      name: 'Jaeger',
      command: join(PROJECT_ROOT, '.baton/bin/jaeger'),
      // Every listener on a port of its own, so test files running side by side never collide.
      args: [
        `--collector.otlp.http.host-port=127.0.0.1:${otlpPort}`,
        `--query.http-server.host-port=127.0.0.1:${queryPort}`,
        `--collector.otlp.grpc.host-port=127.0.0.1:${otherPorts[0]}`,
        `--collector.grpc-server.host-port=127.0.0.1:${otherPorts[1]}`,
        `--collector.http-server.host-port=127.0.0.1:${otherPorts[2]}`,
        `--query.grpc-server.host-port=127.0.0.1:${otherPorts[3]}`,
        '--admin.http.host-port=127.0.0.1:0',
      ],
      logFile: join(dataDir, 'logs', `jaeger-${process.pid}.log`),
      readyPort: queryPort!,
    });
    queryUrl = `http://127.0.0.1:${queryPort}`;

    // What an operator sets; tracing starts before the app's modules (http, mongodb) are imported.
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${otlpPort}`;
    process.env.OTEL_SERVICE_NAME = SERVICE;
    process.env.OTEL_BSP_SCHEDULE_DELAY = '200';
    const started = await startTracing({ role: 'test' });
    assert.ok(started, 'tracing starts when OTEL_EXPORTER_OTLP_ENDPOINT is set');
    tracing = started;
    const { startTestApp } = await import('../support/test-app');
    app = await startTestApp('traces');
  });

  after(async () => {
    await app?.stop();
    await tracing?.shutdown();
    await jaeger?.stop();
  });

  test('one customer message yields one connected trace from the HTTP request down to the activities and MongoDB', async () => {
    const { widgetToken, waitForConversation } = await import('../support/demo-actors');
    const { gqlOk } = await import('../support/graphql-client');
    const token = await widgetToken(app.url);
    const sent = await gqlOk<{ sendCustomerMessage: { id: string } }>(
      app.url,
      SEND,
      { input: { text: 'How do I reset my password?', clientMessageId: 'traced-1' } },
      token,
    );
    conversationId = sent.sendCustomerMessage.id;
    await waitForConversation(app.url, token, conversationId, (c) => c.timeline.some((entry) => entry.kind === 'AI'));

    // The trace of the request whose Temporal client span started the conversation, once its
    // activities' spans have arrived too (the worker exports them in batches).
    const trace = await waitUntil(
      async () => {
        await tracing.spanProcessor.forceFlush();
        const response = await fetch(
          `${queryUrl}/api/traces?service=${SERVICE}&operation=${encodeURIComponent('UpdateWithStartWorkflow:customerMessage')}&limit=20`,
        );
        if (!response.ok) return null;
        const { data } = (await response.json()) as { data: JaegerTrace[] };
        const found = data.find((candidate) => {
          const names = candidate.spans.map((span) => span.operationName);
          return names.includes('RunActivity:analyzeAndAnswer') && names.includes('RunActivity:recordConversationStep');
        });
        return found ?? null;
      },
      'the message trace with its activity spans in Jaeger',
      30_000,
    );

    const byId = new Map(trace.spans.map((span) => [span.spanID, span]));
    const parentOf = (span: JaegerSpan) => span.references.find((reference) => reference.refType === 'CHILD_OF');
    const ancestry = (span: JaegerSpan): string[] => {
      const names: string[] = [];
      for (let current: JaegerSpan | undefined = span; current; current = byId.get(parentOf(current)?.spanID ?? '')) names.push(current.operationName);
      return names;
    };
    const tag = (span: JaegerSpan, key: string) => span.tags.find((entry) => entry.key === key)?.value;

    assert.ok(
      trace.spans.every((span) => span.traceID === trace.traceID && (parentOf(span)?.traceID ?? trace.traceID) === trace.traceID),
      'every span and every parent link is in the one trace',
    );
    const roots = trace.spans.filter((span) => !parentOf(span));
    assert.equal(roots.length, 1, `one root span: ${roots.map((span) => span.operationName).join(', ')}`);
    const root = roots[0]!;
    assert.equal(tag(root, 'span.kind'), 'server', 'the root is the HTTP server span of the GraphQL request');
    assert.equal(tag(root, 'http.method'), 'POST');
    assert.match(String(tag(root, 'http.target')), /\/graphql/);
    const orphans = trace.spans.filter((span) => parentOf(span) && !byId.has(parentOf(span)!.spanID));
    assert.deepEqual(
      orphans.map((span) => span.operationName),
      [],
      'no span points at a parent missing from the trace',
    );

    const named = (name: string) => trace.spans.find((span) => span.operationName === name);
    const client = named('UpdateWithStartWorkflow:customerMessage')!;
    assert.equal(ancestry(client).at(-1), root.operationName, 'the Temporal client span descends from the HTTP request');
    const handler = named('HandleUpdate:customerMessage');
    assert.ok(handler, 'the workflow traced the update it handled');
    assert.ok(ancestry(handler).includes(client.operationName), 'the workflow span descends from the client span');
    for (const activity of ['RunActivity:analyzeAndAnswer', 'RunActivity:recordConversationStep']) {
      const chain = ancestry(named(activity)!);
      assert.ok(
        chain.some((name) => name.startsWith('StartActivity:')),
        `${activity} descends from the workflow span that scheduled it: ${chain.join(' < ')}`,
      );
      assert.ok(chain.includes('HandleUpdate:customerMessage'), `${activity} is in the update's part of the trace: ${chain.join(' < ')}`);
      assert.equal(chain.at(-1), root.operationName);
    }
    const mongoInActivity = trace.spans.find(
      (span) => span.operationName.startsWith('mongodb.') && ancestry(span).includes('RunActivity:recordConversationStep'),
    );
    assert.ok(mongoInActivity, `a MongoDB span under the recording activity, among: ${[...new Set(trace.spans.map((span) => span.operationName))].join(', ')}`);
  });

  test('the traced conversation replays on the same workflow code without nondeterminism', async () => {
    assert.ok(conversationId, 'the first test started a conversation');
    const [{ Connection, Client }, { Worker }, { conversationWorkflowBundle }, { workflowSinks }, { conversationWorkflowId }, { testServers }] =
      await Promise.all([
        import('@temporalio/client'),
        import('@temporalio/worker'),
        import('../../server/conversation-worker'),
        import('../../server/temporal-interceptors'),
        import('../../workflows/conversation-definitions'),
        import('../support/test-servers'),
      ]);
    const connection = await Connection.connect({ address: testServers().temporalAddress });
    try {
      const workflowId = conversationWorkflowId(conversationId);
      const history = await new Client({ connection, namespace: app.settings.temporal.namespace }).workflow.getHandle(workflowId).fetchHistory();
      assert.ok(
        history.events?.some((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.header?.fields?.['_tracer-data']),
        'the recorded update carries the trace',
      );
      await Worker.runReplayHistory({ workflowBundle: await conversationWorkflowBundle(), sinks: workflowSinks() }, history, workflowId);
    } finally {
      await connection.close();
    }
  });
});
