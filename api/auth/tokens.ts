import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** The signed-in token a user principal came from: what logout revokes and what a revocation is compared with. */
export type UserSession = { tokenId: string | null; issuedAt: number; expiresAt: number };

/**
 * Who is calling: a customer's widget session, or a signed-in agent or admin. A user's workspace,
 * role and name are the user's current ones (api/auth/current-user.ts), never the token's claims.
 */
export type Principal =
  | { kind: 'widget'; workspaceId: string; sessionId: string }
  | { kind: 'user'; workspaceId: string; userId: string; role: 'agent' | 'admin'; name: string; session?: UserSession };

/** What a valid token says; a user token only names the user, who must still exist and be active. */
export type TokenClaims = { kind: 'widget'; workspaceId: string; sessionId: string } | { kind: 'user'; userId: string; session: UserSession };

const ClaimsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('widget'), workspaceId: z.string(), sessionId: z.string() }),
  z.object({ kind: z.literal('user'), userId: z.string(), jti: z.string().optional(), iatMs: z.number().optional(), iat: z.number().optional() }),
]);

const ISSUER = 'baton';
const WIDGET_TTL = '30d';
const USER_TTL = '12h';

export type TokenService = {
  sign(principal: Principal): Promise<string>;
  /** Returns null for a missing, forged or expired token. */
  verify(token: string): Promise<TokenClaims | null>;
};

/** Tokens already verified, kept until they expire: verifying HS256 through WebCrypto on every request and subscription cost ~5% of the API's CPU. */
const VERIFIED_TOKENS_KEPT = 10_000;

function toClaims(payload: z.infer<typeof ClaimsSchema>, expiresAt: number): TokenClaims {
  if (payload.kind === 'widget') return { kind: 'widget', workspaceId: payload.workspaceId, sessionId: payload.sessionId };
  // Tokens signed before token ids existed carry only `iat` (seconds); they are revoked all at once like any other.
  const issuedAt = payload.iatMs ?? (payload.iat ?? 0) * 1000;
  return { kind: 'user', userId: payload.userId, session: { tokenId: payload.jti ?? null, issuedAt, expiresAt } };
}

export function createTokenService(secret: Uint8Array): TokenService {
  const verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();
  const remember = (token: string, claims: TokenClaims, expiresAt: number) => {
    verified.set(token, { claims, expiresAt });
    // Oldest first: a Map iterates in insertion order.
    if (verified.size > VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
  };
  return {
    async sign(principal) {
      // A user token carries only who it is for, an id of its own (so logout can revoke just this one) and
      // when it was issued to the millisecond (so a password reset revokes every token issued before it).
      const claims =
        principal.kind === 'widget'
          ? { kind: principal.kind, workspaceId: principal.workspaceId, sessionId: principal.sessionId }
          : { kind: principal.kind, userId: principal.userId, iatMs: Date.now() };
      const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setIssuedAt();
      if (principal.kind === 'user') jwt.setJti(randomUUID());
      return jwt.setExpirationTime(principal.kind === 'widget' ? WIDGET_TTL : USER_TTL).sign(secret);
    },
    async verify(token) {
      const known = verified.get(token);
      if (known && known.expiresAt > Date.now()) return known.claims;
      verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
        const parsed = ClaimsSchema.safeParse(payload);
        if (!parsed.success || payload.exp === undefined) return null;
        const claims = toClaims(parsed.data, payload.exp * 1000);
        remember(token, claims, payload.exp * 1000);
        return claims;
      } catch {
        return null;
      }
    },
  };
}
