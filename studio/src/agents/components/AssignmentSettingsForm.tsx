import { useEffect, useState } from 'react';
import type { AssignmentMode, AssignmentSettingsFieldsFragment, AssignmentSettingsInput } from '../../gql/graphql';
import { parseWholeNumber } from '../helpers/numbers';

const MODES: { mode: AssignmentMode; label: string }[] = [
  { mode: 'MANUAL', label: 'Manual: agents claim from the queue' },
  { mode: 'ROUND_ROBIN', label: 'Round robin: the next available agent of the team, in turn' },
  { mode: 'LEAST_LOADED', label: 'Least loaded: the available agent with the fewest conversations' },
];

type Draft = { mode: AssignmentMode; defaultCapacity: string; awayAfterSeconds: string; reassignAfterSeconds: string };

function draftOf(settings: AssignmentSettingsFieldsFragment): Draft {
  return {
    mode: settings.mode,
    defaultCapacity: String(settings.defaultCapacity),
    awayAfterSeconds: String(settings.awayAfterSeconds),
    reassignAfterSeconds: String(settings.reassignAfterSeconds),
  };
}

/** How waiting conversations reach agents: the mode, the default capacity, when idle agents turn away and lose their unanswered conversations. */
export function AssignmentSettingsForm({
  settings,
  busy,
  onSave,
  onInvalid,
}: {
  settings: AssignmentSettingsFieldsFragment;
  busy: boolean;
  onSave: (input: AssignmentSettingsInput) => Promise<boolean>;
  onInvalid: (message: string) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  useEffect(() => setDraft(draftOf(settings)), [settings]);
  const set = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }));

  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">Assignment</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const checks = [
            ['defaultCapacity', parseWholeNumber(draft.defaultCapacity, 0, 100, 'Default capacity')],
            ['awayAfterSeconds', parseWholeNumber(draft.awayAfterSeconds, 30, 86_400, 'Away after (seconds)')],
            ['reassignAfterSeconds', parseWholeNumber(draft.reassignAfterSeconds, 1, 86_400, 'Reassign after (seconds)')],
          ] as const;
          const input: AssignmentSettingsInput = { mode: draft.mode };
          for (const [field, parsed] of checks) {
            if ('error' in parsed) return onInvalid(parsed.error);
            input[field] = parsed.value;
          }
          void onSave(input);
        }}
      >
        <div className="settings-grid">
          <label>
            Mode
            <select value={draft.mode} onChange={(event) => setDraft((current) => ({ ...current, mode: event.target.value as AssignmentMode }))}>
              {MODES.map(({ mode, label }) => (
                <option key={mode} value={mode}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Default capacity
            <input type="number" min={0} max={100} value={draft.defaultCapacity} onChange={set('defaultCapacity')} />
          </label>
          <label>
            Away after (seconds without a heartbeat)
            <input type="number" min={30} max={86_400} value={draft.awayAfterSeconds} onChange={set('awayAfterSeconds')} />
          </label>
          <label>
            Reassign after (seconds away or offline)
            <input type="number" min={1} max={86_400} value={draft.reassignAfterSeconds} onChange={set('reassignAfterSeconds')} />
          </label>
        </div>
        <div className="inline form-actions">
          <button type="submit" className="primary" disabled={busy}>
            Save assignment settings
          </button>
        </div>
      </form>
    </section>
  );
}
