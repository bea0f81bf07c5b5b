import type { IncomingMessage, ServerResponse } from 'node:http';
import type { createBatonYoga } from '../yoga';
import { createBodyLimit, RequestAbortedError, RequestTooLargeError } from './body-limit';
import type { RequestHandler } from './error-boundary';
import { refuseTooLarge } from './error-boundary';
import { localUrlOf } from './request-target';
import { sendFetchResponse } from './send-fetch-response';

/**
 * Hands a request to Yoga as a fetch `Request` built here rather than by Yoga's Node adapter, so
 * that the URL is one this server parsed, the body reaches Yoga only through the byte counter, and
 * any failure (a URL Yoga could not build, a body over the limit) lands in the error boundary
 * instead of Yoga's own fallback, which answers with the stack trace.
 */
export function createYogaHandler(yoga: ReturnType<typeof createBatonYoga>, options: { maxRequestBytes: number }): RequestHandler {
  return async (request, response, target) => {
    const aborted = new AbortController();
    const abort = () => aborted.abort();
    response.once('close', abort);
    response.once('finish', () => response.off('close', abort));

    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : limitedBody(request, response, options.maxRequestBytes);
    const fetchRequest = new yoga.fetchAPI.Request(localUrlOf(target), {
      method: request.method,
      headers: request.headers as Record<string, string>,
      signal: aborted.signal,
      ...(body ? { body: body as unknown as ReadableStream, duplex: 'half' } : {}),
    } as RequestInit);
    try {
      // The server context Yoga's own Node adapter would pass: node:http's request and response.
      const fetched = await yoga.fetch(fetchRequest, { req: request, res: response });
      await sendFetchResponse(fetched, response);
    } catch (error) {
      // The client went away (or was answered 413 and cut off): nobody is left to answer, and
      // nothing went wrong here. Any other failure is the error boundary's to log.
      if (aborted.signal.aborted && (error as Error | undefined)?.name === 'AbortError') return;
      throw error;
    }
  };
}

/** The request body as Yoga may read it: through the counter, which answers 413 at the first byte past the limit. */
function limitedBody(request: IncomingMessage, response: ServerResponse, maxBytes: number) {
  const limited = createBodyLimit(maxBytes);
  request.pipe(limited);
  // A client that disconnects mid-body must fail Yoga's read, not leave it waiting forever.
  const clientLeft = () => {
    if (!request.complete) limited.destroy(new RequestAbortedError());
  };
  request.once('error', clientLeft);
  request.once('close', clientLeft);
  limited.once('error', (error) => {
    if (!(error instanceof RequestTooLargeError)) return;
    request.unpipe(limited);
    refuseTooLarge(request, response, error);
  });
  return limited;
}
