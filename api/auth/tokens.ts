import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** Who is calling: a customer's widget session, or a signed-in agent or admin. */
export type Principal =
  | { kind: 'widget'; workspaceId: string; sessionId: string }
  | { kind: 'user'; workspaceId: string; userId: string; role: 'agent' | 'admin'; name: string };

const ClaimsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('widget'), workspaceId: z.string(), sessionId: z.string() }),
  z.object({ kind: z.literal('user'), workspaceId: z.string(), userId: z.string(), role: z.enum(['agent', 'admin']), name: z.string() }),
]);

const ISSUER = 'baton';
const WIDGET_TTL = '30d';
const USER_TTL = '12h';

export type TokenService = {
  sign(principal: Principal): Promise<string>;
  /** Returns null for a missing, forged or expired token. */
  verify(token: string): Promise<Principal | null>;
};

export function createTokenService(secret: Uint8Array): TokenService {
  return {
    async sign(principal) {
      return new SignJWT({ ...principal })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(principal.kind === 'widget' ? WIDGET_TTL : USER_TTL)
        .sign(secret);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
        const claims = ClaimsSchema.safeParse(payload);
        return claims.success ? claims.data : null;
      } catch {
        return null;
      }
    },
  };
}
