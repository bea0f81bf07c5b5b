import type { TeamOption } from '../types';

/**
 * Which team's agents take the conversations: "Anyone" is no team. A team the flow names but the
 * workspace no longer has stays selectable by its id, so the admin sees it and can change it.
 */
export function TeamSelect({
  label,
  hint,
  value,
  teams,
  onChange,
  noTeam = 'Anyone',
}: {
  label: string;
  hint: string;
  /** What choosing no team means here. */
  noTeam?: string;
  value: string | undefined;
  teams: TeamOption[];
  onChange: (team: string | undefined) => void;
}) {
  const unknown = value !== undefined && !teams.some((team) => team.id === value);
  return (
    <label>
      {label}
      <span className="hint">{hint}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{noTeam}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        {unknown && <option value={value}>Unknown team ({value})</option>}
      </select>
    </label>
  );
}
