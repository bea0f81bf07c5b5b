import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { HTTP_LIMITS, MAX_REQUEST_BYTES } from '../../api';
import { sendRaw, type RawOutcome } from '../support/raw-http';
import { fuzzSeed, seededRandom, type Random } from './support/seeded-random';
import { hostileRequest, hugeChunkedRequest, hugeDeclaredRequest, type HostileRequest } from './support/hostile-http';
import { startTestApp, type TestApp } from '../support/test-app';

/** Everything written to stderr while the suite runs: where the server logs its error ids. */
const logged: string[] = [];
const writeStderr = process.stderr.write.bind(process.stderr);

const GOOD_QUERY = JSON.stringify({ query: '{ __typename }' });

/** A request that must always work: the server is still serving. */
async function graphqlWorks(app: TestApp): Promise<void> {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: GOOD_QUERY });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { data: { __typename: 'Query' } });
}

function rawRequest(lines: string[], body: string | Buffer = ''): Buffer {
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body) : body]);
}

/** Sizes of one run; BATON_HTTP_FUZZ_REQUESTS scales it for a longer local soak. */
const REQUESTS = Number(process.env.BATON_HTTP_FUZZ_REQUESTS ?? 2400);
const BATCH = 300;
const CONCURRENCY = 12;
/** Per request: generous, as the suite shares two cores with everything else in CI. */
const ANSWER_WITHIN_MS = 10_000;

/** Heap in use after a full collection, in MiB (gc exposed from inside the test, no node flag needed). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Runs the requests with a few in flight at once; returns each outcome beside its request. */
async function sendAll(port: number, requests: HostileRequest[]): Promise<{ request: HostileRequest; outcome: RawOutcome }[]> {
  const results: { request: HostileRequest; outcome: RawOutcome }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const request = requests[next]!;
      next += 1;
      results.push({ request, outcome: await sendRaw(port, request.parts, { timeoutMs: ANSWER_WITHIN_MS }) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return results;
}

/**
 * A slowloris connection: sends `head` (and then `drip`, one byte at a time) so slowly that the
 * request never completes. Resolves with what the server did about it, or 'open' when `give up`
 * is called first.
 */
function slowConnection(port: number, head: string, drip: string, everyMs: number) {
  const started = Date.now();
  const socket: Socket = createConnection({ host: '127.0.0.1', port });
  let received = '';
  let timer: NodeJS.Timeout | undefined;
  const result = new Promise<{ status: number | null; ms: number }>((resolveResult) => {
    const done = () => {
      clearInterval(timer);
      resolveResult({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? NaN) || null, ms: Date.now() - started });
    };
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
  });
  socket.on('connect', () => {
    socket.write(head);
    let at = 0;
    timer = setInterval(() => socket.write(drip[at++ % drip.length]!), everyMs);
  });
  return { result, giveUp: () => socket.destroy() };
}

/** Every 5xx answer names an error id, and that id is in a log line with the stack. */
function assertExplained(outcome: RawOutcome, what: string): void {
  if (outcome.kind !== 'response' || outcome.status < 500) return;
  const errorId = /"errorId":"([^"]+)"/.exec(outcome.body)?.[1];
  assert.ok(errorId, `${what}: a ${outcome.status} without an error id: ${outcome.head}\n${outcome.body.slice(0, 500)}`);
  assert.ok(
    logged.some((line) => line.includes(errorId) && line.includes('"stack"')),
    `${what}: error id ${errorId} was not logged with its stack`,
  );
}

describe('the HTTP server under hostile traffic', () => {
  let app: TestApp;
  let port: number;
  before(async () => {
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      logged.push(String(chunk));
      return (writeStderr as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    app = await startTestApp('http_fuzz');
    port = app.api.port;
  });
  after(async () => {
    process.stderr.write = writeStderr;
    await app.stop();
  });

  test('GET // and an unparsable absolute-form target get an answer, and the process keeps serving', async () => {
    const slashes = await sendRaw(port, [rawRequest(['GET // HTTP/1.1', 'Host: x'])]);
    assert.equal(slashes.kind, 'response');
    assert.ok(slashes.kind === 'response' && slashes.status < 500, `GET // got ${JSON.stringify(slashes)}`);
    const bracket = await sendRaw(port, [rawRequest(['GET http://[ HTTP/1.1', 'Host: x'])]);
    assert.ok(bracket.kind === 'response' && bracket.status === 400, `GET http://[ got ${JSON.stringify(bracket)}`);
    await graphqlWorks(app);
  });

  test('a chunked body over the limit is refused with 413 while it streams', async () => {
    const outcome = await sendRaw(port, [
      rawRequest(['POST /graphql HTTP/1.1', 'Host: x', 'Content-Type: application/json', 'Transfer-Encoding: chunked']),
      ...hugeChunkedRequest(5 * 1024 * 1024).parts.slice(1),
    ]);
    assert.ok(outcome.kind === 'response' && outcome.status === 413, `5 MB chunked body got ${JSON.stringify(outcome)}`);
    await graphqlWorks(app);
  });
  test('a body announced over the limit with Expect: 100-continue is refused before it is sent', async () => {
    const firstLine = await new Promise<string>((resolveLine, reject) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () =>
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${5 * 1024 * 1024}\r\n\r\n`,
        ),
      );
      socket.once('data', (chunk) => {
        resolveLine(chunk.toString('latin1').split('\r\n')[0]!);
        socket.destroy();
      });
      socket.once('error', reject);
    });
    assert.equal(firstLine, 'HTTP/1.1 413 Payload Too Large');
    await graphqlWorks(app);
  });

  test(
    `${REQUESTS} malformed or odd requests each get a status line or a clean close; the server keeps serving, explains every 5xx, and holds its memory`,
    { timeout: 120_000 },
    async () => {
      const seed = fuzzSeed();
      const random: Random = seededRandom(seed);
      const started = Date.now();
      // Slowloris: headers that never end are cut off after the headers timeout; a body that
      // dribbles in does not stop anyone else from being served meanwhile.
      const slowHeads = Array.from({ length: 8 }, (_, i) =>
        slowConnection(port, `GET /graphql?slow=${i} HTTP/1.1\r\nHost: localhost\r\n`, 'X-Slow: zzzzzzzz\r\n', 400),
      );
      const slowBodies = Array.from({ length: 4 }, () =>
        slowConnection(
          port,
          'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"',
          'a',
          400,
        ),
      );

      await sendAll(
        port,
        Array.from({ length: 100 }, () => hostileRequest(random)),
      );
      const heapBefore = heapAfterGc();
      const statuses = new Map<number | 'closed', number>();
      let slowest = 0;
      for (let sent = 0; sent < REQUESTS; sent += BATCH) {
        const batch = Array.from({ length: BATCH }, () => hostileRequest(random));
        if (sent === BATCH)
          batch.push(hugeChunkedRequest(5 * 1024 * 1024), hugeDeclaredRequest(MAX_REQUEST_BYTES + 1), hugeChunkedRequest(MAX_REQUEST_BYTES + 1024));
        for (const { request, outcome } of await sendAll(port, batch)) {
          const what = `${request.label} (seed ${seed})`;
          assert.notEqual(outcome.kind, 'timeout', `${what}: neither an answer nor a close within ${ANSWER_WITHIN_MS} ms`);
          if (outcome.kind === 'response')
            assert.ok(outcome.status >= 100 && outcome.status <= 599, `${what}: no valid status line: ${outcome.head.slice(0, 200)}`);
          if (request.label.startsWith('chunked body of') || request.label.startsWith('Content-Length body of')) {
            assert.ok(outcome.kind === 'response' && outcome.status === 413, `${what}: ${JSON.stringify(outcome).slice(0, 300)}`);
          }
          assertExplained(outcome, what);
          const key = outcome.kind === 'response' ? outcome.status : 'closed';
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          slowest = Math.max(slowest, outcome.ms);
        }
        await graphqlWorks(app);
      }
      const heapAfter = heapAfterGc();

      const slowHeadResults = await Promise.all(slowHeads.map((slow) => slow.result));
      const headersDeadline = HTTP_LIMITS.headersTimeoutMs + 2 * HTTP_LIMITS.timeoutCheckIntervalMs + 5_000;
      for (const { status, ms } of slowHeadResults) {
        assert.ok(status === 408 || status === null, `a request whose headers never end got ${status}`);
        assert.ok(ms <= headersDeadline, `a request whose headers never end was held ${ms} ms (limit ${HTTP_LIMITS.headersTimeoutMs} ms)`);
      }
      for (const slow of slowBodies) slow.giveUp();
      for (const { status } of await Promise.all(slowBodies.map((slow) => slow.result)))
        assert.ok(status === null || status < 500, `a slow body got ${status}`);
      await graphqlWorks(app);

      const summary = [...statuses]
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ');
      console.log(
        `http fuzz (seed ${seed}): ${REQUESTS + 3} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; slowest answer ${slowest} ms; ${summary}; ` +
          `heap ${heapBefore.toFixed(1)} -> ${heapAfter.toFixed(1)} MiB; slowloris cut off after ${Math.max(...slowHeadResults.map((r) => r.ms))} ms`,
      );
      assert.ok(heapAfter - heapBefore < 48, `heap grew from ${heapBefore.toFixed(1)} to ${heapAfter.toFixed(1)} MiB`);
    },
  );
});
