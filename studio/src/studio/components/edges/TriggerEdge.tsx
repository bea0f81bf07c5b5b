import { BaseEdge, EdgeLabelRenderer, useInternalNode, useStore, type EdgeProps, type InternalNode } from '@xyflow/react';
import { useFlowInsights } from '../../hooks/flow-insights';
import { lanePath, selfLoopPath, type Box } from '../../helpers/edge-lanes';
import { labelScale } from '../../helpers/label-scale';
import type { TriggerEdge as TriggerEdgeType } from '../../types';

function boxOf(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? 180,
    height: node.measured.height ?? 64,
  };
}

/**
 * A trigger edge: a curve between the two states with a label naming its trigger type and label.
 * The label is a button that opens the trigger's parameters; a validation error shows on it.
 * It is counter-scaled against the canvas zoom so it stays readable when the whole flow is fitted on
 * screen, and its accessible name is its visible text (with a hidden "Trigger" before it).
 */
export function TriggerEdge({ id, source, target, data, selected, markerEnd }: EdgeProps<TriggerEdgeType>) {
  const { issuesByEdge, firedEdgeId, lanes, selectEdge } = useFlowInsights();
  const zoom = useStore((store) => store.transform[2]);
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;

  const lane = lanes.get(id);
  const [path, labelX, curveY] = source === target ? selfLoopPath(boxOf(sourceNode)) : lanePath(boxOf(sourceNode), boxOf(targetNode), lane?.offset ?? 0);
  const labelY = curveY + (lane?.labelShift ?? 0);
  const errors = (issuesByEdge.get(id) ?? []).filter((issue) => issue.severity === 'error');
  const fired = firedEdgeId === id;
  const state = errors.length ? 'invalid' : fired ? 'fired' : '';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`trigger-path ${state}`} />
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`trigger-label nodrag nopan ${state} ${selected ? 'selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px) scale(${labelScale(zoom)})` }}
          data-edge-id={id}
          data-invalid={errors.length ? 'true' : 'false'}
          data-fired={fired ? 'true' : 'false'}
          title={errors.map((issue) => issue.message).join('\n') || `${data.trigger.type} · priority ${data.priority}`}
          onClick={() => selectEdge(id)}
        >
          <span className="visually-hidden">Trigger </span>
          {errors.length > 0 && <span aria-hidden="true">⚠ </span>}
          <span className="type">{data.trigger.type}</span> {data.label}
          {errors[0] && <span className="edge-error"> — {errors[0].message}</span>}
        </button>
      </EdgeLabelRenderer>
    </>
  );
}
