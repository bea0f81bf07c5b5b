import { createContext, useContext } from 'react';
import type { FlowIssue } from '../../../../machines';
import type { EdgeLane } from '../helpers/edge-lanes';

/**
 * What the canvas shows on top of the flow itself: validation issues per node and edge (from
 * machines/ validateFlow), the simulator's current state and last fired edge, and the lanes
 * that keep parallel edges apart. Custom nodes and edges read it; the flow document stays clean.
 */
export type FlowInsights = {
  issuesByNode: Map<string, FlowIssue[]>;
  issuesByEdge: Map<string, FlowIssue[]>;
  activeNodeId: string | null;
  firedEdgeId: string | null;
  lanes: Map<string, EdgeLane>;
  selectEdge: (id: string) => void;
};

export const FlowInsightsContext = createContext<FlowInsights>({
  issuesByNode: new Map(),
  issuesByEdge: new Map(),
  activeNodeId: null,
  firedEdgeId: null,
  lanes: new Map(),
  selectEdge: () => undefined,
});

export const useFlowInsights = () => useContext(FlowInsightsContext);

export function groupIssues(issues: FlowIssue[]): { byNode: Map<string, FlowIssue[]>; byEdge: Map<string, FlowIssue[]> } {
  const byNode = new Map<string, FlowIssue[]>();
  const byEdge = new Map<string, FlowIssue[]>();
  for (const issue of issues) {
    if (issue.edgeId) byEdge.set(issue.edgeId, [...(byEdge.get(issue.edgeId) ?? []), issue]);
    else if (issue.nodeId) byNode.set(issue.nodeId, [...(byNode.get(issue.nodeId) ?? []), issue]);
  }
  return { byNode, byEdge };
}
