import { z } from 'zod';
import { SLA_NOTICE_FOR_CUSTOMER, messages } from '../system-messages';
import type { ActionRef } from '../conversation-setup';
import { minutes } from './trigger-params';
import { suggestedLeaving } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ minutes });

/** No agent claimed the conversation within N minutes: notify, raise priority, tell the customer. */
export const slaTimeout: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { minutes: 5 },
  event: 'TIMER_FIRED',
  timer: { delayMs: (params) => Math.round(params.minutes * 60_000) },
  effects: (params, edge, source, target) => {
    const actions: ActionRef[] = [
      { type: 'notifyAgents', params: { reason: messages.slaMissed(params.minutes) } },
      { type: 'postSystemMessage', params: { text: messages.slaMissed(params.minutes), audience: 'agents' } },
    ];
    // Staying in the queue, the customer hears the default reassurance unless the admin wrote their own.
    if (!edge.effects?.customerMessage && target.id === source.id) {
      actions.push({ type: 'postSystemMessage', params: { text: SLA_NOTICE_FOR_CUSTOMER, audience: 'customer' } });
    }
    return actions;
  },
  placement: {
    // Each edge runs its own timer: no race.
    raceKey: (edgeId) => edgeId,
    suggestedFor: suggestedLeaving(['queue']),
  },
  wording: {
    description: 'no agent claimed the conversation in time',
    cause: (params) => `no agent claimed it within ${params.minutes} minutes`,
    audit: 'no agent claimed the conversation in time',
    handoff: 'nobody claimed the conversation in time',
  },
  form: {
    fields: { minutes: { input: 'number', label: 'Minutes unclaimed', step: 1, hint: 'Fires when no agent has claimed the conversation for this long.' } },
  },
};
