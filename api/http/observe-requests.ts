/**
 * The outermost layer of every HTTP request: it gives the request an id (the client's
 * `x-request-id` when well formed, else a new one), echoes it in the response, runs the request
 * inside a log context carrying it (so every line the request causes, down to the Temporal
 * activities it leads to, has it), and once the response is done logs one line and counts it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { currentLogger, withLogContext } from '../../telemetry/logger';
import { httpRequestDuration, httpRequests } from '../../telemetry/metrics';
import { parseRequestTarget } from './request-target';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids a proxy or client may choose: bounded, and made of characters that cannot break a log line or a header. */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Paths with a route label of their own; any other path is `other`, so a scanner cannot mint a time series per URL. */
const ROUTES = new Set([
  '/graphql',
  '/',
  '/inbox',
  '/dashboard',
  '/studio',
  '/knowledge',
  '/demo',
  '/agents',
  '/chat',
  '/widget.js',
  '/favicon.svg',
  '/healthz',
  '/readyz',
  '/metrics',
]);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Probes and scrapes, every few seconds each: logged at debug so they do not bury the requests that matter. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/** The client's request id if it is well formed; otherwise undefined (and the server makes one). */
export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && WELL_FORMED_REQUEST_ID.test(header) ? header : undefined;
}

/** The route label of a raw request target. */
export function routeOf(rawTarget: string | undefined): string {
  const path = parseRequestTarget(rawTarget)?.path.replace(/(.)\/+$/, '$1');
  if (path === undefined) return 'other';
  if (ROUTES.has(path)) return path;
  return path.startsWith('/assets/') ? '/assets' : 'other';
}

export function observeRequests(listener: RequestListener): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const requestId = acceptedRequestId(request.headers[REQUEST_ID_HEADER]) ?? randomUUID();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    const method = METHODS.has(request.method ?? '') ? request.method! : 'other';
    const route = routeOf(request.url);
    withLogContext({ requestId }, () => {
      const log = currentLogger();
      response.once('close', () => {
        // A client that left before the answer was complete gets nginx's 499, which no server sends.
        const status = response.writableFinished ? String(response.statusCode) : '499';
        const seconds = (performance.now() - started) / 1000;
        httpRequests.inc({ method, route, status });
        httpRequestDuration.observe({ method, route }, seconds);
        const line = { method, route, status: Number(status), durationMs: Math.round(seconds * 1000) };
        if (QUIET_ROUTES.has(route)) log.debug(line, 'request');
        else log.info(line, 'request');
      });
      listener(request, response);
    });
  };
}
