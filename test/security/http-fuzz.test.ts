import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, test } from 'node:test';
import { createConnection } from 'node:net';
import { HTTP_LIMITS, MAX_REQUEST_BYTES } from '../../api';
import { sendRaw, type RawOutcome } from '../support/raw-http';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

/** Everything written to stderr while the suite runs: where the server logs its error ids. */
const logged: string[] = [];
const writeStderr = process.stderr.write.bind(process.stderr);

/** A small seeded PRNG (mulberry32), so a failing run can be replayed with HTTP_FUZZ_SEED. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  const bytes = (length: number) => Buffer.from(Array.from({ length }, () => int(256)));
  return { next, int, pick, chance, bytes };
}
type Random = ReturnType<typeof seededRandom>;

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

/** A chunked body of `total` bytes in 64 KiB chunks. */
function chunkedBody(total: number): Buffer[] {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const parts: Buffer[] = [];
  for (let sent = 0; sent < total; sent += chunk.length) parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  parts.push(Buffer.from('0\r\n\r\n'));
  return parts;
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
      ...chunkedBody(5 * 1024 * 1024),
    ]);
    assert.ok(outcome.kind === 'response' && outcome.status === 413, `5 MB chunked body got ${JSON.stringify(outcome)}`);
    await graphqlWorks(app);
  });
});
