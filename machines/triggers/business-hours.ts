import { z } from 'zod';
import type { FlowEdge } from '../flow-schema';
import { capitalise, clockTime, isKnownTimeZone } from './trigger-params';
import type { TriggerDefinition, FlowRuleReport } from './trigger-definition';

const businessHoursParams = z
  .strictObject({
    timezone: z.string().refine(isKnownTimeZone, { error: 'timezone must be an IANA name such as Europe/Paris' }),
    days: z
      .array(z.number().int().min(1).max(7), { error: 'days must be weekday numbers, 1 = Monday … 7 = Sunday' })
      .min(1, { error: 'pick at least one open day' }),
    open: clockTime,
    close: clockTime,
    // 'closed' fires when the business is closed (send the customer to an off-hours node);
    // 'open' fires when it opens again (bring the conversation back to the queue).
    when: z.enum(['closed', 'open']).optional(),
  })
  .refine((hours) => hours.close > hours.open, {
    error: 'close must be later than open (hours that span midnight are not supported)',
    path: ['close'],
  });
export type BusinessHoursParams = z.output<typeof businessHoursParams>;

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

/** Outside hours: take an email, leave the conversation open; or bring it back when the business opens. */
export const businessHours: TriggerDefinition<typeof businessHoursParams> = {
  params: businessHoursParams,
  defaults: { timezone: 'UTC', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00', when: 'closed' },
  event: 'TIMER_FIRED',
  // The edge also fires at once when its condition already holds on entering the node or on any
  // event there; the timer covers a conversation where nothing happens.
  timer: {
    delayMs: msUntilBusinessHoursChange,
    condition:
      (params) =>
      ({ context, event }) =>
        businessHoursConditionHolds(params, 'at' in event && typeof event.at === 'string' ? event.at : context.lastEventAt),
  },
  placement: { checkEdges: checkBusinessHoursLoops },
  wording: {
    description: 'business hours began or ended',
    cause: (params) => ((params.when ?? 'closed') === 'open' ? 'business hours have started' : 'it is outside business hours'),
    audit: 'business hours began or ended',
    handoff: 'the customer wrote outside business hours',
  },
  form: {
    fields: {
      timezone: { input: 'text', label: 'Time zone', placeholder: 'Europe/Paris' },
      days: { input: 'weekdays', label: 'Open days' },
      open: { input: 'time', label: 'Opens' },
      close: { input: 'time', label: 'Closes' },
      when: {
        input: 'choice',
        label: 'Fires when the business',
        options: [
          { value: 'closed', label: 'closes (or is closed)' },
          { value: 'open', label: 'opens' },
        ],
      },
    },
  },
};

type HoursEdge = FlowEdge & { trigger: { params: BusinessHoursParams } };

/**
 * Business-hours edges fire the moment their condition holds, so a cycle of them must never have
 * all its conditions true at once: a "closed" edge out and an "open" edge back with the same
 * hours is the normal off-hours pattern; anything else could bounce forever.
 */
function checkBusinessHoursLoops(edges: FlowEdge[], report: FlowRuleReport, edgeName: (edge: FlowEdge) => string) {
  const hoursEdges = edges as HoursEdge[];
  for (const edge of hoursEdges.filter((candidate) => candidate.source === candidate.target)) {
    report({
      code: 'business_hours_loop',
      edgeId: edge.id,
      message: `${capitalise(edgeName(edge))} leads back to its own node; it would fire again and again while its hours hold.`,
    });
  }
  const between = hoursEdges.filter((edge) => edge.source !== edge.target);
  const leaving = new Map<string, HoursEdge[]>();
  for (const edge of between) {
    const out = leaving.get(edge.source);
    if (out) out.push(edge);
    else leaving.set(edge.source, [edge]);
  }
  const reported = new Set<string>();
  for (const start of between) {
    const loop = shortestLoop(start, leaving);
    if (!loop) continue;
    const key = loop
      .map((edge) => edge.id)
      .sort()
      .join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    const hoursOf = (edge: HoursEdge) => {
      const { when: _when, ...hours } = edge.trigger.params;
      return JSON.stringify(hours, Object.keys(hours).sort());
    };
    const whens = new Set(loop.map((edge) => edge.trigger.params.when ?? 'closed'));
    const sameHours = new Set(loop.map(hoursOf)).size === 1;
    if (whens.size > 1 && sameHours) continue;
    report({
      code: 'business_hours_loop',
      edgeId: start.id,
      message:
        `Business-hours edges ${loop.map((edge) => `"${edge.id}"`).join(' → ')} form a loop that could bounce forever` +
        (whens.size > 1
          ? '; give every edge of the loop the same hours.'
          : '; one of them should fire when the business opens ("when": "open") and one when it closes.'),
    });
  }
}

/**
 * The shortest chain of edges from `start`'s target back to its source, `start` first, or null
 * (`leaving`: the edges out of each node).
 * Breadth-first with a visited set: linear in the edges, where trying every path is exponential.
 */
function shortestLoop<E extends FlowEdge>(start: E, leaving: Map<string, E[]>): E[] | null {
  const arrivedBy = new Map<string, E | null>([[start.target, null]]);
  const queue = [start.target];
  for (let next = 0; next < queue.length; next++) {
    const node = queue[next]!;
    if (node === start.source) {
      const trail: E[] = [];
      for (let edge = arrivedBy.get(node); edge; edge = arrivedBy.get(edge.source)) trail.unshift(edge);
      return [start, ...trail];
    }
    for (const edge of leaving.get(node) ?? []) {
      if (arrivedBy.has(edge.target)) continue;
      arrivedBy.set(edge.target, edge);
      queue.push(edge.target);
    }
  }
  return null;
}
