import type { Client } from '@temporalio/client';
import type { YogaInitialContext } from 'graphql-yoga';
import type { ModelConfig } from '../activities/knowledge';
import type { BatonDb } from '../store/database';
import type { Principal, TokenService } from './auth/tokens';
import type { PublishedFlows } from './flows/published-flows';
import type { AllowedOrigins } from './limits/allowed-origins';
import type { RateLimits } from './limits/rate-limits';
import type { BatonPubSub } from './pubsub';

/** Long-lived services every resolver may use. */
export type ApiServices = {
  db: BatonDb;
  temporal: Client;
  taskQueue: string;
  pubsub: BatonPubSub;
  tokens: TokenService;
  flows: PublishedFlows;
  origins: AllowedOrigins;
  limits: RateLimits;
  /** Set with OPENAI_API_KEY: articles edited through the API are embedded like ingested ones. */
  model: ModelConfig | undefined;
};

/** What Baton adds to Yoga's own context for each request. */
export type RequestContext = ApiServices & { principal: Principal | null };
export type BatonContext = YogaInitialContext & RequestContext;

export async function createContext(services: ApiServices, initial: YogaInitialContext): Promise<RequestContext> {
  const header = initial.request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  const principal = match ? await services.tokens.verify(match[1]!) : null;
  return { ...services, principal };
}
