import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { NodeKind } from '../../../../../machines';
import { useFlowInsights } from '../../hooks/flow-insights';
import type { StateNode as StateNodeType } from '../../types';

export const KIND_LABEL: Record<NodeKind, string> = {
  ai: 'AI answers',
  queue: 'Waits for a person',
  human: 'Agent in charge',
  resolved: 'Resolved',
  message: 'Sends a message',
  collect_email: 'Asks for an email',
};

/** A state of the flow; outlined red when validation finds a problem with it, lit while the simulator is in it. */
export function StateNode({ id, data, selected }: NodeProps<StateNodeType>) {
  const { issuesByNode, activeNodeId } = useFlowInsights();
  const errors = (issuesByNode.get(id) ?? []).filter((issue) => issue.severity === 'error');
  const active = activeNodeId === id;
  const classes = ['state-node', `kind-${data.kind}`, selected && 'selected', active && 'active', errors.length > 0 && 'invalid'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-node-id={id} data-active={active ? 'true' : 'false'} title={errors.map((issue) => issue.message).join('\n') || undefined}>
      <Handle type="target" position={Position.Left} />
      <div className="kind">
        {KIND_LABEL[data.kind]}
        {data.initial ? ' · start' : ''}
      </div>
      <div className="label">{data.label}</div>
      {errors[0] && <div className="node-error">⚠ {errors[0].message}</div>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}
