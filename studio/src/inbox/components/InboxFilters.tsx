import { useEffect, useState } from 'react';
import type { AssignedFilter, ConversationStatus, InboxFilter, Priority } from '../../gql/graphql';
import { PRIORITIES, STATUS_LABEL } from '../helpers/labels';

const STATUSES = Object.keys(STATUS_LABEL) as ConversationStatus[];

/** Filters and search over the shared inbox; the search box applies after a short pause in typing. */
export function InboxFilters({
  filter,
  teams,
  onChange,
}: {
  filter: InboxFilter;
  teams: { id: string; name: string }[];
  onChange: (filter: InboxFilter) => void;
}) {
  const [search, setSearch] = useState(filter.search ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filter.search ?? '') !== search.trim()) onChange({ ...filter, search: search.trim() || null });
    }, 300);
    return () => clearTimeout(timer);
  }, [search, filter, onChange]);

  const status = filter.status?.[0] ?? '';
  const priority = filter.priority?.[0] ?? '';
  return (
    <form className="filters" role="search" aria-label="Filter conversations" onSubmit={(event) => event.preventDefault()}>
      <input type="search" aria-label="Search messages" placeholder="Search messages…" value={search} onChange={(event) => setSearch(event.target.value)} />
      <label>
        <span className="visually-hidden">Status</span>
        <select
          aria-label="Status"
          value={status}
          onChange={(event) => onChange({ ...filter, status: event.target.value ? [event.target.value as ConversationStatus] : null })}
        >
          <option value="">Any status</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABEL[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Assigned to</span>
        <select
          aria-label="Assigned to"
          value={filter.assigned ?? 'ANYONE'}
          onChange={(event) => onChange({ ...filter, assigned: event.target.value as AssignedFilter })}
        >
          <option value="ANYONE">Anyone</option>
          <option value="ME">Me</option>
          <option value="UNASSIGNED">Unassigned</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">Priority</span>
        <select
          aria-label="Priority"
          value={priority}
          onChange={(event) => onChange({ ...filter, priority: event.target.value ? [event.target.value as Priority] : null })}
        >
          <option value="">Any priority</option>
          {PRIORITIES.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      {teams.length > 0 && (
        <label>
          <span className="visually-hidden">Team</span>
          <select aria-label="Team" value={filter.team ?? ''} onChange={(event) => onChange({ ...filter, team: event.target.value || null })}>
            <option value="">Any team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input type="checkbox" checked={!!filter.escalatedOnly} onChange={(event) => onChange({ ...filter, escalatedOnly: event.target.checked || null })} />
        Escalated only
      </label>
    </form>
  );
}
