import { MarkerType } from '@xyflow/react';
import { DEFAULT_TRIGGER_PARAMS, suggestedTriggerFor, type Flow, type FlowTrigger, type NodeKind, type TriggerType } from '../../../../machines';
import type { StateNode, TriggerEdge } from '../types';

export const EDGE_MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

/** A flow document (machines/ FlowSchema) as React Flow nodes and edges. */
export function flowToGraph(flow: Flow): { nodes: StateNode[]; edges: TriggerEdge[] } {
  return {
    nodes: flow.nodes.map((node) => ({
      id: node.id,
      type: 'state',
      position: { ...node.position },
      data: {
        label: node.label,
        kind: node.kind,
        initial: !!node.initial,
        ...(node.text !== undefined ? { text: node.text } : {}),
        ...(node.team !== undefined ? { team: node.team } : {}),
      },
    })),
    edges: flow.edges.map((edge) => ({
      id: edge.id,
      type: 'trigger',
      source: edge.source,
      target: edge.target,
      markerEnd: EDGE_MARKER,
      data: { trigger: edge.trigger, priority: edge.priority, label: edge.label, ...(edge.effects ? { effects: edge.effects } : {}) },
    })),
  };
}

/** A flow's own settings (version, name, closeResolvedAfterMinutes, …): everything but its graph, kept beside the editor's nodes and edges. */
export type FlowMeta = Omit<Flow, 'nodes' | 'edges'>;

export function flowMeta(flow: Flow): FlowMeta {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the graph is what the editor holds apart
  const { nodes, edges, ...meta } = flow;
  return meta;
}

/** The graph back as a flow document, for validation, the simulator, saving and publishing. */
export function graphToFlow(meta: FlowMeta, nodes: StateNode[], edges: TriggerEdge[]): Flow {
  return {
    ...meta,
    nodes: nodes.map((node) => ({
      id: node.id,
      kind: node.data.kind,
      label: node.data.label,
      position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
      ...(node.data.initial ? { initial: true } : {}),
      ...(node.data.text !== undefined && (node.data.kind === 'message' || node.data.kind === 'collect_email') ? { text: node.data.text } : {}),
      // Only a queue routes to a team: a state turned into another kind leaves its team behind.
      ...(node.data.team !== undefined && node.data.kind === 'queue' ? { team: node.data.team } : {}),
    })),
    edges: edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      trigger: edge.data!.trigger,
      priority: edge.data!.priority,
      label: edge.data!.label,
      ...(edge.data!.effects && Object.keys(edge.data!.effects).length ? { effects: edge.data!.effects } : {}),
    })),
  };
}

/** What a flow means, without where its boxes sit: moving a node changes neither validation nor a simulation. */
export function flowLogicKey(flow: Flow): string {
  return JSON.stringify({ ...flow, nodes: flow.nodes.map(({ position: _position, ...node }) => node) });
}

/** The trigger a new edge starts with, by what its source state can react to (each trigger module says where it fits). */
export function defaultTriggerFor(sourceKind: NodeKind, targetKind: NodeKind): FlowTrigger {
  return triggerOfType(suggestedTriggerFor(sourceKind, targetKind));
}

export function triggerOfType(type: TriggerType): FlowTrigger {
  return { type, params: structuredClone(DEFAULT_TRIGGER_PARAMS[type]) } as FlowTrigger;
}

/** An id like `keyword-2` that no other element of the list uses. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = base.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[-_]+/, '') || 'item';
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * What saving or publishing stores of a flow, to tell whether the editor holds unsaved changes:
 * the graph with its positions and triggers and the flow's settings, but not its version number,
 * which the server assigns on publishing.
 */
export function flowSaveKey(flow: Flow): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the version is the server's to give
  const { version, ...saved } = flow;
  return JSON.stringify(saved);
}
