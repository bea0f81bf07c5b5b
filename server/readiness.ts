import type { Worker } from '@temporalio/worker';
import type Redis from 'ioredis';
import { redactUrlCredentials } from '../config/redact';
import type { BatonDb } from '../store/database';

/** One dependency a process needs before it can do its job; `probe` rejects when the dependency cannot serve. */
export type ReadinessCheck = { name: string; probe: () => Promise<void> };

export type CheckResult = { name: string; ok: boolean; latencyMs: number; error?: string };
export type ReadinessReport = { ready: boolean; checks: CheckResult[]; failing: string[] };

/**
 * Each probe gets this long: a dependency that hangs (a half-open socket, a paused server) is
 * failing, and /readyz must answer inside the 2 s a load balancer's probe typically allows.
 */
export const CHECK_TIMEOUT_MS = 1_500;

/** Runs every check side by side, each bounded by `timeoutMs`, and never rejects. */
export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map((check) => runCheck(check, timeoutMs)));
  const failing = results.filter((result) => !result.ok).map((result) => result.name);
  return { ready: failing.length === 0, checks: results, failing };
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check.probe(), timedOut]);
    return { name: check.name, ok: true, latencyMs: elapsed(started) };
  } catch (error) {
    // The message only: a stack or a connection URL would tell an outside caller of /readyz more than it needs.
    const message = redactUrlCredentials(error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { name: check.name, ok: false, latencyMs: elapsed(started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10;

/** MongoDB answers a ping (the driver's server selection would otherwise wait far longer than a probe may). */
export const mongoCheck = (db: BatonDb): ReadinessCheck => ({
  name: 'mongodb',
  probe: async () => {
    await db.db.command({ ping: 1 });
  },
});

/** What the client's Connection and the worker's NativeConnection both offer. */
type TemporalConnectionLike = {
  workflowService: { getSystemInfo(request: object): Promise<unknown> };
  withDeadline<T>(deadline: number | Date, fn: () => Promise<T>): Promise<T>;
};

/** Temporal's frontend answers GetSystemInfo, which every server (dev server, cluster, Temporal Cloud) serves without a namespace permission. */
export const temporalCheck = (connection: TemporalConnectionLike, timeoutMs = CHECK_TIMEOUT_MS): ReadinessCheck => ({
  name: 'temporal',
  probe: async () => {
    await connection.withDeadline(Date.now() + timeoutMs, () => connection.workflowService.getSystemInfo({}));
  },
});

/** Redis answers PING; only checked when REDIS_URL is set, since events between processes depend on it. */
export const redisCheck = (redis: Redis): ReadinessCheck => ({
  name: 'redis',
  probe: async () => {
    const answer = await redis.ping();
    if (answer !== 'PONG') throw new Error(`PING answered ${answer}`);
  },
});

/** The worker polls its task queue: RUNNING, not still starting, draining on shutdown, or failed. */
export const workerCheck = (worker: Pick<Worker, 'getState'>): ReadinessCheck => ({
  name: 'worker',
  probe: async () => {
    const state = worker.getState();
    if (state !== 'RUNNING') throw new Error(`the worker is ${state}, not polling its task queue`);
  },
});
