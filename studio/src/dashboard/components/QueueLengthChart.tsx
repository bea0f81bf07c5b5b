import { formatDay } from '../helpers/metric-format';

type Point = { at: string; waiting: number };

const WIDTH = 720;
const HEIGHT = 180;
const PLOT = { left: 34, right: 8, top: 10, bottom: 24 };
const MAX_LABELS = 8;

/** Whole counts for the y axis: zero, the top, and a whole middle when there is one. */
function ticks(largest: number): number[] {
  const middle = Math.round(largest / 2);
  return middle > 0 && middle < largest ? [0, middle, largest] : [0, largest];
}

/** "2026-11-02T10:00:00.000Z" → "2 Nov 10:00" (hours) or "2 Nov" (days), in UTC as the API buckets them. */
const slotName = (at: string, daily: boolean) => (daily ? formatDay(at.slice(0, 10)) : `${formatDay(at.slice(0, 10))} ${at.slice(11, 16)}`);

/**
 * The queue's length per hour or day as thin columns, too many for a value on each: the y axis
 * gives the scale, a column's tooltip its figure, the x axis the days. Plain SVG.
 */
export function QueueLengthChart({ points, daily }: { points: Point[]; daily: boolean }) {
  const largest = Math.max(1, ...points.map((point) => point.waiting));
  const peak = points.reduce<Point | null>((best, point) => (best === null || point.waiting > best.waiting ? point : best), null);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const band = plotWidth / Math.max(1, points.length);
  const y = (count: number) => PLOT.top + plotHeight - (count / largest) * plotHeight;
  // Hourly points are labelled at midnight, daily ones every few days: at most MAX_LABELS either way.
  const days = daily ? points : points.filter((point) => point.at.slice(11, 13) === '00');
  const labelEvery = Math.ceil(days.length / MAX_LABELS);
  const labelled = new Set(days.filter((_, index) => index % labelEvery === 0).map((point) => point.at));

  return (
    <figure className="chart">
      <svg
        className="column-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Queue length: at most ${peak?.waiting ?? 0} waiting at once${peak && peak.waiting > 0 ? `, in ${slotName(peak.at, daily)} UTC` : ''}.`}
      >
        {ticks(largest).map((tick) => (
          <g key={tick}>
            <line className="baseline" x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} />
            <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const x = PLOT.left + index * band;
          return (
            <g key={point.at} data-at={point.at} data-waiting={point.waiting}>
              <title>{`${slotName(point.at, daily)} UTC: at most ${point.waiting} waiting`}</title>
              <rect x={x + band * 0.1} width={Math.max(1, band * 0.8)} y={y(point.waiting)} height={y(0) - y(point.waiting)} />
              {labelled.has(point.at) && (
                <text x={x} y={HEIGHT - 6} textAnchor="start">
                  {formatDay(point.at.slice(0, 10))}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
