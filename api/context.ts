import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Client } from '@temporalio/client';
import type { YogaInitialContext } from 'graphql-yoga';
import type { ModelConfig } from '../knowledge';
import type { BatonDb } from '../store/database';
import { currentLogBindings } from '../telemetry/logger';
import { currentUsersOf, type CurrentUsers } from './auth/current-user';
import type { Principal, TokenService } from './auth/tokens';
import type { PublishedFlows } from './flows/published-flows';
import type { Mailer } from './mail/mailer';
import type { ResumeLinks } from './mail/resume-link';
import type { AllowedOrigins } from './limits/allowed-origins';
import { clientAddress } from './limits/client-address';
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
  /** BATON_TRUST_PROXY: how many proxies in front of the API append to X-Forwarded-For (0: trust none). */
  trustProxy: number;
  /** Set with OPENAI_API_KEY: articles edited through the API are embedded like ingested ones. */
  model: ModelConfig | undefined;
  /** Emails replies to customers who left the chat (off without SMTP_URL). */
  mailer: Mailer;
  /** Signs and checks the links in those emails, with the key that signs tokens. */
  resumeLinks: ResumeLinks;
};

/** What Baton adds to Yoga's own context for each request. */
export type RequestContext = ApiServices & {
  principal: Principal | null;
  currentUsers: CurrentUsers;
  clientAddress: string;
  /** The HTTP request's id (api/http/observe-requests.ts), also in every log line the request causes. */
  requestId: string;
};
export type BatonContext = YogaInitialContext & RequestContext;

/** The server context the HTTP server hands Yoga (node:http's request); a bare yoga.fetch has none. */
type NodeServerContext = { req?: IncomingMessage };

export async function createContext(services: ApiServices, initial: YogaInitialContext): Promise<RequestContext> {
  const header = initial.request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  const claims = match ? await services.tokens.verify(match[1]!) : null;
  // A user token only names its user: role, name and workspace are the account's current ones, and a
  // deactivated account or a revoked token makes the caller anonymous.
  const currentUsers = currentUsersOf(services);
  const principal = claims?.kind === 'user' ? await currentUsers.resolve(claims) : claims;
  const { req } = initial as YogaInitialContext & NodeServerContext;
  const address = clientAddress({ socketAddress: req?.socket.remoteAddress, forwardedFor: req?.headers['x-forwarded-for'] }, services.trustProxy);
  // A bare yoga.fetch (no HTTP server in front) has no request id yet: it gets one of its own.
  const requestId = currentLogBindings().requestId ?? randomUUID();
  return { ...services, principal, currentUsers, clientAddress: address, requestId };
}
