import { Background, Controls, MiniMap, ReactFlow, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { EDGE_MARKER } from '../helpers/flow-graph';
import type { StateNode as StateNodeType, TriggerEdge as TriggerEdgeType } from '../types';
import { TriggerEdge } from './edges/TriggerEdge';
import { StateNode } from './nodes/StateNode';

// Module-level, so React Flow never sees new types on a re-render.
const nodeTypes = { state: StateNode };
const edgeTypes = { trigger: TriggerEdge };
const defaultEdgeOptions = { type: 'trigger', markerEnd: EDGE_MARKER };

/** The flow as a graph: drag states, connect them to add a trigger, select to edit, Delete to remove. */
export function FlowCanvas({
  nodes,
  edges,
  onNodesChange,
  onEdgesChange,
  onConnect,
}: {
  nodes: StateNodeType[];
  edges: TriggerEdgeType[];
  onNodesChange: (changes: NodeChange<StateNodeType>[]) => void;
  onEdgesChange: (changes: EdgeChange<TriggerEdgeType>[]) => void;
  onConnect: (connection: Connection) => void;
}) {
  return (
    <div className="canvas" aria-label="Flow graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        deleteKeyCode={['Delete', 'Backspace']}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
        minZoom={0.2}
      >
        <Background />
        <Controls />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}
