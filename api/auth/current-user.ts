import type { BatonDb } from '../../store/database';
import type { UserDoc } from '../../store/documents';
import type { BatonPubSub } from '../pubsub';
import type { Principal, TokenClaims, UserSession } from './tokens';

/**
 * How long an account read from the database is trusted. Changes reach every API instance at once
 * through the `userChanged` event; this bounds how long a revoked token may still work on another
 * instance if that event is lost (Redis pub/sub delivers at most once).
 */
export const CURRENT_USER_CACHE_MS = 15_000;
/** Accounts kept in memory per API instance; the oldest are dropped first. */
const ACCOUNTS_KEPT = 10_000;

type UserPrincipal = Extract<Principal, { kind: 'user' }>;
type UserClaims = Extract<TokenClaims, { kind: 'user' }>;
export type Account = Pick<UserDoc, '_id' | 'workspaceId' | 'name' | 'role' | 'active' | 'sessionsRevokedAt' | 'revokedTokens'>;

const ACCOUNT_FIELDS = { _id: 1, workspaceId: 1, name: 1, role: 1, active: 1, sessionsRevokedAt: 1, revokedTokens: 1 } as const;

/** Whether a token still speaks for its account: the account exists and is active, and the token is neither expired nor revoked. */
export function sessionStands(account: Account | null, session: UserSession, now: number): boolean {
  if (!account || account.active === false) return false;
  if (session.expiresAt <= now) return false;
  if (account.sessionsRevokedAt && session.issuedAt <= account.sessionsRevokedAt.getTime()) return false;
  if (session.tokenId && account.revokedTokens?.some((revoked) => revoked.tokenId === session.tokenId)) return false;
  return true;
}

export type CurrentUsers = {
  /** The token's user as they are now (role, name, workspace from the users collection), or null when the token no longer stands. */
  resolve(claims: UserClaims): Promise<UserPrincipal | null>;
  /** Call after changing an account: this instance forgets it at once, and every other instance on the event bus too. */
  changed(userId: string): void;
  /** Calls `listener` whenever the account changes, here or on another instance; returns the way to stop. */
  onChange(userId: string, listener: () => void): () => void;
};

/** One cache per API instance, fed by the `userChanged` channel of its event bus. */
export function createCurrentUsers(db: BatonDb, pubsub: BatonPubSub, cacheMs = CURRENT_USER_CACHE_MS): CurrentUsers {
  const cached = new Map<string, { account: Account | null; loadedAt: number }>();
  const loading = new Map<string, Promise<Account | null>>();
  const listeners = new Map<string, Set<() => void>>();

  const forget = (userId: string) => {
    cached.delete(userId);
    // A read already under way may have seen the old account; it must not fill the cache.
    loading.delete(userId);
    for (const listener of listeners.get(userId) ?? []) listener();
  };

  void (async () => {
    for await (const event of pubsub.subscribe('userChanged')) forget(event.userId);
  })();

  const read = (userId: string): Promise<Account | null> => {
    const hit = cached.get(userId);
    if (hit && Date.now() - hit.loadedAt < cacheMs) return Promise.resolve(hit.account);
    const inFlight = loading.get(userId);
    if (inFlight) return inFlight;
    const loadedAt = Date.now();
    const load: Promise<Account | null> = db.users.findOne({ _id: userId }, { projection: ACCOUNT_FIELDS }).then(
      (account) => {
        if (loading.get(userId) === load) {
          loading.delete(userId);
          cached.delete(userId);
          cached.set(userId, { account, loadedAt });
          if (cached.size > ACCOUNTS_KEPT) cached.delete(cached.keys().next().value!);
        }
        return account;
      },
      (error: unknown) => {
        if (loading.get(userId) === load) loading.delete(userId);
        throw error;
      },
    );
    loading.set(userId, load);
    return load;
  };

  return {
    async resolve(claims) {
      const account = await read(claims.userId);
      if (!account || !sessionStands(account, claims.session, Date.now())) return null;
      return { kind: 'user', workspaceId: account.workspaceId, userId: account._id, role: account.role, name: account.name, session: claims.session };
    },
    changed(userId) {
      forget(userId);
      pubsub.publish('userChanged', { userId });
    },
    onChange(userId, listener) {
      const forUser = listeners.get(userId) ?? new Set();
      forUser.add(listener);
      listeners.set(userId, forUser);
      return () => {
        forUser.delete(listener);
        if (forUser.size === 0 && listeners.get(userId) === forUser) listeners.delete(userId);
      };
    },
  };
}

const perApi = new WeakMap<object, CurrentUsers>();

/** The cache of the API these services belong to, made on first use (every request of one API shares its services object). */
export function currentUsersOf(services: { db: BatonDb; pubsub: BatonPubSub }): CurrentUsers {
  let users = perApi.get(services);
  if (!users) {
    users = createCurrentUsers(services.db, services.pubsub);
    perApi.set(services, users);
  }
  return users;
}
