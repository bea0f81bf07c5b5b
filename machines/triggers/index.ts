import { action } from './action';
import { agentClaim } from './agent-claim';
import { agentNoReply } from './agent-no-reply';
import { agentReopen } from './agent-reopen';
import { agentRelease } from './agent-release';
import { businessHours } from './business-hours';
import { customerMessage } from './customer-message';
import { failedAnswers } from './failed-answers';
import { frustration } from './frustration';
import { humanRequest } from './human-request';
import { inactivity } from './inactivity';
import { keyword } from './keyword';
import { noAnswer } from './no-answer';
import { resolve } from './resolve';
import { slaTimeout } from './sla-timeout';
import type { TriggerDefinition, TriggerWording } from './trigger-definition';
import { turns } from './turns';

/**
 * Every kind of trigger an edge of the escalation flow can carry, each defined by its own module.
 * Adding one is a module and a line here; the order is the order admins see them in.
 */
export const TRIGGERS = {
  human_request: humanRequest,
  no_answer: noAnswer,
  frustration,
  failed_answers: failedAnswers,
  turns,
  keyword,
  action,
  sla_timeout: slaTimeout,
  inactivity,
  business_hours: businessHours,
  agent_claim: agentClaim,
  agent_release: agentRelease,
  agent_no_reply: agentNoReply,
  agent_reopen: agentReopen,
  resolve,
  customer_message: customerMessage,
} satisfies Record<string, TriggerDefinition>;

/** The keys above are the trigger types (spelt out nowhere else, so a new type is one line here). */
export type TriggerType = keyof typeof TRIGGERS;

export const TRIGGER_TYPES = Object.keys(TRIGGERS) as [TriggerType, ...TriggerType[]];

const KNOWN = new Map<string, TriggerDefinition>(Object.entries(TRIGGERS));

export function isTriggerType(value: unknown): value is TriggerType {
  return typeof value === 'string' && KNOWN.has(value);
}

/** The definition of a trigger type named in outside text (a flow document, a stored reason), if it is one. */
export function triggerNamed(type: string): TriggerDefinition | undefined {
  return KNOWN.get(type);
}

/** How people read a trigger type named in stored data, if it is one (stored reasons can be older or free text). */
export function triggerWordingOf(type: string): TriggerWording<unknown> | undefined {
  return KNOWN.get(type)?.wording;
}

/** The trigger a new edge between these kinds of node starts with in the studio. */
export function suggestedTriggerFor(source: Parameters<NonNullable<TriggerDefinition['placement']['suggestedFor']>>[0], target: typeof source): TriggerType {
  return TRIGGER_TYPES.find((type) => (TRIGGERS[type] as TriggerDefinition).placement.suggestedFor?.(source, target)) ?? TRIGGER_TYPES[0];
}

export type { TriggerDefinition, TriggerEvent, TriggerForm, TriggerFormField, TriggerWording } from './trigger-definition';
