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

/** Tokens already verified, kept until they expire: verifying HS256 through WebCrypto on every request and subscription cost ~5% of the API's CPU. */
const VERIFIED_TOKENS_KEPT = 10_000;

export function createTokenService(secret: Uint8Array): TokenService {
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();
  const remember = (token: string, principal: Principal, expiresAt: number) => {
    verified.set(token, { principal, expiresAt });
    // Oldest first: a Map iterates in insertion order.
    if (verified.size > VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
  };
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
      const known = verified.get(token);
      if (known && known.expiresAt > Date.now()) return known.principal;
      verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
        const claims = ClaimsSchema.safeParse(payload);
        if (!claims.success) return null;
        if (payload.exp !== undefined) remember(token, claims.data, payload.exp * 1000);
        return claims.data;
      } catch {
        return null;
      }
    },
  };
}
