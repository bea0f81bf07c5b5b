import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { request, type ApiTarget } from '../api/graphql-transport';

/** The signed-in agent or admin, kept in localStorage so every page of the app shares one sign-in. */
export type SignedInUser = { id: string; name: string; email: string; role: Role };
export type Session = { token: string; user: SignedInUser };

const STORAGE_KEY = 'baton.session';
const listeners = new Set<() => void>();

export function readSession(): Session | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return stored && typeof stored.token === 'string' && stored.user ? stored : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else localStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** The API on this page's own origin, as the signed-in user; a rejected token signs the user out. */
export const appApi: ApiTarget = {
  endpoint: '/graphql',
  token: () => readSession()?.token ?? null,
  onUnauthenticated: () => writeSession(null),
};

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

/**
 * Revokes the token on the server, then forgets it here. Offline, or with a token the server
 * already refuses, the local sign-out still happens: the person asked to leave.
 */
export async function signOut(): Promise<void> {
  await request(appApi, SignOutMutation).catch(() => undefined);
  writeSession(null);
}
