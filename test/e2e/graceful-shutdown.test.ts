import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createClient } from 'graphql-sse';
import { startBatonChildProcess, type BatonChildProcess } from '../../bench/stack/baton-child-process';
import { findFreePort, type ManagedProcess } from '../../cli/local-stack/managed-process';
import { provisionBinaries } from '../../cli/local-stack/provision';
import { startRedisServer } from '../../cli/local-stack/redis-server';
import { DEMO_WORKSPACE, seedDemoWorkspace } from '../../server/seed-demo';
import { connectDatabase, type BatonDb } from '../../store/database';
import { ANSWERABLE_QUESTIONS } from '../support/help-centre-questions';
import { isolatedSettings, testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

/**
 * SIGTERM, as an orchestrator sends it on every deploy, against real processes: two `baton api`
 * sharing Redis and one `baton worker`, under a steady stream of customers who retry a failed send
 * on the other instance with the same clientMessageId (as the bench's customers do).
 */

const GRACE_S = 10;
const ENTRY = 'timeline(since: $since) { id kind text }';
const SEND = `mutation ($input: SendCustomerMessageInput!, $since: ID) { sendCustomerMessage(input: $input) { id status ${ENTRY} } }`;
const UPDATED = `subscription ($id: ID!, $since: ID) { conversationUpdated(id: $id) { id ${ENTRY} } }`;
const READ = `query ($id: ID!, $since: ID) { conversation(id: $id) { id ${ENTRY} } }`;

type Entry = { id: string; kind: string; text: string };
type Answer = {
  data?: Record<string, { id: string; status?: string; timeline: Entry[] }> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

async function post(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Answer;
}

/** A widget customer: one conversation, messages numbered, each retried on the other instance when an instance fails it. */
class Customer {
  conversationId: string | undefined;
  readonly sent: { clientMessageId: string; text: string }[] = [];
  retries = 0;
  escalated = false;

  constructor(
    readonly label: string,
    readonly token: string,
    private readonly apis: () => string[],
    private readonly offset: number,
  ) {}

  async send(): Promise<void> {
    const n = this.sent.length;
    // The help centre's own questions as they are: the AI answers each, so the conversation stays with it.
    const message = { clientMessageId: `${this.label}-${n}`, text: ANSWERABLE_QUESTIONS[(n + this.offset) % ANSWERABLE_QUESTIONS.length]! };
    this.sent.push(message);
    const input = { ...message, ...(this.conversationId ? { conversationId: this.conversationId } : {}) };
    for (let attempt = 0; ; attempt += 1) {
      const apis = this.apis();
      const url = apis[attempt % apis.length]!;
      try {
        const answer = await post(url, SEND, { input }, this.token);
        const code = answer.errors?.[0]?.extensions?.code;
        if (answer.data?.sendCustomerMessage) {
          this.conversationId = answer.data.sendCustomerMessage.id;
          return;
        }
        // Anything but a transient failure (Temporal briefly without a worker answering the update) is a bug.
        if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'UNAVAILABLE') throw new Error(`send refused: ${JSON.stringify(answer.errors)}`);
      } catch (error) {
        if ((error as Error).message.startsWith('send refused')) throw error;
      }
      this.retries += 1;
      if (attempt > 200) throw new Error(`${this.label} could not send message ${n}`);
      await new Promise((resolveRetry) => setTimeout(resolveRetry, 100));
    }
  }
}

/** The widget's live conversation behind a load balancer: each (re)connection goes to an instance whose /readyz says 200, then catches up with `since`. */
function liveConversation(apis: string[], token: string, conversationId: string) {
  const entries = new Map<string, Entry>();
  let lastSeen: string | null = null;
  const state = { connectedTo: [] as string[], completes: 0, closed: false };
  let current = '';
  const merge = (timeline: Entry[]) => {
    for (const entry of timeline) {
      if (entries.has(entry.id)) continue;
      entries.set(entry.id, entry);
      lastSeen = entry.id;
    }
  };
  const pick = async () => {
    for (const api of apis) {
      const ready = await fetch(api.replace(/\/graphql$/, '/readyz'), { signal: AbortSignal.timeout(2_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return (current = api);
    }
    return (current = apis[apis.length - 1]!);
  };
  const client = createClient({
    url: pick,
    headers: { authorization: `Bearer ${token}` },
    retryAttempts: Infinity,
    retry: () => new Promise<void>((resolveRetry) => setTimeout(resolveRetry, 200)),
  });
  let dispose = () => {};
  const open = () => {
    if (state.closed) return;
    const request = {
      query: UPDATED,
      get variables() {
        return { id: conversationId, since: lastSeen };
      },
    };
    dispose = client.subscribe<{ conversationUpdated: { timeline: Entry[] } }>(
      request,
      {
        next: (result) => result.data && merge(result.data.conversationUpdated.timeline),
        // The API ended the stream (it is shutting down): subscribe again, as the widget does.
        complete: () => {
          state.completes += 1;
          setTimeout(open, 200);
        },
        error: () => setTimeout(open, 200),
      },
      {
        connected: () => {
          const url = current;
          state.connectedTo.push(url);
          // Whatever happened while the stream was down, read from where this client left off.
          void post(url, READ, { id: conversationId, since: lastSeen }, token).then(
            (answer) => answer.data?.conversation && merge(answer.data.conversation.timeline),
            () => undefined,
          );
        },
      },
    );
  };
  open();
  return {
    state,
    entries,
    close() {
      state.closed = true;
      dispose();
      client.dispose();
    },
  };
}

describe('graceful shutdown', () => {
  const settings = isolatedSettings('graceful');
  let redis: ManagedProcess;
  let db: BatonDb;
  let env: NodeJS.ProcessEnv;
  const processes: BatonChildProcess[] = [];
  let apiA: BatonChildProcess;
  let worker: BatonChildProcess;
  let urls: { a: string; b: string };
  let live: ReturnType<typeof liveConversation> | undefined;

  const spawnBaton = async (role: 'api' | 'worker', name: string, extra: NodeJS.ProcessEnv = {}) => {
    const child = await startBatonChildProcess({ role, env: { ...env, ...extra }, logFile: join(settings.dataDir, 'logs', `${name}.log`) });
    processes.push(child);
    return child;
  };

  /** SIGTERM; resolves with the exit code and how long the process took to exit. */
  const terminate = async (child: BatonChildProcess) => {
    const started = performance.now();
    child.child.kill('SIGTERM');
    await child.exited;
    return { code: child.child.exitCode, ms: Math.round(performance.now() - started) };
  };

  before(async () => {
    const { redis: redisBinary } = await provisionBinaries(['redis']);
    const redisPort = await findFreePort();
    redis = await startRedisServer({ binary: redisBinary, dataDir: join(settings.dataDir, 'redis'), port: redisPort });
    db = await connectDatabase(settings.mongo.uri!, settings.mongo.database);
    await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });
    await db.workspaces.updateOne({ _id: DEMO_WORKSPACE.id }, { $set: { 'settings.newConversationsPerMinute': 10_000 } });
    const [portA, portB] = [await findFreePort(), await findFreePort()];
    env = {
      ...process.env,
      NODE_ENV: 'test',
      MONGODB_URI: `${testServers().mongoUri.replace(/\/$/, '')}/${settings.mongo.database}`,
      TEMPORAL_ADDRESS: testServers().temporalAddress,
      BATON_TASK_QUEUE: settings.temporal.taskQueue,
      BATON_DATA_DIR: settings.dataDir,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      BATON_SECRET: randomBytes(32).toString('hex'),
      BATON_SHUTDOWN_GRACE_S: String(GRACE_S),
      BATON_WORKER_HTTP_PORT: '0',
      BATON_ARCHIVE_EVERY_MINUTES: '0',
      OPENAI_API_KEY: '',
    };
    worker = await spawnBaton('worker', 'worker-1');
    apiA = await spawnBaton('api', 'api-a', { PORT: String(portA) });
    await spawnBaton('api', 'api-b', { PORT: String(portB) });
    urls = { a: `http://127.0.0.1:${portA}/graphql`, b: `http://127.0.0.1:${portB}/graphql` };
  });

  after(async () => {
    live?.close();
    await Promise.all(processes.map((child) => child.stop()));
    await redis?.stop();
    await db?.db.dropDatabase().catch(() => undefined);
    await db?.close();
  });

  /** Customers that each send, wait for the answer, and send again, until `until()` says stop. */
  async function steadyLoad(customers: Customer[], until: () => boolean): Promise<void> {
    await Promise.all(
      customers.map(async (customer) => {
        while (!until() && !customer.escalated) {
          await customer.send();
          const sent = customer.sent.length;
          await waitUntil(
            async () => {
              const conversation = await db.conversations.findOne({ _id: customer.conversationId! }, { projection: { status: 1 } });
              if (conversation?.status === 'AWAITING_HUMAN') return (customer.escalated = true);
              return (await db.messages.countDocuments({ conversationId: customer.conversationId!, kind: 'AI' })) >= sent;
            },
            `${customer.label}'s answer to message ${sent - 1}`,
            60_000,
          );
        }
      }),
    );
  }

  /** Every message sent is in its conversation exactly once, the timeline has no gap, and each got one answer. */
  async function assertAccountedFor(customers: Customer[]) {
    for (const customer of customers) {
      const entries = await db.messages.find({ conversationId: customer.conversationId! }).sort({ seq: 1 }).toArray();
      assert.deepEqual(
        entries.map((entry) => entry.seq),
        entries.map((_, index) => index + 1),
        `${customer.label}: seq 1..n, no gap or repeat`,
      );
      const said = entries.filter((entry) => entry.kind === 'CUSTOMER').map((entry) => entry.text);
      assert.deepEqual(
        said,
        customer.sent.map((message) => message.text),
        `${customer.label}: every message once, in order`,
      );
      if (!customer.escalated) {
        assert.deepEqual(
          entries.map((entry) => entry.kind),
          customer.sent.flatMap(() => ['CUSTOMER', 'AI']),
          `${customer.label}: one answer per message`,
        );
      }
    }
  }

  let customers: Customer[];

  test('an API told to stop finishes what it holds and exits 0, while its customers carry on through the other instance', async (t) => {
    let aUp = true;
    const apisFor = (primary: 'a' | 'b') => () => (primary === 'a' ? [urls.a, urls.b] : [urls.b, urls.a]);
    customers = [];
    for (const [index, primary] of (['a', 'b', 'a', 'b'] as const).entries()) {
      const session = await post(urls[primary], 'mutation { startWidgetSession(workspaceKey: "demo") { token } }', {}, '');
      const token = (session.data as unknown as { startWidgetSession: { token: string } }).startWidgetSession.token;
      customers.push(new Customer(`customer-${index}`, token, apisFor(primary), index * 3));
    }
    let stopAt = Infinity;
    const load = steadyLoad(customers, () => !aUp && customers.every((customer) => customer.sent.length >= stopAt));

    // The widget of customer 0 watches its conversation through the load balancer, which sends it to A while A is ready.
    await waitUntil(async () => customers[0]!.conversationId, 'the first conversation');
    live = liveConversation([urls.a, urls.b], customers[0]!.token, customers[0]!.conversationId!);
    await waitUntil(async () => live!.state.connectedTo[0] === urls.a && live!.entries.size >= 2, 'the live conversation on API A');
    await waitUntil(async () => customers.every((customer) => customer.sent.length >= 2), 'two messages from every customer');

    const stopped = await terminate(apiA);
    aUp = false;
    stopAt = Math.max(...customers.map((customer) => customer.sent.length)) + 2;
    t.diagnostic(`API A exited ${stopped.code} ${stopped.ms} ms after SIGTERM`);
    assert.equal(stopped.code, 0);
    assert.ok(stopped.ms < GRACE_S * 1000, `API A took ${stopped.ms} ms`);
    await load;
    const sentInAll = customers.reduce((sum, customer) => sum + customer.sent.length, 0);
    t.diagnostic(`${sentInAll} messages in all, ${customers.reduce((sum, customer) => sum + customer.retries, 0)} retried on the other instance`);

    await assertAccountedFor(customers);
    // The stream on A ended cleanly (complete, not a cut connection); the widget came back on B and caught up.
    assert.ok(live.state.completes >= 1, `completes: ${live.state.completes}`);
    assert.equal(live.state.connectedTo.at(-1), urls.b);
    // Agents' notes (the handoff summary of an escalation) are not the widget's to see.
    const stored = await db.messages.find({ conversationId: customers[0]!.conversationId!, kind: { $ne: 'NOTE' } }).toArray();
    await waitUntil(async () => stored.every((entry) => live!.entries.has(entry._id)), 'the widget to hold every stored entry');
  });

  test('a worker told to stop finishes the answers in flight, and the next worker takes over with nothing lost or doubled', async (t) => {
    // A has gone: every send now fails over to B at once (connection refused), as behind a load balancer.
    assert.ok(
      customers.some((customer) => !customer.escalated),
      'some conversation is still with the AI',
    );
    let phaseDone = false;
    const target = Math.max(...customers.map((customer) => customer.sent.length)) + 4;
    const load = steadyLoad(customers, () => phaseDone || customers.every((customer) => customer.sent.length >= target));

    // Mid-answer: a message is in, its answer not yet stored.
    const before = customers.reduce((sum, customer) => sum + customer.sent.length, 0);
    await waitUntil(async () => customers.reduce((sum, customer) => sum + customer.sent.length, 0) > before, 'a new message');
    const unanswered = await Promise.all(
      customers.map(async (customer) => customer.sent.length - (await db.messages.countDocuments({ conversationId: customer.conversationId!, kind: 'AI' }))),
    );
    const stopped = await terminate(worker);
    t.diagnostic(`SIGTERM with ${unanswered.reduce((sum, count) => sum + Math.max(count, 0), 0)} message(s) sent and not yet answered`);
    t.diagnostic(`the worker exited ${stopped.code} ${stopped.ms} ms after SIGTERM`);
    assert.equal(stopped.code, 0);
    assert.ok(stopped.ms < GRACE_S * 1000, `the worker took ${stopped.ms} ms`);
    worker = await spawnBaton('worker', 'worker-2');
    await load;
    phaseDone = true;
    await assertAccountedFor(customers);
  });

  test('a request still running when the grace period ends is cut, and the API exits 1 saying why', async (t) => {
    const port = await findFreePort();
    const api = await spawnBaton('api', 'api-short-grace', { PORT: String(port), BATON_SHUTDOWN_GRACE_S: '1' });
    // A client that announces a body and sends only its first byte: the request stays in flight.
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100\r\nexpect: 100-continue\r\n\r\n');
    // 100 Continue: the request has reached the API's handler.
    await waitUntil(async () => received.includes('100 Continue'), 'the API to take the request');
    socket.write('{');

    const stopped = await terminate(api);
    socket.destroy();
    t.diagnostic(`the API exited ${stopped.code} ${stopped.ms} ms after SIGTERM with a 1 s grace`);
    assert.equal(stopped.code, 1);
    assert.ok(stopped.ms >= 1_000 && stopped.ms < 3_000, `took ${stopped.ms} ms`);
    assert.match(readFileSync(join(settings.dataDir, 'logs', 'api-short-grace.log'), 'utf8'), /BATON_SHUTDOWN_GRACE_S.*exiting/);
  });
});
