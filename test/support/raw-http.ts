import { createConnection } from 'node:net';

/** What a server did with one raw request: answered with a status line, closed cleanly, or neither in time. */
export type RawOutcome =
  { kind: 'response'; status: number; head: string; body: string; ms: number } | { kind: 'closed'; ms: number } | { kind: 'timeout'; ms: number };

/**
 * Writes raw bytes to the server (no client library to tidy them up), then half-closes, and reads
 * the first non-1xx status line. The body is read only for 5xx answers (to find the error id).
 */
export function sendRaw(port: number, parts: (string | Buffer)[], options: { timeoutMs?: number; halfClose?: boolean } = {}): Promise<RawOutcome> {
  const started = Date.now();
  return new Promise((resolveOutcome) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let received = Buffer.alloc(0);
    let settled = false;
    const settle = (outcome: RawOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolveOutcome(outcome);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout', ms: Date.now() - started }), options.timeoutMs ?? 10_000);
    const check = (ended: boolean) => {
      const response = readResponse(received, ended);
      if (response) settle({ kind: 'response', ...response, ms: Date.now() - started });
      else if (ended) settle({ kind: 'closed', ms: Date.now() - started });
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      check(false);
    });
    // A reset while we were still writing is a clean refusal too; what matters is what arrived.
    socket.on('error', () => check(true));
    socket.on('close', () => check(true));
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
      if (options.halfClose ?? true) socket.end();
    });
  });
}

/** The first final response in the bytes so far, once its status (and, for 5xx, its body) is complete. */
function readResponse(bytes: Buffer, ended: boolean): { status: number; head: string; body: string } | null {
  let rest = bytes;
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) return null;
    const head = rest.subarray(0, headEnd).toString('latin1');
    const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(head)?.[1] ?? NaN);
    if (Number.isNaN(status)) return { status: 0, head, body: '' };
    rest = rest.subarray(headEnd + 4);
    if (status >= 100 && status < 200) continue;
    if (status < 500) return { status, head, body: '' };
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    if (length !== undefined) return rest.length >= Number(length) ? { status, head, body: rest.subarray(0, Number(length)).toString('utf8') } : null;
    if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) return rest.includes('0\r\n\r\n') ? { status, head, body: rest.toString('utf8') } : null;
    return ended ? { status, head, body: rest.toString('utf8') } : null;
  }
}
