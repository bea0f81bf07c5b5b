import { useState, type FormEvent } from 'react';
import { ApiError, request } from '../api/graphql-transport';
import { SignInMutation } from '../api/operations';
import { appApi, writeSession } from '../session/session-store';

/** Email and password sign-in for agents and admins. */
export function SignInForm({ purpose }: { purpose: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await request(appApi, SignInMutation, { email: email.trim(), password });
      writeSession({ token: login.token, user: login.user });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Sign-in failed; try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={signIn} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Baton</h1>
        <p className="muted">{purpose}</p>
        <label>
          Email
          <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
