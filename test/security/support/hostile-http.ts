import type { Random } from './seeded-random';

/**
 * Raw HTTP/1.1 requests as an attacker or a broken client writes them: odd request lines,
 * paths, methods, headers and bodies, and framings that disagree with themselves. Each case is
 * the bytes to send, in the pieces to send them in, with a label to name it in a failure.
 */
export type HostileRequest = { label: string; parts: Buffer[] };

const METHODS = [
  'GET',
  'GET',
  'POST',
  'POST',
  'POST',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
  'PATCH',
  'TRACE',
  'get',
  'PoSt',
  'FOO',
  'M-SEARCH',
  'PROPFIND',
  'X'.repeat(300),
  'G\tET',
  '',
  'GET /',
];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/11', 'http/1.1', 'HTTP/1.1 extra', ''];

const PATHS = [
  '/graphql',
  '/graphql',
  '/graphql',
  '/',
  '//',
  '///',
  '%',
  '/%',
  '/%ff',
  '/%c3%28',
  '/%e2%82',
  '/%f0%28%8c%bc',
  '/%00',
  '/%zz',
  '/%%',
  '*',
  'http://[',
  'http://[::1',
  'http://localhost/graphql',
  'http://evil.example//graphql',
  'https://x:99999/',
  'HTTP://LOCALHOST/studio',
  'ftp://x/graphql',
  '//evil.example/graphql',
  '/..',
  '/../../../../etc/passwd',
  '/assets/..',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/.',
  '/assets/...',
  '/studio/..',
  '/graphql/..',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/%5c..%5c..%5cwindows',
  '/graphql?query=%ff',
  '/graphql?query={__typename}',
  '/graphql?query=%7B__typename%7D',
  '/graphql?query=query%20%7B',
  '/graphql?variables=%7B',
  '/graphql?query={__typename}&variables=[',
  '/graphql?query={__typename}&operationName=%00',
  '/graphql?query=%7B__typename%7D&extensions=%7B%22persistedQuery%22%3A1%7D',
  '/graphql?query=subscription%7BinboxChanged%7Bid%7D%7D',
  '/studio//',
  '/widget.js?x=%ff',
  '/favicon.svg',
  '/constructor',
  '/__proto__',
  '/toString',
  '/hasOwnProperty',
  '/assets/constructor',
  '/assets/__proto__',
  '/inbox/',
  '/demo',
  '/healthz',
  '/metrics',
  '/graphql#frag',
  'graphql',
  '\\\\',
  '/\\\\evil',
  '/?a=1&a=2&__proto__=x',
  '/graphql?__proto__[query]=x',
];

const QUERIES = [
  '{ __typename }',
  'query { inbox { edges { node { id } } } }',
  '{ conversation(id: "x") { id status timeline { id text } } }',
  'mutation { login(email: "nobody@example.com", password: "x") { token } }',
  '{ __schema { types { name } } }',
  `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  `query { ${'conversation(id: "x") { '.repeat(20)}id${' }'.repeat(20)} }`,
  'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
  '{ __typename @skip(if: true) @include(if: false) @deprecated }',
  'query ($a: Int!) { __typename }',
  'subscription { inboxChanged { id } }',
  '{',
  '}{}{',
  'query'.repeat(500),
  '\u0000\ud800',
];

const JSON_BODIES: ((random: Random) => string)[] = [
  (random) => JSON.stringify({ query: random.pick(QUERIES) }),
  (random) => JSON.stringify({ query: random.pick(QUERIES), variables: random.pick([null, 'x', 1, [], { a: 'b' }, { a: { __proto__: 1 } }]) }),
  (random) => JSON.stringify({ query: random.pick(QUERIES), operationName: random.pick([null, 1, 'x', '__proto__']) }),
  (random) => JSON.stringify({ query: random.pick([null, 1, true, ['{ __typename }'], { a: 1 }]) }),
  () => '{"__proto__":{"query":"{ __typename }"},"constructor":{"prototype":{"polluted":1}}}',
  () => JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
  () => `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  () => `{"query":"{ __typename }","variables":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
  () => '{"query":"\\ud800\\udfff\\u0000"}',
  () => '{"query": "{ __typename }",}',
  () => '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
  () => 'null',
  () => '',
  () => 'query={__typename}',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/graphql-response+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'application/graphql',
  '',
  '*/*',
  'application/json;;;',
  'application/json; charset="',
  'application/\u00ff',
];

/** Headers a client may add, well-formed or not. */
const EXTRA_HEADERS: ((random: Random) => string)[] = [
  (random) =>
    `Accept: ${random.pick(['*/*', 'text/event-stream', 'multipart/mixed', 'application/graphql-response+json', 'text/html', '', 'application/json;q=x'])}`,
  (random) =>
    `Authorization: ${random.pick(['Bearer x', `Bearer ${'a'.repeat(3000)}`, 'Basic Zm9vOmJhcg==', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'Bearer ', 'Bearer a.b.c'])}`,
  (random) => `Origin: ${random.pick(['https://evil.example', 'null', 'http://localhost', '', 'https://\u00ff'])}`,
  (random) => `Expect: ${random.pick(['100-continue', 'nonsense'])}`,
  (random) => `Connection: ${random.pick(['close', 'keep-alive', 'upgrade', 'close, close', ''])}`,
  (random) => `Upgrade: ${random.pick(['websocket', 'h2c', 'HTTP/2.0'])}`,
  (random) => `Accept-Encoding: ${random.pick(['gzip, br, deflate', 'identity;q=0', '*;q=0', 'x'.repeat(2000)])}`,
  (random) => `Content-Encoding: ${random.pick(['gzip', 'br', 'deflate', 'identity', 'x'])}`,
  (random) => `X-Forwarded-For: ${random.pick(['1.2.3.4', 'not an address', ', , ,', '::1, 10.0.0.1, 300.1.1.1'])}`,
  (random) => `Range: ${random.pick(['bytes=0-1', 'bytes=-1', 'bytes=5-1', 'x'])}`,
  () => 'If-None-Match: *',
  () => 'Cookie: a=b; __proto__=x',
  () => 'X-Latin1: caf\u00e9 \u00ff',
  () => Array.from({ length: 150 }, (_, i) => `X-Many-${i}: v`).join('\r\n'),
  () => 'constructor: x',
  () => '__proto__: x',
];

/** Headers no correct client sends: bad names and bytes, folding, duplicates that change the framing, oversize. */
const BROKEN_HEADERS: (() => string)[] = [
  () => 'Bad Header: x',
  () => ': empty name',
  () => 'X-Control: a\x00b',
  () => 'X-Del: a\x7fb',
  () => 'X-Folded: a\r\n b',
  () => 'Host: second.example',
  () => 'Content-Length: 3',
  () => 'Transfer-Encoding: chunked',
  () => `X-Big: ${'b'.repeat(20_000)}`,
];

/** Framings of a body, honest or not; `undefined` sends the body with no framing header at all. */
type Framing = 'length' | 'short-length' | 'long-length' | 'chunked' | 'bad-chunks' | 'length-and-chunked' | 'odd-length' | 'none';
const FRAMINGS: Framing[] = [
  'length',
  'length',
  'length',
  'chunked',
  'chunked',
  'short-length',
  'long-length',
  'bad-chunks',
  'length-and-chunked',
  'odd-length',
  'none',
];

function frame(random: Random, body: Buffer, framing: Framing): { headers: string[]; body: Buffer } {
  switch (framing) {
    case 'length':
      return { headers: [`Content-Length: ${body.length}`], body };
    case 'short-length':
      return { headers: [`Content-Length: ${Math.max(0, body.length - 1 - random.int(5))}`], body };
    case 'long-length':
      return { headers: [`Content-Length: ${body.length + 1 + random.int(1000)}`], body };
    case 'chunked':
      return { headers: ['Transfer-Encoding: chunked'], body: chunked(random, body) };
    case 'bad-chunks': {
      const size = random.pick(['zz', '-1', 'fffffffffffffffffff', '1;ext=1', '5 5', '', '0x5', String(body.length)]);
      const tail = random.pick(['\r\n0\r\n\r\n', '\r\n', '0\r\n', '\r\n0\r\nTrailer: x\r\n\r\n', '']);
      return { headers: ['Transfer-Encoding: chunked'], body: Buffer.concat([Buffer.from(`${size}\r\n`), body, Buffer.from(tail)]) };
    }
    case 'length-and-chunked':
      return { headers: [`Content-Length: ${body.length}`, 'Transfer-Encoding: chunked'], body: chunked(random, body) };
    case 'odd-length':
      return { headers: [`Content-Length: ${random.pick(['-1', '1e3', '0x10', ' 5', '99999999999999999999', '5, 6', 'abc', ''])}`], body };
    case 'none':
      return { headers: [], body };
  }
}

/** A chunked encoding of the body in random chunk sizes. */
function chunked(random: Random, body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    const size = Math.min(body.length - at, 1 + random.int(64));
    parts.push(Buffer.from(`${size.toString(16)}\r\n`), body.subarray(at, at + size), Buffer.from('\r\n'));
    at += size;
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

function randomBytes(random: Random, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => random.int(256)));
}

function randomPath(random: Random): string {
  if (random.chance(0.75)) return random.pick(PATHS);
  const pieces = ['..', '.', '%', '%ff', '%c3%28', '%2e%2e', '%2f', '', 'a', '\u00e9', '?', '#', '&', '=', '%00', 'graphql', 'assets', '\\'];
  const length = random.chance(0.05) ? 2000 + random.int(8000) : 1 + random.int(8);
  return `/${Array.from({ length }, () => random.pick(pieces)).join(random.pick(['/', '//', '']))}`;
}

/**
 * One request: a random request line, headers and (for most) a framed body. Half are well-formed
 * HTTP with odd content, so they reach the pages and GraphQL; the other half break HTTP itself.
 */
function oneRequest(random: Random): { label: string; bytes: Buffer } {
  const wellFormed = random.chance(0.5);
  const method = wellFormed ? random.pick(['GET', 'GET', 'POST', 'POST', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']) : random.pick(METHODS);
  const path = random.chance(0.01) ? `/${'/'.repeat(6000)}x` : randomPath(random);
  const version = wellFormed ? random.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0']) : random.pick(VERSIONS);
  const eol = wellFormed || random.chance(0.8) ? '\r\n' : random.pick(['\n', '\r', '\r\r\n']);
  const headers: string[] = [];
  if (wellFormed || random.chance(0.9))
    headers.push(`Host: ${wellFormed ? 'localhost' : random.pick(['localhost', 'evil.example', '', 'a b', '[', 'localhost:99999'])}`);
  let body: Buffer = Buffer.alloc(0);
  if (method !== 'GET' && method !== 'HEAD' ? random.chance(0.9) : random.chance(0.1)) {
    headers.push(`Content-Type: ${random.pick(CONTENT_TYPES)}`);
    const raw = random.chance(0.85) ? Buffer.from(random.pick(JSON_BODIES)(random)) : randomBytes(random, random.int(2000));
    const framed = frame(random, raw, wellFormed ? random.pick(['length', 'length', 'chunked'] as const) : random.pick(FRAMINGS));
    headers.push(...framed.headers);
    body = framed.body;
  }
  for (let count = random.int(4); count > 0; count -= 1) headers.push(random.pick(EXTRA_HEADERS)(random));
  if (!wellFormed && random.chance(0.3)) headers.push(random.pick(BROKEN_HEADERS)());
  const separator = wellFormed || random.chance(0.9) ? ' ' : random.pick(['  ', '\t', '']);
  const line = [method, path, version].filter((part, index) => index !== 2 || part !== '').join(separator);
  const head = Buffer.from(`${line}${eol}${headers.map((header) => `${header}${eol}`).join('')}${eol}`, 'latin1');
  return {
    label: `${method.slice(0, 20)} ${path.slice(0, 60)} ${version} [${headers.map((header) => header.slice(0, 40)).join(' | ')}] ${body.length} B`,
    bytes: Buffer.concat([head, body]),
  };
}

/** A hostile request: mostly one, sometimes several pipelined, sometimes noise, sometimes cut short. */
export function hostileRequest(random: Random): HostileRequest {
  if (random.chance(0.04)) return { label: 'random bytes', parts: [randomBytes(random, 1 + random.int(4000))] };
  if (random.chance(0.05)) {
    const requests = Array.from({ length: 2 + random.int(3) }, () => oneRequest(random));
    return { label: `pipelined: ${requests.map((request) => request.label).join(' || ')}`, parts: [Buffer.concat(requests.map((request) => request.bytes))] };
  }
  const request = oneRequest(random);
  if (random.chance(0.08)) {
    const cut = random.int(request.bytes.length);
    return { label: `truncated at ${cut}: ${request.label}`, parts: [request.bytes.subarray(0, cut)] };
  }
  // Sent in several writes, so a request line or header may arrive split anywhere.
  if (random.chance(0.2) && request.bytes.length > 2) {
    const cut = 1 + random.int(request.bytes.length - 1);
    return { label: `split at ${cut}: ${request.label}`, parts: [request.bytes.subarray(0, cut), request.bytes.subarray(cut)] };
  }
  return { label: request.label, parts: [request.bytes] };
}

/** A body of `total` bytes, chunked in 64 KiB chunks: counted as it streams, never declared up front. */
export function hugeChunkedRequest(total: number): HostileRequest {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const parts: Buffer[] = [Buffer.from('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n')];
  for (let sent = 0; sent < total; sent += chunk.length) parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  parts.push(Buffer.from('0\r\n\r\n'));
  return { label: `chunked body of ${total} bytes`, parts };
}

/** A body bigger than allowed, declared honestly in Content-Length. */
export function hugeDeclaredRequest(total: number): HostileRequest {
  return {
    label: `Content-Length body of ${total} bytes`,
    parts: [
      Buffer.from(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`),
      Buffer.alloc(total, 'a'),
    ],
  };
}
