import { z } from 'zod';

/** Every kind of trigger an edge of the escalation flow can carry (DESIGN.md, "States and triggers"). */
export const TRIGGER_TYPES = [
  'human_request',
  'no_answer',
  'frustration',
  'failed_answers',
  'turns',
  'keyword',
  'action',
  'sla_timeout',
  'inactivity',
  'business_hours',
  'agent_claim',
  'agent_release',
  'agent_reopen',
  'resolve',
  'customer_message',
] as const;

export type TriggerType = (typeof TRIGGER_TYPES)[number];

export function isTriggerType(value: unknown): value is TriggerType {
  return typeof value === 'string' && (TRIGGER_TYPES as readonly string[]).includes(value);
}

const score = (what: string) =>
  z
    .number({ error: `${what} must be a number between 0 and 1` })
    .min(0, { error: `${what} must be between 0 and 1` })
    .max(1, { error: `${what} must be between 0 and 1` });

const minutes = z
  .number({ error: 'minutes must be a number' })
  .positive({ error: 'minutes must be more than 0' })
  .max(60 * 24 * 30, { error: 'minutes must be at most 30 days (43200)' });

const count = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(1, { error: `${what} must be at least 1` });

const clockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'times must look like 09:00 or 17:30 (24-hour clock)' });

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const RESOLVERS = ['agent', 'customer', 'system'] as const;
export type Resolver = (typeof RESOLVERS)[number];

/** Parameters of each trigger type; strict, so a misspelt parameter is reported instead of ignored. */
export const TRIGGER_PARAM_SCHEMAS = {
  // minScore lets an admin demand more certainty than the detector's own yes/no.
  human_request: z.strictObject({ minScore: score('minScore').optional() }),
  no_answer: z.strictObject({ threshold: score('threshold') }),
  frustration: z.strictObject({ threshold: score('threshold') }),
  failed_answers: z.strictObject({ count: count('count') }),
  // Fires when the customer has written more than `count` messages since the AI took over.
  turns: z.strictObject({ count: count('count') }),
  keyword: z.strictObject({
    keywords: z
      .array(z.string().trim().min(1, { error: 'a keyword cannot be empty' }), { error: 'keywords must be a list of words or phrases' })
      .min(1, { error: 'list at least one keyword' }),
  }),
  action: z.strictObject({ action: z.string().trim().min(1, { error: 'name the widget action, e.g. talk_to_human' }) }),
  sla_timeout: z.strictObject({ minutes }),
  inactivity: z.strictObject({ minutes }),
  business_hours: z
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
    }),
  agent_claim: z.strictObject({}),
  agent_release: z.strictObject({}),
  agent_reopen: z.strictObject({}),
  resolve: z.strictObject({ by: z.array(z.enum(RESOLVERS)).min(1).optional() }),
  customer_message: z.strictObject({}),
} as const satisfies Record<TriggerType, z.ZodType>;

export type TriggerParams<T extends TriggerType> = z.output<(typeof TRIGGER_PARAM_SCHEMAS)[T]>;
export type BusinessHoursParams = TriggerParams<'business_hours'>;

/** Parameters a new edge of each type starts with in the studio. */
export const DEFAULT_TRIGGER_PARAMS: { [T in TriggerType]: TriggerParams<T> } = {
  human_request: {},
  no_answer: { threshold: 0.35 },
  frustration: { threshold: 0.7 },
  failed_answers: { count: 2 },
  turns: { count: 10 },
  keyword: { keywords: ['refund'] },
  action: { action: 'talk_to_human' },
  sla_timeout: { minutes: 5 },
  inactivity: { minutes: 30 },
  business_hours: { timezone: 'UTC', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00', when: 'closed' },
  agent_claim: {},
  agent_release: {},
  agent_reopen: {},
  resolve: {},
  customer_message: {},
};

/** The conversation event each trigger listens to; edges that listen to different events never compete. */
export const TRIGGER_EVENT: Record<TriggerType, string> = {
  human_request: 'ANALYSIS_READY',
  frustration: 'ANALYSIS_READY',
  keyword: 'ANALYSIS_READY',
  failed_answers: 'ANALYSIS_READY',
  turns: 'ANALYSIS_READY',
  no_answer: 'ANSWER_READY',
  action: 'CUSTOMER_ACTION',
  sla_timeout: 'TIMER_FIRED',
  inactivity: 'TIMER_FIRED',
  business_hours: 'TIMER_FIRED',
  agent_claim: 'AGENT_CLAIM',
  agent_release: 'AGENT_RELEASE',
  agent_reopen: 'AGENT_REOPEN',
  resolve: 'RESOLVE',
  customer_message: 'CUSTOMER_MESSAGE',
};

/** Triggers backed by a durable timer the workflow runs. */
export const TIMER_TRIGGERS = ['sla_timeout', 'inactivity', 'business_hours'] as const satisfies readonly TriggerType[];
export type TimerTriggerType = (typeof TIMER_TRIGGERS)[number];

export function isTimerTrigger(type: TriggerType): type is TimerTriggerType {
  return (TIMER_TRIGGERS as readonly TriggerType[]).includes(type);
}

/** Short phrases for admin-facing messages and the escalation note agents read. */
export const TRIGGER_DESCRIPTIONS: Record<TriggerType, string> = {
  human_request: 'the customer asked for a person',
  no_answer: 'the AI had no confident answer',
  frustration: 'the customer is frustrated',
  failed_answers: 'the AI’s answers did not help',
  turns: 'the conversation ran long',
  keyword: 'the customer used a watched keyword',
  action: 'the customer pressed a widget button',
  sla_timeout: 'no agent claimed the conversation in time',
  inactivity: 'the conversation went quiet',
  business_hours: 'business hours began or ended',
  agent_claim: 'an agent claimed the conversation',
  agent_release: 'the agent handed the conversation back',
  agent_reopen: 'an agent reopened a resolved conversation',
  resolve: 'the conversation was resolved',
  customer_message: 'the customer wrote again',
};
