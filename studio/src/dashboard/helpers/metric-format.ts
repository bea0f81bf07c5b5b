/** How the dashboard writes its figures: shares as percentages, durations in the largest sensible units. */

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** 0.2 → "20%", 0.125 → "12.5%". */
export function formatShare(share: number): string {
  return percent.format(share);
}

/**
 * 0.34 → "340 ms", 2 → "2 s", 90 → "1 min 30 s", 1800 → "30 min", 5400 → "1 h 30 min", 93600 → "1 d 2 h";
 * null (no data) → "—". Under a second reads in milliseconds: AI answers often come that fast, and "0 s" hides how fast.
 */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  if (seconds < 0.9995) return `${Math.max(0, Math.round(seconds * 1000))} ms`;
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const first = units.findIndex(([, size]) => whole >= size);
  const [bigName, bigSize] = units[first]!;
  const [smallName, smallSize] = units[first + 1]!;
  const big = Math.floor(whole / bigSize);
  const small = Math.floor((whole % bigSize) / smallSize);
  return small ? `${big} ${bigName} ${small} ${smallName}` : `${big} ${bigName}`;
}

/** "2026-11-02" → "2 Nov": a day of the daily series, which the API keys by calendar date. */
export function formatDay(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** A trigger type as people say it: "human_request" → "human request". */
export function triggerLabel(trigger: string): string {
  return trigger.replace(/_/g, ' ');
}

/** What a long text shows in a list: its first `limit` characters and "…"; the full text goes in a title. */
export function truncateText(text: string, limit = 140): string {
  const characters = [...text.trim()];
  return characters.length <= limit ? characters.join('') : `${characters.slice(0, limit).join('').trimEnd()}…`;
}

/** A 1-5 average as "4.2 / 5"; none → "—". */
export function formatScore(average: number | null | undefined): string {
  return average == null ? '—' : `${average.toFixed(1)} / 5`;
}
