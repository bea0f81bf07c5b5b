import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import { redactUrlCredentials } from '../config/redact';
import { createBatonPubSub, type BatonChannels, type BatonPubSub } from '../api/pubsub';
import { logger } from '../telemetry/logger';
import type { PubSubEventTarget } from '@graphql-yoga/subscription';

export type EventBus = {
  pubsub: BatonPubSub;
  /** The Redis connection for shared state (rate limits), when REDIS_URL is set. */
  redis: Redis | undefined;
  close(): Promise<void>;
};

/**
 * In-process pub/sub by default. With REDIS_URL, events go through Redis so that a worker in
 * one process reaches subscribers on every API instance.
 */
export async function createEventBus(redisUrl: string | undefined): Promise<EventBus> {
  if (!redisUrl) return { pubsub: createBatonPubSub(), redis: undefined, close: async () => undefined };
  let lastWarnedAt = 0;
  const connect = () => {
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    // ioredis reconnects by itself; without a listener every failed attempt prints "Unhandled error
    // event" with a stack. One line per 10 s says Redis is unreachable while it is.
    client.on('error', (error: Error) => {
      if (Date.now() - lastWarnedAt < 10_000) return;
      lastWarnedAt = Date.now();
      logger.warn({ error: redactUrlCredentials(error.message) }, 'Redis is unreachable; reconnecting');
    });
    return client;
  };
  const publishClient = connect();
  const subscribeClient = connect();
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw new Error(
      redactUrlCredentials(`Cannot reach Redis at ${redisUrl} (${(error as Error).message}). Start Redis, or unset REDIS_URL to run one process without it.`),
      { cause: error },
    );
  }
  // The event target fires (un)subscribe commands without awaiting them; when subscriptions end as the
  // server shuts down they race the disconnect, so after close() they are dropped instead of rejecting.
  let closed = false;
  for (const command of ['subscribe', 'unsubscribe'] as const) {
    const send = subscribeClient[command].bind(subscribeClient) as (...args: unknown[]) => Promise<unknown>;
    (subscribeClient as unknown as Record<string, unknown>)[command] = (...args: unknown[]) => (closed ? Promise.resolve(0) : send(...args));
  }
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient }) as PubSubEventTarget<BatonChannels>;
  return {
    pubsub: createBatonPubSub(eventTarget),
    redis: publishClient,
    async close() {
      closed = true;
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
