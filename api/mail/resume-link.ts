import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * The link in an emailed reply: `${publicBaseUrl}/chat#resume=<token>`, the token an HMAC-SHA256 over
 * which conversation, customer session and workspace it opens and until when, with the key that signs
 * every token (BATON_SECRET). It is a bearer credential for one customer's conversation, so it expires
 * and is compared in constant time; the fragment (#) keeps it out of server and proxy logs.
 */
export const RESUME_LINK_TTL_MS = 7 * 24 * 3600 * 1000;

/** Keeps these signatures apart from anything else the same key signs. */
const PURPOSE = 'baton.resume-link.v1.';

export type ResumeClaims = { conversationId: string; sessionId: string; workspaceId: string; exp: number };

const ClaimsSchema = z.object({
  conversationId: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(200),
  workspaceId: z.string().min(1).max(64),
  exp: z.number().int(),
});

export type ResumeLinks = {
  /** The token for one conversation, valid RESUME_LINK_TTL_MS from `now`. */
  sign(claims: Omit<ResumeClaims, 'exp'>, now?: number): string;
  /** The claims of a genuine token, 'expired' past its time, 'invalid' for anything else. */
  verify(token: string, now?: number): ResumeClaims | 'expired' | 'invalid';
  /** The whole link, for the email. */
  linkTo(publicBaseUrl: string, token: string): string;
};

/** The token in a link as pasted: the whole URL (…/chat#resume=TOKEN) or the token alone. */
export function tokenOfLink(link: string): string {
  const trimmed = link.trim();
  const marker = trimmed.indexOf('#resume=');
  return marker >= 0 ? trimmed.slice(marker + '#resume='.length) : trimmed;
}

export function createResumeLinks(secret: Uint8Array): ResumeLinks {
  const mac = (payload: string) =>
    createHmac('sha256', secret)
      .update(PURPOSE + payload)
      .digest();
  return {
    sign(claims, now = Date.now()) {
      const payload = Buffer.from(JSON.stringify({ ...claims, exp: now + RESUME_LINK_TTL_MS })).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    verify(token, now = Date.now()) {
      const parts = token.split('.');
      if (parts.length !== 2 || !parts[0] || !parts[1]) return 'invalid';
      const [payload, signature] = parts as [string, string];
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return 'invalid';
      }
      const parsed = ClaimsSchema.safeParse(claims);
      if (!parsed.success) return 'invalid';
      return parsed.data.exp <= now ? 'expired' : parsed.data;
    },
    linkTo: (publicBaseUrl, token) => `${publicBaseUrl}/chat#resume=${token}`,
  };
}
