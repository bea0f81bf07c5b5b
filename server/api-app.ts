import type { Client } from '@temporalio/client';
import { startApiServer, type RunningApi } from '../api';
import { loadSigningSecret } from '../api/auth/signing-secret';
import { createTokenService } from '../api/auth/tokens';
import { PublishedFlows } from '../api/flows/published-flows';
import { AllowedOrigins } from '../api/limits/allowed-origins';
import { createRateLimits } from '../api/limits/rate-limits';
import { createMailer } from '../api/mail/mailer';
import { createResumeLinks } from '../api/mail/resume-link';
import { modelConfigOf } from '../config/model-config';
import type { Settings } from '../config/settings';
import type { BatonDb } from '../store/database';
import type { EventBus } from './event-bus';
import { checkReadiness, mongoCheck, redisCheck, temporalCheck, type ReadinessCheck } from './readiness';
import { connectTemporalClient } from './temporal-connection';

export type RunningApiApp = {
  api: RunningApi;
  temporal: Client;
  /** Drains the API (api/index.ts drain) until `deadline` (default: BATON_SHUTDOWN_GRACE_S from now), then closes Temporal; true when nothing was cut. */
  stop(deadline?: number): Promise<boolean>;
};

/**
 * The GraphQL API on its own: it reads MongoDB and talks to conversations through Temporal.
 * `extraChecks` join /readyz's own (MongoDB, Temporal, Redis when set): the worker's, when it runs in the same process.
 */
export async function startApiApp(
  settings: Settings,
  options: { db: BatonDb; temporalAddress: string; events: EventBus; extraChecks?: ReadinessCheck[] },
): Promise<RunningApiApp> {
  const temporal = await connectTemporalClient(options.temporalAddress, settings.temporal.namespace);
  const checks = [
    mongoCheck(options.db),
    temporalCheck(temporal.connection),
    ...(options.events.redis ? [redisCheck(options.events.redis)] : []),
    ...(options.extraChecks ?? []),
  ];
  const secret = loadSigningSecret(settings);
  const api = await startApiServer(
    {
      db: options.db,
      temporal,
      taskQueue: settings.temporal.taskQueue,
      pubsub: options.events.pubsub,
      tokens: createTokenService(secret),
      flows: new PublishedFlows(options.db),
      origins: new AllowedOrigins(options.db),
      limits: createRateLimits(options.events.redis),
      trustProxy: settings.trustProxy,
      model: modelConfigOf(settings),
      mailer: createMailer(settings),
      resumeLinks: createResumeLinks(secret),
    },
    {
      port: settings.port,
      host: settings.host,
      production: settings.production,
      hstsMaxAge: settings.hstsMaxAge,
      readiness: () => checkReadiness(checks),
    },
  );
  return {
    api,
    temporal,
    async stop(deadline = Date.now() + settings.shutdownGraceMs) {
      const clean = await api.drain(deadline);
      await temporal.connection.close();
      return clean;
    },
  };
}
