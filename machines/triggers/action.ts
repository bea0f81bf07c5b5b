import { z } from 'zod';
import { TALK_TO_HUMAN, widgetActionLabel } from '../widget-actions';
import type { TriggerDefinition } from './trigger-definition';

const schema = z.strictObject({ action: z.string().trim().min(1, { error: 'name the widget action, e.g. talk_to_human' }) });

/** A widget button, such as "talk to a person". */
export const action: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: { action: TALK_TO_HUMAN },
  event: 'CUSTOMER_ACTION',
  guard:
    (params) =>
    ({ event }) =>
      event.type === 'CUSTOMER_ACTION' && event.action === params.action,
  placement: {
    // Widget actions differ by name: edges for different buttons never race.
    raceKey: (_edgeId, params) => params.action,
    raceDescription: (params) => `the widget action "${params.action}"`,
  },
  wording: {
    description: 'the customer pressed a widget button',
    cause: (params) => `the customer pressed “${widgetActionLabel(params.action)}”`,
    headline: (params) => `Customer pressed “${widgetActionLabel(params.action)}”`,
    audit: 'the customer pressed a widget button',
    handoff: 'the customer pressed the button to talk to a person',
  },
  form: {
    fields: {
      action: { input: 'text', label: 'Widget action', hint: 'The name the widget sends, e.g. talk_to_human for the “Talk to a person” button.' },
    },
  },
};
