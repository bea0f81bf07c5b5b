import { z } from 'zod';
import { messages } from '../system-messages';
import { minutes } from './trigger-params';
import { suggestedLeaving } from './placement-rules';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ minutes });

/** N minutes of silence: usually closes the conversation. */
export const inactivity: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { minutes: 30 },
  event: 'TIMER_FIRED',
  // Inactivity means silence, so every message in the node starts the timer over.
  timer: { delayMs: (params) => Math.round(params.minutes * 60_000), restartsOnActivity: true },
  effects: (params, _edge, _source, target) =>
    target.kind === 'resolved' ? [{ type: 'closeConversation', params: { reason: messages.closedForInactivity(params.minutes) } }] : [],
  placement: {
    // Each edge runs its own timer: no race.
    raceKey: (edgeId) => edgeId,
    suggestedFor: suggestedLeaving(['message', 'collect_email']),
  },
  wording: {
    description: 'the conversation went quiet',
    cause: (params) => `nobody wrote for ${params.minutes} minutes`,
    audit: 'the conversation went quiet',
  },
  form: { fields: { minutes: { input: 'number', label: 'Minutes of silence', step: 1, hint: 'Fires after this long without a message.' } } },
};
