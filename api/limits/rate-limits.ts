import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { batonError } from '../errors';

/** Budgets per minute. A widget session is one customer; an agent is one person typing. */
export const RATE_LIMITS = {
  customerMessage: { points: 60, what: 'messages per minute from one chat' },
  agentAction: { points: 300, what: 'actions per minute from one agent' },
  login: { points: 10, what: 'sign-in attempts per minute for one email' },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

export type RateLimits = { consume(kind: RateLimitKind, key: string): Promise<void> };

/** In memory per API instance, or shared through Redis when several instances serve one workspace. */
export function createRateLimits(redis?: Redis): RateLimits {
  const limiters = Object.fromEntries(
    Object.entries(RATE_LIMITS).map(([kind, { points }]) => [
      kind,
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `baton-rl-${kind}`, points, duration: 60 })
        : new RateLimiterMemory({ keyPrefix: kind, points, duration: 60 }),
    ]),
  ) as Record<RateLimitKind, RateLimiterMemory | RateLimiterRedis>;
  return {
    async consume(kind, key) {
      try {
        await limiters[kind].consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw batonError('RATE_LIMITED', `Too many requests: the limit is ${RATE_LIMITS[kind].points} ${RATE_LIMITS[kind].what}. Try again in ${seconds} s.`, {
          retryAfterSeconds: seconds,
        });
      }
    },
  };
}
