import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitRejections } from '../../telemetry/metrics';
import { batonError } from '../errors';

/**
 * Budgets per minute, each counted under one key. A widget session is one customer; an agent is
 * one person typing. Per-address budgets leave room for a shared office or mobile-carrier
 * address; the per-workspace ones bound what many addresses together can do to one workspace.
 */
export const RATE_LIMITS = {
  customerMessage: { points: 60, what: 'messages per minute from one chat' },
  agentAction: { points: 300, what: 'actions per minute from one agent' },
  /** Each one is a model call: far fewer than an agent's other actions, and more than anyone reads in a minute. */
  suggestedReply: { points: 20, what: 'suggested replies per minute from one agent' },
  login: { points: 10, what: 'sign-in attempts per minute for one email' },
  loginFromAddress: { points: 20, what: 'sign-in attempts per minute from one address' },
  failedLoginsInWorkspace: { points: 60, what: "failed sign-ins per minute on one workspace's accounts" },
  widgetSessionFromAddress: { points: 30, what: 'new chat sessions per minute from one address' },
  newConversationFromAddress: { points: 20, what: 'new conversations per minute from one address' },
  /** A widget reports VIEWING every 15 s and TYPING at most every 3 s, plus what it has seen. */
  customerPresence: { points: 40, what: 'presence reports per minute from one chat' },
  contactEmail: { points: 10, what: 'email address changes per minute from one chat' },
  resumeLinkFromAddress: { points: 20, what: 'emailed links opened per minute from one address' },
  /** The default of the workspace setting newConversationsPerMinute. */
  newConversationInWorkspace: { points: 120, what: 'new conversations per minute in this workspace' },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

/** How a count stands after one more event: over the budget or not, and when the minute ends. */
export type RateLimitCount = { over: boolean; retryAfterSeconds: number };

export type RateLimits = {
  /** Counts one request under `key`; past the budget (RATE_LIMITS, or `budget` when a setting overrides it) throws RATE_LIMITED. */
  consume(kind: RateLimitKind, key: string, budget?: number): Promise<void>;
  /** Counts one event and says whether the budget is now exceeded, refusing nothing. */
  count(kind: RateLimitKind, key: string, budget?: number): Promise<RateLimitCount>;
  /** Whether the budget is already exceeded, counting nothing. */
  exceeded(kind: RateLimitKind, key: string, budget?: number): Promise<boolean>;
};

/** The limiters themselves never refuse: each budget is compared here, so a workspace's own setting can replace the default. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** In memory per API instance, or shared through Redis when several instances serve one workspace. */
export function createRateLimits(redis?: Redis): RateLimits {
  const limiters = Object.fromEntries(
    Object.keys(RATE_LIMITS).map((kind) => [
      kind,
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `baton-rl-${kind}`, points: UNBOUNDED, duration: 60 })
        : new RateLimiterMemory({ keyPrefix: kind, points: UNBOUNDED, duration: 60 }),
    ]),
  ) as Record<RateLimitKind, RateLimiterMemory | RateLimiterRedis>;

  const count: RateLimits['count'] = async (kind, key, budget = RATE_LIMITS[kind].points) => {
    const result: RateLimiterRes = await limiters[kind].consume(key);
    const over = result.consumedPoints > budget;
    // Every caller refuses the request when the budget is spent (RATE_LIMITED, or a paused sign-in).
    if (over) rateLimitRejections.inc({ limit: kind });
    return { over, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
  };

  return {
    count,
    async consume(kind, key, budget = RATE_LIMITS[kind].points) {
      const { over, retryAfterSeconds } = await count(kind, key, budget);
      if (over) throw rateLimited(`the limit is ${budget} ${RATE_LIMITS[kind].what}`, retryAfterSeconds);
    },
    async exceeded(kind, key, budget = RATE_LIMITS[kind].points) {
      const result = await limiters[kind].get(key);
      const over = (result?.consumedPoints ?? 0) > budget;
      if (over) rateLimitRejections.inc({ limit: kind });
      return over;
    },
  };
}

/** RATE_LIMITED, with the wait in `extensions.retryAfterSeconds` and, for HTTP clients, in a Retry-After header. */
export function rateLimited(why: string, retryAfterSeconds: number) {
  return batonError('RATE_LIMITED', `Too many requests: ${why}. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
    http: { headers: { 'retry-after': String(retryAfterSeconds) } },
  });
}
