/** A trigger label on the canvas: its centre and size, in flow units. */
export type PlacedLabel = { id: string; x: number; y: number; width: number; height: number };

/** Space kept between two labels, in flow units. */
const GAP = 6;

/**
 * How far to move each label up or down so no two cover each other: labels of different state pairs
 * (a lane of "AI answering → Resolved" crossing one of "AI answering → Awaiting a human") can land on
 * the same spot. Labels are placed top to bottom; one that would cover a placed label moves past it
 * on its nearer side, and on in that direction past any other in the way. Returns only the labels that move.
 */
export function separateLabels(labels: PlacedLabel[]): Map<string, number> {
  const placed: PlacedLabel[] = [];
  const shifts = new Map<string, number>();
  for (const label of [...labels].sort((a, b) => a.y - b.y || a.x - b.x)) {
    let y = label.y;
    // The first label in the way decides the direction; later moves keep it, so a label squeezed between two never swings back and forth.
    let direction: 1 | -1 | 0 = 0;
    for (let round = 0; round <= placed.length; round += 1) {
      const covered = placed.find(
        (other) => Math.abs(other.x - label.x) < (other.width + label.width) / 2 + GAP && Math.abs(other.y - y) < (other.height + label.height) / 2 + GAP,
      );
      if (!covered) break;
      if (direction === 0) direction = y >= covered.y ? 1 : -1;
      y = covered.y + direction * ((covered.height + label.height) / 2 + GAP);
    }
    placed.push({ ...label, y });
    if (y !== label.y) shifts.set(label.id, y - label.y);
  }
  return shifts;
}
