const HEIGHT = 140;
const PLOT = { left: 6, right: 6, top: 14, bottom: 20 };

/** A count per slot (hour of day, weekday) as columns, each slot labelled when there is room. Plain SVG. */
export function ColumnChart({
  label,
  slots,
  labelEvery = 1,
  width = 360,
}: {
  label: string;
  slots: { label: string; count: number }[];
  labelEvery?: number;
  width?: number;
}) {
  const largest = Math.max(1, ...slots.map((slot) => slot.count));
  const band = (width - PLOT.left - PLOT.right) / Math.max(1, slots.length);
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const summary = slots
    .filter((slot) => slot.count > 0)
    .map((slot) => `${slot.label}: ${slot.count}`)
    .join(', ');
  return (
    <svg className="column-chart" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={`${label}. ${summary || 'None.'}`}>
      <line className="baseline" x1={PLOT.left} x2={width - PLOT.right} y1={PLOT.top + plotHeight} y2={PLOT.top + plotHeight} />
      {slots.map((slot, index) => {
        const height = (slot.count / largest) * plotHeight;
        const x = PLOT.left + index * band + band * 0.15;
        return (
          <g key={slot.label}>
            <title>{`${slot.label}: ${slot.count}`}</title>
            <rect x={x} width={band * 0.7} y={PLOT.top + plotHeight - height} height={height} />
            {slot.count > 0 && (
              <text className="value" x={x + band * 0.35} y={PLOT.top + plotHeight - height - 3} textAnchor="middle">
                {slot.count}
              </text>
            )}
            {index % labelEvery === 0 && (
              <text className="axis" x={x + band * 0.35} y={HEIGHT - 6} textAnchor="middle">
                {slot.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
