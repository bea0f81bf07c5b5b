import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PROJECT_ROOT } from '../../cli/local-stack/provision';
import type { Settings } from '../../config/settings';
import { seedDemoWorkspace } from '../../server/seed-demo';
import { connectDatabase, type BatonDb } from '../../store/database';
import { startChildWorker, type ChildWorker } from '../support/child-worker';
import { gql, gqlOk } from '../support/graphql-client';
import { CONVERSATION_FIELDS, widgetToken, type Conversation } from '../support/demo-actors';
import { isolatedSettings, testServers } from '../support/test-servers';
import { waitUntil } from '../support/wait-until';

const SEND = `mutation Send($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { ${CONVERSATION_FIELDS} } }`;
const GET = `query Get($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} } }`;
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'structured-logs');
const WRONG_PASSWORD = `wrong-${randomUUID()}`;

type ChildApi = { child: ChildProcess; url: string; output: () => string; stop(): Promise<void> };
type LogLine = Record<string, unknown>;

/** The environment `baton api` and `baton worker` read, pointed at this test's database and task queue. */
function childEnv(settings: Settings, temporalAddress: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MONGODB_URI: `${settings.mongo.uri!.replace(/\/$/, '')}/${settings.mongo.database}`,
    TEMPORAL_ADDRESS: temporalAddress,
    BATON_TASK_QUEUE: settings.temporal.taskQueue,
    BATON_DATA_DIR: settings.dataDir,
    OPENAI_API_KEY: '',
    REDIS_URL: '',
    BATON_ARCHIVE_EVERY_MINUTES: '0',
    PORT: '0',
    LOG_LEVEL: 'debug',
  };
}

/** Runs `baton api` as an operator would; resolves with its URL once it serves. */
async function startChildApi(env: NodeJS.ProcessEnv): Promise<ChildApi> {
  const child = spawn(process.execPath, ['bin/baton.js', 'api'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const url = await new Promise<string>((resolveReady, reject) => {
    child.stdout!.on('data', () => {
      const found = /GraphQL at (http:\/\/[^\s"]+)/.exec(output)?.[1];
      if (found) resolveReady(found);
    });
    void exited.then(() => reject(new Error(`baton api exited early:\n${output}`)));
  });
  return {
    child,
    url,
    output: () => output,
    async stop() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The JSON log lines in a process's output (start-up lines for humans are skipped). */
function jsonLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

describe('structured logs across the API and the worker', () => {
  let settings: Settings;
  let db: BatonDb;
  let worker: ChildWorker;
  let api: ChildApi;
  before(async () => {
    settings = isolatedSettings('structured_logs');
    const { mongoUri, temporalAddress } = testServers();
    db = await connectDatabase(mongoUri, settings.mongo.database);
    await seedDemoWorkspace(db, { demoPassword: settings.demoPassword });
    const env = childEnv(settings, temporalAddress);
    [worker, api] = await Promise.all([startChildWorker(settings, temporalAddress, { LOG_LEVEL: 'debug' }), startChildApi(env)]);
  });
  after(async () => {
    await Promise.all([worker?.kill(), api?.stop()]);
    // Kept for a reader who wants to see what the lines look like.
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'api.log'), api?.output() ?? '');
    writeFileSync(join(ARTIFACTS, 'worker.log'), worker?.output() ?? '');
    await db.db.dropDatabase().catch(() => undefined);
    await db.close();
  });

  test("one customer message's log lines in both processes carry the client's request id and the conversation id, and no secret", async () => {
    const requestId = `e2e-${randomUUID()}`;
    const token = await widgetToken(api.url);
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: SEND, variables: { input: { text: 'How do I reset my password?', clientMessageId: 'logs-1' } } }),
    });
    assert.equal(response.headers.get('x-request-id'), requestId, 'the request id is echoed');
    const sent = ((await response.json()) as { data: { sendCustomerMessage: Conversation } }).data.sendCustomerMessage;
    const conversationId = sent.id;
    await waitUntil(async () => {
      const { conversation } = await gqlOk<{ conversation: Conversation }>(api.url, GET, { id: conversationId }, token);
      return conversation.timeline.some((entry) => entry.kind === 'AI');
    }, 'the AI answer');
    const failedLogin = await gql(api.url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: 'admin@baton.test',
      p: WRONG_PASSWORD,
    });
    assert.equal(failedLogin.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

    const ofMessage = (line: LogLine) => line.requestId === requestId && line.conversationId === conversationId;
    const workerLines = await waitUntil(async () => {
      const lines = jsonLines(worker.output()).filter(ofMessage);
      return lines.some((line) => String(line.msg).includes('recordConversationStep')) ? lines : null;
    }, "the worker's lines for the message's activities");
    const apiLines = jsonLines(api.output()).filter(ofMessage);

    assert.ok(apiLines.length >= 1, `the API logs the message under its request id:\n${api.output().slice(-3000)}`);
    assert.ok(
      workerLines.some((line) => line.level === 'debug' && String(line.msg).startsWith('activity ')),
      'each activity logs a line at debug',
    );
    assert.ok(
      workerLines.every((line) => line.workspaceId === 'ws_demo'),
      'activity lines name the workspace',
    );
    for (const line of [...jsonLines(api.output()), ...jsonLines(worker.output())]) {
      assert.equal(typeof line.time, 'string');
      assert.match(String(line.level), /^(trace|debug|info|warn|error|fatal)$/);
    }
    const everything = `${api.output()}\n${worker.output()}`;
    assert.ok(!everything.includes(token), 'no log line holds the bearer token');
    assert.ok(!everything.includes(WRONG_PASSWORD), 'no log line holds a password that was sent');
    assert.ok(!everything.includes(settings.demoPassword), 'no log line holds the demo password');
  });

  test('a malformed x-request-id is replaced by one the server makes', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces "and quotes"' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const given = response.headers.get('x-request-id') ?? '';
    assert.match(given, /^[0-9a-f-]{36}$/);
    await waitUntil(async () => jsonLines(api.output()).some((line) => line.requestId === given && line.msg === 'request'), 'the request line');
  });
});
