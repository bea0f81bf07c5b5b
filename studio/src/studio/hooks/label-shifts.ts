import { useLayoutEffect, useState } from 'react';
import { lanePath, selfLoopPath, type Box, type EdgeLane } from '../helpers/edge-lanes';
import { separateLabels } from '../helpers/label-layout';
import type { TriggerEdge } from '../types';

type Size = { width: number; height: number };

const sameSizes = (a: Map<string, Size>, b: Map<string, Size>) =>
  a.size === b.size && [...a].every(([id, size]) => b.get(id)?.width === size.width && b.get(id)?.height === size.height);

/**
 * The trigger labels' own sizes (CSS pixels before any zoom or counter-scale), measured again whenever
 * what they show may have changed: the graph (labels, states measured), validation (an error widens a
 * label), the trigger that fired (bold). State changes only when a size does.
 */
export function useLabelSizes(nodes: unknown, edges: unknown[], validation: unknown, firedEdgeId: string | null): Map<string, Size> {
  const [sizes, setSizes] = useState<Map<string, Size>>(new Map());
  useLayoutEffect(() => {
    const expected = edges.length;
    let frame = 0;
    let tries = 0;
    const measure = () => {
      const measured = new Map<string, Size>();
      for (const label of document.querySelectorAll<HTMLElement>('button.trigger-label[data-edge-id]')) {
        measured.set(label.dataset.edgeId!, { width: label.offsetWidth, height: label.offsetHeight });
      }
      setSizes((current) => (sameSizes(current, measured) ? current : measured));
      // React Flow draws an edge only once both its states are measured, a frame or two after the graph: look again until every label is there.
      tries += 1;
      if (measured.size < expected && tries < 60) frame = requestAnimationFrame(measure);
    };
    measure();
    return () => cancelAnimationFrame(frame);
  }, [nodes, edges, validation, firedEdgeId]);
  return sizes;
}

/** The lanes, each with how far its label moves to stay clear of the others' (labels not measured yet stay on their curve). */
export function withLabelShifts(
  edges: Pick<TriggerEdge, 'id' | 'source' | 'target'>[],
  boxes: Map<string, Box>,
  lanes: Map<string, EdgeLane>,
  sizes: Map<string, Size>,
  scale: number,
): Map<string, EdgeLane> {
  const labels = edges.flatMap((edge) => {
    const size = sizes.get(edge.id);
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!size || !from || !to) return [];
    const [, x, y] = edge.source === edge.target ? selfLoopPath(from) : lanePath(from, to, lanes.get(edge.id)?.offset ?? 0);
    return [{ id: edge.id, x, y, width: size.width * scale, height: size.height * scale }];
  });
  const shifts = separateLabels(labels);
  if (shifts.size === 0) return lanes;
  const shifted = new Map(lanes);
  for (const [id, labelShift] of shifts) shifted.set(id, { offset: lanes.get(id)?.offset ?? 0, labelShift });
  return shifted;
}
