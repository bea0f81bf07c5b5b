import { Repeater } from '@graphql-yoga/subscription';
import { unauthenticated } from '../errors';
import { CURRENT_USER_CACHE_MS, type CurrentUsers } from './current-user';
import type { Principal } from './tokens';

/**
 * A user's subscription lives no longer than their token: it ends with UNAUTHENTICATED when the
 * account is deactivated or the token revoked (logout, password reset), at once on a `userChanged`
 * event; and, for what no event announces (the token expiring, an account deleted in the
 * database), at the next periodic re-check. Widget subscriptions pass through unchanged.
 */
export function endOnSignOut<T>(users: CurrentUsers, principal: Principal, source: AsyncIterable<T>, recheckMs = CURRENT_USER_CACHE_MS): AsyncIterable<T> {
  if (principal.kind !== 'user' || !principal.session) return source;
  const { userId, session } = principal;
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const recheck = () => {
      users.resolve({ kind: 'user', userId, session }).then(
        (current) => current ?? stop(unauthenticated('You are signed out (your session was revoked or expired, or your account deactivated); sign in again.')),
        // A failed read (the database restarting) decides nothing: the next event or check asks again.
        () => undefined,
      );
    };
    const stopWatching = users.onChange(userId, recheck);
    const periodic = setInterval(recheck, recheckMs);
    periodic.unref();
    const stopped = stop.then(() => {
      stopWatching();
      clearInterval(periodic);
      return { done: true as const, value: undefined };
    });
    try {
      for (;;) {
        const next = await Promise.race([iterator.next(), stopped]);
        if (next.done) break;
        await push(next.value);
      }
    } finally {
      stop();
      // Not awaited: a source built as an async generator would wait for its pending next() first.
      void iterator.return?.();
    }
  });
}
