import { PRIORITIES, TRIGGER_DESCRIPTIONS, TRIGGER_TYPES, type EdgeEffects, type FlowIssue, type TriggerType } from '../../../../machines';
import { triggerOfType } from '../helpers/flow-graph';
import type { StateNode, TeamOption, TriggerEdge, TriggerEdgeData } from '../types';
import { TeamSelect } from './TeamSelect';
import { TriggerParamsForm } from './TriggerParamsForm';

/** The selected trigger edge: its type, parameters, order, label and side effects. */
export function EdgeInspector({
  edge,
  nodes,
  teams,
  issues,
  onChange,
  onDelete,
}: {
  edge: TriggerEdge;
  nodes: StateNode[];
  teams: TeamOption[];
  issues: FlowIssue[];
  onChange: (patch: Partial<TriggerEdgeData>) => void;
  onDelete: () => void;
}) {
  const data = edge.data!;
  const name = (id: string) => nodes.find((node) => node.id === id)?.data.label ?? id;
  const target = nodes.find((node) => node.id === edge.target);
  const queueTeam = target?.data.kind === 'queue' ? target.data.team : undefined;
  const effects = data.effects ?? {};
  const setEffects = (patch: Partial<EdgeEffects>) => {
    const next: Record<string, unknown> = { ...effects, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
    onChange({ effects: next as EdgeEffects });
  };
  const general = issues.filter((issue) => !issue.path?.includes('.trigger.params'));

  return (
    <section className="side-section" aria-labelledby="edge-inspector-title">
      <h2 id="edge-inspector-title">Trigger “{data.label}”</h2>
      <p className="hint">
        {name(edge.source)} → {name(edge.target)} · edge id {edge.id}
      </p>
      <label>
        Label
        <input value={data.label} onChange={(event) => onChange({ label: event.target.value })} />
      </label>
      <label>
        Trigger type
        <select value={data.trigger.type} onChange={(event) => onChange({ trigger: triggerOfType(event.target.value as TriggerType) })}>
          {TRIGGER_TYPES.map((type) => (
            <option key={type} value={type}>
              {type} — {TRIGGER_DESCRIPTIONS[type]}
            </option>
          ))}
        </select>
      </label>
      <TriggerParamsForm trigger={data.trigger} issues={issues} onChange={(trigger) => onChange({ trigger })} />
      <label>
        Priority among this state’s edges
        <span className="hint">Lower runs first when several triggers could fire.</span>
        <input
          type="number"
          step={1}
          value={Number.isFinite(data.priority) ? data.priority : ''}
          onChange={(event) => onChange({ priority: event.target.value === '' ? Number.NaN : Number(event.target.value) })}
        />
      </label>
      <details>
        <summary>Side effects</summary>
        <label>
          Set the conversation’s priority
          <select value={effects.priority ?? ''} onChange={(event) => setEffects({ priority: (event.target.value || undefined) as EdgeEffects['priority'] })}>
            <option value="">(leave as is)</option>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {priority}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tell the customer
          <textarea rows={2} value={effects.customerMessage ?? ''} onChange={(event) => setEffects({ customerMessage: event.target.value })} />
        </label>
        {(target?.data.kind === 'queue' || effects.team !== undefined) && (
          <TeamSelect
            label="Route to a team"
            hint="Over the queue’s own team. With neither, a conversation coming back to the queue keeps the team it had."
            noTeam={queueTeam ? `The queue’s team (${teams.find((team) => team.id === queueTeam)?.name ?? queueTeam})` : 'Anyone'}
            value={effects.team}
            teams={teams}
            onChange={(team) => setEffects({ team })}
          />
        )}
        <label>
          Note to agents
          <textarea rows={2} value={effects.agentMessage ?? ''} onChange={(event) => setEffects({ agentMessage: event.target.value })} />
        </label>
      </details>
      {general.length > 0 && (
        <ul className="issues" aria-label="Problems with this trigger">
          {general.map((issue, index) => (
            <li key={index} className={issue.severity}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="danger" onClick={onDelete}>
          Delete this trigger
        </button>
      </div>
    </section>
  );
}
