import type { IncomingMessage, ServerResponse } from 'node:http';
import { METRICS_CONTENT_TYPE, renderMetrics } from '../../telemetry/metrics';
import type { RequestTarget } from './request-target';

/** What /readyz reports: each check's result (name, ok, latency, error) and the names of the failing ones. */
export type OpsReadiness = { failing: readonly string[]; checks: readonly unknown[] };

export type OpsEndpoints = {
  /** Answers /healthz, /readyz and /metrics and returns true; any other path is left to the caller. */
  handle(request: IncomingMessage, response: ServerResponse, target: RequestTarget): Promise<boolean>;
};

/**
 * What an orchestrator and a scraper ask a process: is it alive (`/healthz`, answered from memory
 * so a slow dependency never gets a live process restarted), can it serve (`/readyz`, every
 * dependency checked, 503 naming the failing ones so traffic goes elsewhere), and its metrics.
 */
export function createOpsEndpoints(options: { readiness: () => Promise<OpsReadiness>; stopping?: () => boolean }): OpsEndpoints {
  return {
    async handle(request, response, target) {
      if (target.path !== '/healthz' && target.path !== '/readyz' && target.path !== '/metrics') return false;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(response, 405, 'application/json; charset=utf-8', JSON.stringify({ status: 'error', error: `${target.path} answers GET only` }), {
          allow: 'GET, HEAD',
        });
        return true;
      }
      if (target.path === '/healthz') {
        send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ status: 'ok' }));
        return true;
      }
      if (target.path === '/metrics') {
        send(response, 200, METRICS_CONTENT_TYPE, await renderMetrics());
        return true;
      }
      const report = await options.readiness();
      // A process that is shutting down takes no new work, whatever its dependencies say.
      const stopping = options.stopping?.() ?? false;
      const failing = stopping ? ['shutting down', ...report.failing] : report.failing;
      const body = { status: failing.length === 0 ? 'ready' : 'unavailable', ...(failing.length > 0 ? { failing } : {}), checks: report.checks };
      send(response, failing.length === 0 ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify(body));
      return true;
    },
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
