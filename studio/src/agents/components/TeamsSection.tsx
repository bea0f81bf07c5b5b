import { useState } from 'react';

type Team = { id: string; name: string; members: { id: string }[] };

/** The workspace's teams: create, rename, delete (the server refuses while a flow routes to the team, and says so). */
export function TeamsSection({
  teams,
  busy,
  onCreate,
  onRename,
  onDelete,
}: {
  teams: Team[];
  busy: boolean;
  onCreate: (name: string) => Promise<boolean>;
  onRename: (id: string, name: string) => Promise<boolean>;
  onDelete: (team: Team) => void;
}) {
  const [name, setName] = useState('');
  return (
    <section aria-labelledby="teams-heading">
      <h2 id="teams-heading">Teams</h2>
      <p className="muted">A flow routes conversations to a team (set on a queue node or an edge in the flow studio); its members get them.</p>
      {teams.length === 0 ? (
        <p className="empty-state">No teams yet.</p>
      ) : (
        <ul className="teams-list" aria-label="Teams">
          {teams.map((team) => (
            <TeamItem key={team.id} team={team} busy={busy} onRename={onRename} onDelete={onDelete} />
          ))}
        </ul>
      )}
      <form
        className="inline"
        aria-label="Create a team"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void onCreate(name.trim()).then((done) => done && setName(''));
        }}
      >
        <input aria-label="New team name" placeholder="Team name, e.g. Billing" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          Create team
        </button>
      </form>
    </section>
  );
}

function TeamItem({
  team,
  busy,
  onRename,
  onDelete,
}: {
  team: Team;
  busy: boolean;
  onRename: (id: string, name: string) => Promise<boolean>;
  onDelete: (team: Team) => void;
}) {
  const [name, setName] = useState(team.name);
  const changed = name.trim() && name.trim() !== team.name;
  return (
    <li data-team-id={team.id}>
      <form
        className="inline"
        aria-label={`Team ${team.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (changed) void onRename(team.id, name.trim());
        }}
      >
        <input aria-label={`Name of team ${team.name}`} value={name} onChange={(event) => setName(event.target.value)} />
        <span className="muted">
          {team.members.length} member{team.members.length === 1 ? '' : 's'}
        </span>
        <button type="submit" disabled={busy || !changed}>
          Rename
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => onDelete(team)}>
          Delete
        </button>
      </form>
    </li>
  );
}
