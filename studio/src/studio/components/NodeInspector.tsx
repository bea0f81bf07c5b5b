import { NODE_KINDS, type FlowIssue, type NodeKind } from '../../../../machines';
import type { StateNode, StateNodeData, TeamOption } from '../types';
import { KIND_LABEL } from './nodes/StateNode';
import { TeamSelect } from './TeamSelect';

/** The selected state: its label, kind, whether conversations start there, its message, and a queue's team. */
export function NodeInspector({
  node,
  teams,
  issues,
  onChange,
  onMakeInitial,
  onDelete,
}: {
  node: StateNode;
  teams: TeamOption[];
  issues: FlowIssue[];
  onChange: (patch: Partial<StateNodeData>) => void;
  onMakeInitial: () => void;
  onDelete: () => void;
}) {
  return (
    <section className="side-section" aria-labelledby="node-inspector-title">
      <h2 id="node-inspector-title">State “{node.data.label}”</h2>
      <p className="hint">id {node.id}</p>
      <label>
        Label
        <input value={node.data.label} onChange={(event) => onChange({ label: event.target.value })} />
      </label>
      <label>
        Kind
        <select value={node.data.kind} onChange={(event) => onChange({ kind: event.target.value as NodeKind })}>
          {NODE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind} — {KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={node.data.initial} onChange={(event) => (event.target.checked ? onMakeInitial() : onChange({ initial: false }))} />
        Conversations start here
      </label>
      {(node.data.kind === 'message' || node.data.kind === 'collect_email') && (
        <label>
          What it says to the customer
          <textarea rows={3} value={node.data.text ?? ''} onChange={(event) => onChange({ text: event.target.value })} />
        </label>
      )}
      {(node.data.kind === 'queue' || node.data.team !== undefined) && (
        <TeamSelect
          label="Team"
          hint="Whose agents take the conversations waiting here. An edge into this queue can name a team of its own."
          value={node.data.team}
          teams={teams}
          onChange={(team) => onChange({ team })}
        />
      )}
      {issues.length > 0 && (
        <ul className="issues" aria-label="Problems with this state">
          {issues.map((issue, index) => (
            <li key={index} className={issue.severity}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="danger" onClick={onDelete}>
          Delete this state
        </button>
      </div>
    </section>
  );
}
