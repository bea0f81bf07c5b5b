import { useEffect, useSyncExternalStore } from 'react';
import { request } from '../api/graphql-transport';
import { CurrentUserQuery } from '../api/operations';
import { appApi, onSessionChange, readSession, writeSession, type Session } from './session-store';

let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function snapshot(): Session | null {
  const raw = localStorage.getItem('baton.session');
  if (raw !== cached.raw) cached = { raw, session: readSession() };
  return cached.session;
}

/** The current session; re-checks the stored token with the API once per page load. */
export function useSession(): Session | null {
  const session = useSyncExternalStore(onSessionChange, snapshot);
  const token = session?.token;
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    request(appApi, CurrentUserQuery)
      .then(({ me }) => {
        if (cancelled) return;
        if (!me) writeSession(null);
        else if (readSession()?.token === token) writeSession({ token, user: me });
      })
      // Offline or a server hiccup: keep the stored session; an UNAUTHENTICATED answer already signed out.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [token]);
  return session;
}
