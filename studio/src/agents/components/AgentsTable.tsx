import type { ManagedAgentFragment } from '../../gql/graphql';
import { AgentRow, type AgentChange } from './AgentRow';

/** Every account of the workspace, active ones first. */
export function AgentsTable({
  agents,
  me,
  teams,
  defaultCapacity,
  busy,
  onChange,
  onInvalid,
}: {
  agents: ManagedAgentFragment[];
  me: string;
  teams: { id: string; name: string }[];
  defaultCapacity: number;
  busy: boolean;
  onChange: (agent: ManagedAgentFragment, change: AgentChange) => void;
  onInvalid: (message: string) => void;
}) {
  const sorted = [...agents].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
  return (
    <table aria-label="Agents">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Teams</th>
          <th scope="col">Capacity</th>
          <th scope="col">Availability</th>
          <th scope="col">Active conversations</th>
          <th scope="col">Account</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((agent) => (
          <AgentRow
            key={agent.id}
            agent={agent}
            me={me}
            teams={teams}
            defaultCapacity={defaultCapacity}
            busy={busy}
            onChange={(change) => onChange(agent, change)}
            onInvalid={onInvalid}
          />
        ))}
      </tbody>
    </table>
  );
}
