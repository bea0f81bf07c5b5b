/** The ranges the dashboard offers, and the time range each one means right now. */

export const RANGE_DAYS = [7, 30, 90] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];

const DAY_MS = 86_400_000;

/** The last `days` days up to `now`, as the API's TimeRange. */
export function lastDays(days: RangeDays, now: Date = new Date()): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * DAY_MS).toISOString(), to: now.toISOString() };
}

/** Every calendar date (UTC, "YYYY-MM-DD") the range touches, oldest first. */
export function datesIn(range: { from: string; to: string }): string[] {
  const dates: string[] = [];
  const last = range.to.slice(0, 10);
  for (let day = new Date(`${range.from.slice(0, 10)}T00:00:00Z`); ; day = new Date(day.getTime() + DAY_MS)) {
    const date = day.toISOString().slice(0, 10);
    dates.push(date);
    if (date >= last) return dates;
  }
}

type Day = { date: string; conversations: number; automated: number };

/**
 * The API lists only days that had conversations; a chart needs the quiet days too. Days the API
 * keys differently (its dates are in the workspace's time zone) are kept, in date order.
 */
export function dailySeries(range: { from: string; to: string }, daily: Day[]): Day[] {
  const byDate = new Map(daily.map((day) => [day.date, day]));
  const dates = new Set([...datesIn(range), ...byDate.keys()]);
  return [...dates].sort().map((date) => byDate.get(date) ?? { date, conversations: 0, automated: 0 });
}
