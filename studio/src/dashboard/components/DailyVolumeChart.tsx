import { formatDay, formatShare } from '../helpers/metric-format';

type Day = { date: string; conversations: number; automated: number };

const WIDTH = 720;
const HEIGHT = 200;
const PLOT = { left: 34, right: 8, top: 10, bottom: 24 };
const MAX_LABELS = 8;

/** Whole counts for the y axis: zero, the top, and a whole middle when there is one. */
function ticks(largest: number): number[] {
  const middle = Math.round(largest / 2);
  return middle > 0 && middle < largest ? [0, middle, largest] : [0, largest];
}

/** Conversations per day as bars, the part the AI resolved alone at the bottom of each bar. Plain SVG. */
export function DailyVolumeChart({ days }: { days: Day[] }) {
  const total = days.reduce((sum, day) => sum + day.conversations, 0);
  const automated = days.reduce((sum, day) => sum + day.automated, 0);
  const largest = Math.max(1, ...days.map((day) => day.conversations));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const band = plotWidth / Math.max(1, days.length);
  const barWidth = Math.min(28, band * 0.7);
  const y = (count: number) => PLOT.top + plotHeight - (count / largest) * plotHeight;
  const labelEvery = Math.ceil(days.length / MAX_LABELS);

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Conversations per day: ${total} in all, ${automated} resolved by the AI alone (${formatShare(total ? automated / total : 0)}).`}
      >
        {ticks(largest).map((tick) => (
          <g key={tick} className="grid">
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} />
            <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const x = PLOT.left + index * band + (band - barWidth) / 2;
          return (
            <g key={day.date} data-date={day.date}>
              <title>{`${formatDay(day.date)}: ${day.conversations} conversation${day.conversations === 1 ? '' : 's'}, ${day.automated} resolved by the AI alone`}</title>
              <rect className="bar-other" x={x} width={barWidth} y={y(day.conversations)} height={y(day.automated) - y(day.conversations)} />
              <rect className="bar-automated" x={x} width={barWidth} y={y(day.automated)} height={y(0) - y(day.automated)} />
              {index % labelEvery === 0 && (
                <text className="axis" x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle">
                  {formatDay(day.date)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span className="swatch automated" /> resolved by the AI alone <span className="swatch other" /> handed to a person or still open
      </figcaption>
    </figure>
  );
}
