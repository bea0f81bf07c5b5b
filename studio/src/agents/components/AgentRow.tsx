import { useEffect, useState } from 'react';
import type { ManagedAgentFragment, Role } from '../../gql/graphql';
import { AVAILABILITY_LABEL, AVAILABILITY_TONE } from '../../inbox/helpers/availability';
import { capacityLabel, parseWholeNumber } from '../helpers/numbers';

export type AgentChange =
  { type: 'role'; role: Role } | { type: 'capacity'; capacity: number } | { type: 'teams'; teams: string[] } | { type: 'deactivate' } | { type: 'reactivate' };

/** One agent: who they are, their teams and capacity (editable), availability and load. */
export function AgentRow({
  agent,
  me,
  teams,
  defaultCapacity,
  busy,
  onChange,
  onInvalid,
}: {
  agent: ManagedAgentFragment;
  me: string;
  teams: { id: string; name: string }[];
  defaultCapacity: number;
  busy: boolean;
  onChange: (change: AgentChange) => void;
  onInvalid: (message: string) => void;
}) {
  const [capacity, setCapacity] = useState('');
  // The boxes tick at once; the row read back after the change (a new agent object) replaces them, also when it failed.
  const [pendingTeams, setPendingTeams] = useState<string[] | null>(null);
  useEffect(() => setPendingTeams(null), [agent]);
  const memberOf = new Set(pendingTeams ?? agent.teams.map((team) => team.id));
  const changeTeams = (teamIds: string[]) => {
    setPendingTeams(teamIds);
    onChange({ type: 'teams', teams: teamIds });
  };
  return (
    <tr className={agent.active ? undefined : 'inactive'} data-agent-id={agent.id} data-email={agent.email}>
      <td className="name">
        {agent.name}
        {agent.id === me ? ' (you)' : ''}
        {!agent.active && <span className="badge plain"> deactivated</span>}
      </td>
      <td>{agent.email}</td>
      <td>
        <select
          aria-label={`Role of ${agent.name}`}
          value={agent.role}
          disabled={busy}
          onChange={(event) => onChange({ type: 'role', role: event.target.value as Role })}
        >
          <option value="AGENT">agent</option>
          <option value="ADMIN">admin</option>
        </select>
      </td>
      <td>
        {teams.length === 0 ? (
          <span className="muted">no teams yet</span>
        ) : (
          <fieldset className="team-choices" aria-label={`Teams of ${agent.name}`} disabled={busy}>
            {teams.map((team) => (
              <label key={team.id}>
                <input
                  type="checkbox"
                  checked={memberOf.has(team.id)}
                  onChange={(event) => changeTeams(event.target.checked ? [...memberOf, team.id] : [...memberOf].filter((id) => id !== team.id))}
                />
                {team.name}
              </label>
            ))}
          </fieldset>
        )}
      </td>
      <td>
        <form
          className="inline"
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = parseWholeNumber(capacity, 0, 100, `${agent.name}'s capacity`);
            if ('error' in parsed) return onInvalid(parsed.error);
            onChange({ type: 'capacity', capacity: parsed.value });
            setCapacity('');
          }}
        >
          <span className="capacity">{capacityLabel(agent.capacity, defaultCapacity)}</span>
          <input
            type="number"
            min={0}
            max={100}
            aria-label={`New capacity of ${agent.name}`}
            placeholder={String(agent.capacity)}
            value={capacity}
            onChange={(event) => setCapacity(event.target.value)}
          />
          <button type="submit" disabled={busy || !capacity.trim()}>
            Set
          </button>
        </form>
      </td>
      <td>
        <span className={`badge ${AVAILABILITY_TONE[agent.availability]} availability`}>{AVAILABILITY_LABEL[agent.availability]}</span>
      </td>
      <td className="active-conversations">{agent.activeConversations}</td>
      <td>
        {agent.active ? (
          <button type="button" className="danger" disabled={busy || agent.id === me} onClick={() => onChange({ type: 'deactivate' })}>
            Deactivate
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => onChange({ type: 'reactivate' })}>
            Reactivate
          </button>
        )}
      </td>
    </tr>
  );
}
