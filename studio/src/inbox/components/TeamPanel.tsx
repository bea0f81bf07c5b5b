import type { AgentStatusFragment } from '../../gql/graphql';
import { AVAILABILITY_LABEL, AVAILABILITY_TONE, loadLabel } from '../helpers/availability';

/** Every active agent of the workspace: availability and conversations held out of their capacity. */
export function TeamPanel({ agents, me, error }: { agents: AgentStatusFragment[]; me: string; error: string | null }) {
  const active = agents.filter((agent) => agent.active);
  const available = active.filter((agent) => agent.availability === 'AVAILABLE').length;
  return (
    <details className="team-panel">
      <summary>
        Team · {available} of {active.length} available
      </summary>
      {error && <p className="field-error">{error}</p>}
      <ul aria-label="Team availability">
        {active.map((agent) => (
          <li key={agent.id} data-agent-id={agent.id} data-availability={agent.availability}>
            <span className="name">
              {agent.name}
              {agent.id === me ? ' (you)' : ''}
            </span>
            <span className={`badge ${AVAILABILITY_TONE[agent.availability]}`}>{AVAILABILITY_LABEL[agent.availability]}</span>
            <span className="load" title="Active conversations / capacity">
              {loadLabel(agent)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
