import type { Client } from '@temporalio/client';
import { startApiServer, type RunningApi } from '../api';
import { loadSigningSecret } from '../api/auth/signing-secret';
import { createTokenService } from '../api/auth/tokens';
import { PublishedFlows } from '../api/flows/published-flows';
import { AllowedOrigins } from '../api/limits/allowed-origins';
import { createRateLimits } from '../api/limits/rate-limits';
import { modelConfigOf } from '../config/model-config';
import type { Settings } from '../config/settings';
import type { BatonDb } from '../store/database';
import type { EventBus } from './event-bus';
import { connectTemporalClient } from './temporal-connection';

export type RunningApiApp = { api: RunningApi; temporal: Client; stop(): Promise<void> };

/** The GraphQL API on its own: it reads MongoDB and talks to conversations through Temporal. */
export async function startApiApp(settings: Settings, options: { db: BatonDb; temporalAddress: string; events: EventBus }): Promise<RunningApiApp> {
  const temporal = await connectTemporalClient(options.temporalAddress, settings.temporal.namespace);
  const api = await startApiServer(
    {
      db: options.db,
      temporal,
      taskQueue: settings.temporal.taskQueue,
      pubsub: options.events.pubsub,
      tokens: createTokenService(loadSigningSecret(settings)),
      flows: new PublishedFlows(options.db),
      origins: new AllowedOrigins(options.db),
      limits: createRateLimits(options.events.redis),
      trustProxy: settings.trustProxy,
      model: modelConfigOf(settings),
    },
    { port: settings.port, host: settings.host, production: settings.production, hstsMaxAge: settings.hstsMaxAge },
  );
  return {
    api,
    temporal,
    async stop() {
      await api.close();
      await temporal.connection.close();
    },
  };
}
