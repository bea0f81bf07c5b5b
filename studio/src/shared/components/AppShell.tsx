import type { ReactNode } from 'react';
import type { Role } from '../../gql/graphql';
import { useSession } from '../session/use-session';
import { confirmLeaving } from '../helpers/leave-guard';
import { signOut } from '../session/session-store';
import { SignInForm } from './SignInForm';

type Page = 'inbox' | 'dashboard' | 'studio' | 'knowledge' | 'agents';

const PAGES: { page: Page; href: string; title: string; role: Role }[] = [
  { page: 'inbox', href: '/', title: 'Inbox', role: 'AGENT' },
  { page: 'dashboard', href: '/dashboard', title: 'Dashboard', role: 'AGENT' },
  { page: 'studio', href: '/studio', title: 'Flow studio', role: 'ADMIN' },
  { page: 'knowledge', href: '/knowledge', title: 'Knowledge base', role: 'ADMIN' },
  { page: 'agents', href: '/agents', title: 'Agents', role: 'ADMIN' },
];

/** The frame of every page: sign-in when needed, the role check, and the navigation bar (with the page's own `tools`, if any). */
export function AppShell({ page, role, purpose, tools, children }: { page: Page; role: Role; purpose: string; tools?: ReactNode; children: ReactNode }) {
  const session = useSession();
  if (!session) return <SignInForm purpose={purpose} />;
  const allowed = role === 'AGENT' || session.user.role === 'ADMIN';
  return (
    <div className="app">
      <header className="app-bar">
        <span className="brand">Baton</span>
        <nav aria-label="Pages">
          {PAGES.filter((entry) => entry.role === 'AGENT' || session.user.role === 'ADMIN').map((entry) => (
            <a key={entry.page} href={entry.href} aria-current={entry.page === page ? 'page' : undefined}>
              {entry.title}
            </a>
          ))}
        </nav>
        {allowed && tools}
        <span className="who">
          {session.user.name} · {session.user.role === 'ADMIN' ? 'admin' : 'agent'}
        </span>
        <button
          type="button"
          onClick={() => {
            if (confirmLeaving()) void signOut();
          }}
        >
          Sign out
        </button>
      </header>
      {allowed ? (
        children
      ) : (
        <main className="forbidden">
          <p role="alert">This page is for admins. Ask an admin of your workspace for access.</p>
        </main>
      )}
    </div>
  );
}
