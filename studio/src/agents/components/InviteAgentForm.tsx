import { useState } from 'react';
import type { CreateAgentInput, Role } from '../../gql/graphql';

const EMPTY: CreateAgentInput = { email: '', name: '', role: 'AGENT', password: '' };

/** Adds an agent or admin with an initial password the admin passes on to them. */
export function InviteAgentForm({ busy, onInvite }: { busy: boolean; onInvite: (input: CreateAgentInput) => Promise<boolean> }) {
  const [input, setInput] = useState<CreateAgentInput>(EMPTY);
  const set = (field: keyof CreateAgentInput) => (event: { target: { value: string } }) => setInput((current) => ({ ...current, [field]: event.target.value }));
  return (
    <form
      className="inline invite"
      aria-label="Invite an agent"
      onSubmit={(event) => {
        event.preventDefault();
        void onInvite({ ...input, email: input.email.trim(), name: input.name.trim() }).then((done) => done && setInput(EMPTY));
      }}
    >
      <label>
        Name
        <input required value={input.name} onChange={set('name')} />
      </label>
      <label>
        Email
        <input type="email" required value={input.email} onChange={set('email')} />
      </label>
      <label>
        Role
        <select value={input.role} onChange={(event) => setInput((current) => ({ ...current, role: event.target.value as Role }))}>
          <option value="AGENT">agent</option>
          <option value="ADMIN">admin</option>
        </select>
      </label>
      <label>
        Initial password
        <input type="password" required minLength={10} autoComplete="new-password" value={input.password} onChange={set('password')} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Invite
      </button>
    </form>
  );
}
