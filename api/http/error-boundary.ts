import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { logUnexpectedError } from '../error-log';
import { RequestTooLargeError } from './body-limit';
import { parseRequestTarget, type RequestTarget } from './request-target';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse, target: RequestTarget) => Promise<void> | void;

/**
 * The one place a request can fail: whatever a handler throws or rejects with becomes a response
 * (400 for a request the client got wrong, 500 with a logged error id otherwise) and never reaches
 * the process, which keeps serving everyone else.
 */
export function withErrorBoundary(handler: RequestHandler, options: { maxRequestBytes: number; headers: Record<string, string> }): RequestListener {
  return (request, response) => {
    for (const [name, value] of Object.entries(options.headers)) response.setHeader(name, value);
    const target = parseRequestTarget(request.url);
    if (!target) {
      sendError(response, 400, 'BAD_USER_INPUT', 'The request target is not a valid path; send an origin-form path such as /graphql.');
      return;
    }
    if (declaresTooLarge(request, options.maxRequestBytes)) {
      refuseTooLarge(request, response, new RequestTooLargeError(options.maxRequestBytes));
      return;
    }
    void (async () => handler(request, response, target))().catch((error: unknown) => answerFailure(error, request, response, target));
  };
}

/** Answers 413 and discards the rest of the body, so the client can read the answer before the connection closes. */
export function refuseTooLarge(request: IncomingMessage, response: ServerResponse, error: RequestTooLargeError): void {
  if (!response.headersSent) sendError(response, 413, 'BAD_USER_INPUT', error.message);
  request.resume();
  // A client that keeps sending past the answer is cut off shortly after it.
  const linger = setTimeout(() => request.socket.destroy(), 2_000);
  linger.unref();
  request.once('end', () => clearTimeout(linger));
  request.once('close', () => clearTimeout(linger));
}

function answerFailure(error: unknown, request: IncomingMessage, response: ServerResponse, target: RequestTarget): void {
  if (error instanceof RequestTooLargeError) {
    refuseTooLarge(request, response, error);
    return;
  }
  const clientFault = isMalformedRequest(error);
  const errorId = logUnexpectedError(
    error,
    { method: request.method?.slice(0, 16), path: target.path.slice(0, 200), status: clientFault ? 400 : 500 },
    clientFault ? 'warn' : 'error',
  );
  if (response.headersSent) {
    // Half a response cannot be turned into an error: closing the connection tells the client.
    response.destroy();
    return;
  }
  if (clientFault) sendError(response, 400, 'BAD_USER_INPUT', 'The request is malformed; check its path, headers and body.', errorId);
  else
    sendError(
      response,
      500,
      'INTERNAL_SERVER_ERROR',
      `Something went wrong on our side; try again, and quote error id ${errorId} if it keeps happening.`,
      errorId,
    );
}

/** Errors that only a malformed request causes (a path or header that cannot be decoded). */
function isMalformedRequest(error: unknown): boolean {
  return error instanceof URIError || (error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_INVALID_URL');
}

/** Whether the request announces (Content-Length) a body over the limit; chunked bodies are counted as they stream instead. */
export function declaresTooLarge(request: IncomingMessage, maxBytes: number): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > maxBytes;
}

function sendError(response: ServerResponse, status: number, code: string, message: string, errorId?: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...(errorId ? { errorId } : {}) } }] });
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
