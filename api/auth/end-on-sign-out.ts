import { Repeater } from '@graphql-yoga/subscription';
import { unauthenticated } from '../errors';
import type { CurrentUsers } from './current-user';
import type { Principal } from './tokens';

/** Longest single timer Node keeps (about 24.8 days); a token's expiry is re-armed past it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A user's subscription lives no longer than their token: it ends with UNAUTHENTICATED when the
 * account is deactivated, the token is revoked (logout, password reset) or expires. Widget
 * subscriptions pass through unchanged.
 */
export function endOnSignOut<T>(users: CurrentUsers, principal: Principal, source: AsyncIterable<T>): AsyncIterable<T> {
  if (principal.kind !== 'user' || !principal.session) return source;
  const { userId, session } = principal;
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const signOut = () => stop(unauthenticated('You are signed out (your session was revoked or expired, or your account deactivated); sign in again.'));
    const recheck = () => {
      users.resolve({ kind: 'user', userId, session }).then(
        (current) => current ?? signOut(),
        (error: unknown) => stop(error),
      );
    };
    const stopWatching = users.onChange(userId, recheck);
    let expiry: NodeJS.Timeout;
    const armExpiry = () => {
      const left = session.expiresAt - Date.now();
      expiry = setTimeout(left > MAX_TIMER_MS ? armExpiry : signOut, Math.max(0, Math.min(left, MAX_TIMER_MS)));
      expiry.unref();
    };
    armExpiry();
    const stopped = stop.then(() => {
      stopWatching();
      clearTimeout(expiry);
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
