import dagre from '@dagrejs/dagre';
import type { StateNode, TriggerEdge } from '../types';

const FALLBACK_SIZE = { width: 190, height: 72 };

/** Lays the states out left to right with dagre, so the usual path reads like a sentence. */
export function autoLayout(nodes: StateNode[], edges: TriggerEdge[]): StateNode[] {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  // Wide gaps: several labelled triggers often run between the same two states.
  graph.setGraph({ rankdir: 'LR', nodesep: 150, ranksep: 260, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    graph.setNode(node.id, { width: node.measured?.width ?? FALLBACK_SIZE.width, height: node.measured?.height ?? FALLBACK_SIZE.height });
  }
  for (const edge of edges) {
    if (edge.source !== edge.target) graph.setEdge(edge.source, edge.target, {}, edge.id);
  }
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    const width = node.measured?.width ?? FALLBACK_SIZE.width;
    const height = node.measured?.height ?? FALLBACK_SIZE.height;
    return { ...node, position: { x: Math.round(placed.x - width / 2), y: Math.round(placed.y - height / 2) } };
  });
}
