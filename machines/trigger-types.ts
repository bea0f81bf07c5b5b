import type { z } from 'zod';
import { TRIGGERS, TRIGGER_TYPES, type TriggerType } from './triggers';

/**
 * Tables about trigger types, derived from the trigger modules in machines/triggers/ (one per
 * type, listed in machines/triggers/index.ts), for code that wants one aspect of every trigger.
 */
export { TRIGGERS, TRIGGER_TYPES, isTriggerType, triggerNamed, triggerWordingOf, suggestedTriggerFor, type TriggerType } from './triggers';
export { PRIORITIES, RESOLVERS, type Priority, type Resolver } from './triggers/trigger-params';
export type { BusinessHoursParams } from './triggers/business-hours';

type Each<V> = { [T in TriggerType]: V };
const each = <V>(pick: (type: TriggerType) => V) => Object.fromEntries(TRIGGER_TYPES.map((type) => [type, pick(type)]));

export type TriggerParams<T extends TriggerType> = z.output<(typeof TRIGGERS)[T]['params']>;

export const TRIGGER_PARAM_SCHEMAS = each((type) => TRIGGERS[type].params) as { [T in TriggerType]: (typeof TRIGGERS)[T]['params'] };

/** Parameters a new edge of each type starts with in the studio. */
export const DEFAULT_TRIGGER_PARAMS = each((type) => TRIGGERS[type].defaults) as { [T in TriggerType]: TriggerParams<T> };

/** The conversation event each trigger listens to; edges that listen to different events never compete. */
export const TRIGGER_EVENT = each((type) => TRIGGERS[type].event) as Each<(typeof TRIGGERS)[TriggerType]['event']>;

/** Short phrases for admin-facing messages and the escalation note agents read. */
export const TRIGGER_DESCRIPTIONS = each((type) => TRIGGERS[type].wording.description) as Each<string>;

/** Triggers backed by a durable timer the workflow runs. */
export const TIMER_TRIGGERS = TRIGGER_TYPES.filter((type) => 'timer' in TRIGGERS[type]);

export function isTimerTrigger(type: TriggerType): boolean {
  return 'timer' in TRIGGERS[type];
}
