import type { BusinessHoursParams } from '../trigger-types';

/**
 * Business hours read from the event's own timestamp (never a clock), in the admin's time
 * zone, with Intl (part of the language, so it works in Temporal's sandbox and the browser).
 */

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const MINUTES_PER_DAY = 24 * 60;

interface LocalClock {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  minuteOfDay: number;
  /** Milliseconds already past the start of the current minute. */
  msIntoMinute: number;
}

function localClock(at: string, timeZone: string): LocalClock {
  const instant = new Date(at);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const hour = Number(part('hour')) % 24;
  return {
    weekday: WEEKDAYS[part('weekday')] ?? 1,
    minuteOfDay: hour * 60 + Number(part('minute')),
    msIntoMinute: instant.getTime() % 60_000,
  };
}

function minutesOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function isWithinBusinessHours(hours: BusinessHoursParams, at: string): boolean {
  const { weekday, minuteOfDay } = localClock(at, hours.timezone);
  return hours.days.includes(weekday) && minuteOfDay >= minutesOf(hours.open) && minuteOfDay < minutesOf(hours.close);
}

/** Whether a business_hours edge's condition holds: 'closed' (the default) fires outside hours. */
export function businessHoursConditionHolds(hours: BusinessHoursParams, at: string): boolean {
  const open = isWithinBusinessHours(hours, at);
  return (hours.when ?? 'closed') === 'open' ? open : !open;
}

/**
 * Milliseconds from `at` until the business next opens or closes, or null when it never
 * changes (open around the clock, or never). Computed on the local wall clock, so across a
 * daylight-saving change it can be an hour off; the timer's guard re-checks on firing and the
 * machine starts a new timer for the rest.
 */
export function msUntilBusinessHoursChange(hours: BusinessHoursParams, at: string): number | null {
  const { weekday, minuteOfDay, msIntoMinute } = localClock(at, hours.timezone);
  // Open intervals in minutes from the start of today, for eight days ahead, adjacent ones merged.
  const intervals: Array<[number, number]> = [];
  for (let day = 0; day <= 8; day++) {
    const dayOfWeek = ((weekday - 1 + day) % 7) + 1;
    if (!hours.days.includes(dayOfWeek)) continue;
    const start = day * MINUTES_PER_DAY + minutesOf(hours.open);
    const end = day * MINUTES_PER_DAY + minutesOf(hours.close);
    const last = intervals[intervals.length - 1];
    if (last && last[1] === start) last[1] = end;
    else intervals.push([start, end]);
  }
  const horizon = 8 * MINUTES_PER_DAY;
  for (const [start, end] of intervals) {
    if (minuteOfDay < start) return (start - minuteOfDay) * 60_000 - msIntoMinute;
    if (minuteOfDay < end) return end >= horizon ? null : (end - minuteOfDay) * 60_000 - msIntoMinute;
  }
  return null;
}
