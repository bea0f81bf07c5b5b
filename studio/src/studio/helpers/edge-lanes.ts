import type { TriggerEdge } from '../types';

export type Box = { x: number; y: number; width: number; height: number };

/** How far an edge bows away from the straight line between its states, so parallel edges never overlap. */
export type EdgeLane = {
  offset: number;
  /** How far the label moves up or down off the curve, clear of other labels (helpers/label-layout.ts). */ labelShift?: number;
};

const LANE_SPACING = 46;
/** The extra bow of edges whose straight line would cross another state. */
const DETOUR = 90;

type EdgeEnds = Pick<TriggerEdge, 'id' | 'source' | 'target'>;

/**
 * Several triggers often join the same two states (six lead from "AI answering" to "Awaiting a
 * human" in the default flow). Each gets its own lane; edges in the opposite direction share the
 * lane numbering, so they land on other lanes too. A pair whose straight line would run through
 * another state bows around it. Lanes widen with `labelScale` (labels enlarged against a zoomed-out
 * canvas take more room), so the labels of neighbouring lanes do not cover each other.
 */
export function edgeLanes(edges: EdgeEnds[], boxes: Map<string, Box>, labelScale = 1): Map<string, EdgeLane> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const key = [edge.source, edge.target].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  const lanes = new Map<string, EdgeLane>();
  for (const [key, group] of groups) {
    const [first, second] = key.split('\u0000') as [string, string];
    const detour = detourAround(first, second, boxes);
    group.forEach((edge, index) => {
      const centred = (index - (group.length - 1) / 2) * LANE_SPACING * labelScale + detour;
      // The offset is applied along the normal of source→target; reversed edges flip it so lanes stay distinct.
      lanes.set(edge.id, { offset: edge.source === first ? centred : -centred });
    });
  }
  return lanes;
}

/** 0, or a bow (signed, along the normal of first→second) that takes the pair's edges around states in the way. */
function detourAround(first: string, second: string, boxes: Map<string, Box>): number {
  const from = boxes.get(first);
  const to = boxes.get(second);
  if (!from || !to) return 0;
  const a = center(from);
  const b = center(to);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  for (const [id, box] of boxes) {
    if (id === first || id === second || !segmentCrossesBox(a, b, box, 12)) continue;
    const side = (center(box).x - a.x) * normal.x + (center(box).y - a.y) * normal.y;
    return side > 0 ? -DETOUR - box.height / 2 : DETOUR + box.height / 2;
  }
  return 0;
}

function segmentCrossesBox(a: { x: number; y: number }, b: { x: number; y: number }, box: Box, margin: number): boolean {
  const steps = 24;
  for (let step = 1; step < steps; step += 1) {
    const x = a.x + ((b.x - a.x) * step) / steps;
    const y = a.y + ((b.y - a.y) * step) / steps;
    if (x > box.x - margin && x < box.x + box.width + margin && y > box.y - margin && y < box.y + box.height + margin) return true;
  }
  return false;
}

const center = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Where a line from the box's centre towards `toward` leaves the box (plus a small gap for the arrow). */
function borderPoint(box: Box, toward: { x: number; y: number }, gap = 4): { x: number; y: number } {
  const from = center(box);
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const scale = 1 / Math.max(Math.abs(dx) / (box.width / 2 + gap), Math.abs(dy) / (box.height / 2 + gap));
  return { x: from.x + dx * scale, y: from.y + dy * scale };
}

/**
 * A curve between two states' borders (not fixed handles, so any layout reads well), bowed by
 * `offset`, with the point halfway along it for the label.
 */
export function lanePath(source: Box, target: Box, offset: number): [string, number, number] {
  const from = center(source);
  const to = center(target);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = { x: (from.x + to.x) / 2 + (-dy / length) * offset * 2, y: (from.y + to.y) / 2 + (dx / length) * offset * 2 };
  const start = borderPoint(source, control);
  const end = borderPoint(target, control);
  const labelX = 0.25 * start.x + 0.5 * control.x + 0.25 * end.x;
  const labelY = 0.25 * start.y + 0.5 * control.y + 0.25 * end.y;
  return [`M ${start.x},${start.y} Q ${control.x},${control.y} ${end.x},${end.y}`, labelX, labelY];
}

/** A loop above the state for an edge that leaves and re-enters it (e.g. an SLA reminder). */
export function selfLoopPath(box: Box): [string, number, number] {
  const { x } = center(box);
  const top = box.y - 4;
  const lift = 90;
  return [`M ${x + 30},${top} C ${x + 90},${top - lift} ${x - 90},${top - lift} ${x - 30},${top}`, x, top - lift * 0.75];
}
