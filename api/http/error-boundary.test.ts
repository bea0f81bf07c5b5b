import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createConnection, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { GraphQLError } from 'graphql';
import { batonError } from '../errors';
import { maskUnexpectedError } from '../unexpected-errors';
import { sendRaw } from '../../test/support/raw-http';
import { withErrorBoundary } from './error-boundary';

/** Runs `act` with stderr captured, and returns what it wrote there. */
async function capturingStderr(act: () => Promise<void> | void): Promise<string> {
  const write = process.stderr.write.bind(process.stderr);
  let written = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    await act();
  } finally {
    process.stderr.write = write;
  }
  return written;
}

describe('the HTTP error boundary', () => {
  let server: Server;
  let port: number;
  before(async () => {
    server = createServer(
      withErrorBoundary(
        async (_request, response, target) => {
          if (target.path === '/throws') throw new Error('a handler bug');
          if (target.path === '/rejects') await Promise.reject(new Error('an async handler bug'));
          if (target.path === '/bad-encoding') decodeURIComponent('%ff');
          if (target.path === '/half-written') {
            response.writeHead(200, { 'content-type': 'text/plain' });
            response.write('half');
            throw new Error('failed mid-answer');
          }
          response.writeHead(200).end('fine');
        },
        { maxRequestBytes: 1024, headers: { 'x-content-type-options': 'nosniff' } },
      ),
    );
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((closed) => server.close(() => closed())));

  const get = (path: string) => sendRaw(port, [`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`]);

  test('a handler that throws or rejects gets a 500 naming an error id that is logged with the stack, and the server keeps serving', async () => {
    for (const path of ['/throws', '/rejects']) {
      let outcome: Awaited<ReturnType<typeof get>> | undefined;
      const log = await capturingStderr(async () => {
        outcome = await get(path);
      });
      assert.ok(outcome?.kind === 'response' && outcome.status === 500, JSON.stringify(outcome));
      const errorId = (JSON.parse(outcome.body) as { errors: { extensions: { code: string; errorId: string } }[] }).errors[0]!.extensions.errorId;
      const line = JSON.parse(
        log
          .trim()
          .split('\n')
          .find((entry) => entry.includes(errorId))!,
      ) as Record<string, string>;
      assert.equal(line.level, 'error');
      assert.match(line.stack!, /handler bug/);
      assert.doesNotMatch(outcome.body, /handler bug/, 'the stack stays in the log');
    }
    const fine = await get('/fine');
    assert.ok(fine.kind === 'response' && fine.status === 200);
  });

  test('a request the handler cannot decode is the client’s fault: 400', async () => {
    let outcome: Awaited<ReturnType<typeof get>> | undefined;
    await capturingStderr(async () => {
      outcome = await get('/bad-encoding');
    });
    assert.ok(outcome?.kind === 'response' && outcome.status === 400, JSON.stringify(outcome));
  });

  test('an unparsable target is refused with 400 before any handler runs', async () => {
    const outcome = await get('http://[');
    assert.ok(outcome.kind === 'response' && outcome.status === 400);
    assert.match(outcome.head, /x-content-type-options: nosniff/i);
  });

  test('a failure after the answer has started closes the connection instead of corrupting it', async () => {
    let received = '';
    await capturingStderr(async () => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('GET /half-written HTTP/1.1\r\nHost: x\r\n\r\n'));
      socket.on('data', (chunk) => (received += chunk.toString()));
      await new Promise((closed) => socket.once('close', closed));
    });
    assert.match(received, /^HTTP\/1\.1 200/);
    assert.match(received, /half/);
    assert.doesNotMatch(received, /\r\n0\r\n\r\n$/, 'the chunked answer is cut off, not ended as if complete');
  });
});

describe("Yoga's masked errors", () => {
  test('an unexpected error becomes INTERNAL_SERVER_ERROR with an error id, logged with its stack', async () => {
    let masked: Error | undefined;
    const log = await capturingStderr(() => {
      masked = maskUnexpectedError(
        new GraphQLError('boom', { originalError: new TypeError('cannot read x of undefined'), path: ['inbox'] }),
        'Unexpected error.',
      );
    });
    assert.ok(masked instanceof GraphQLError);
    assert.equal(masked.message, 'Unexpected error.');
    assert.equal(masked.extensions.code, 'INTERNAL_SERVER_ERROR');
    const errorId = masked.extensions.errorId as string;
    assert.match(errorId, /^[0-9a-f-]{36}$/);
    const line = JSON.parse(log.trim()) as Record<string, string>;
    assert.equal(line.errorId, errorId);
    assert.equal(line.path, 'inbox');
    assert.match(line.stack!, /cannot read x of undefined/);
  });

  test('errors thrown on purpose pass unchanged and unlogged', async () => {
    const expected = batonError('FORBIDDEN', 'Only admins may do that.');
    let masked: Error | undefined;
    const log = await capturingStderr(() => {
      masked = maskUnexpectedError(expected, 'Unexpected error.');
    });
    assert.equal(masked, expected);
    assert.equal(log, '');
  });
});
