import { Transform, type TransformCallback } from 'node:stream';

/** Raised inside the request body stream once it passes the limit; the HTTP boundary answers 413. */
export class RequestTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is over ${maxBytes} bytes; send a smaller request.`);
  }
}

/** The client closed the connection mid-body: nobody is left to answer, and nothing went wrong here. */
export class RequestAbortedError extends Error {
  constructor() {
    super('The client closed the connection before the request body ended.');
  }
}

/**
 * Passes a request body through while counting its bytes as they arrive, whatever the framing
 * (Content-Length or chunked), and fails the stream at the first byte past `maxBytes`, so a body
 * is never held in memory beyond the limit.
 */
export function createBodyLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(new RequestTooLargeError(maxBytes));
      else callback(null, chunk);
    },
  });
}
