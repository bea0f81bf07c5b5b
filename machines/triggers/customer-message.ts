import { z } from 'zod';
import { messages } from '../system-messages';
import { suggestedLeaving } from './placement-rules';
import type { TriggerDefinition, EdgePlacement } from './trigger-definition';

const schema = z.strictObject({});

/** The customer writes again, outside the AI (reopening a resolved conversation, leaving an off-hours node). */
export const customerMessage: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: {},
  event: 'CUSTOMER_MESSAGE',
  before: ['countCustomerMessage'],
  effects: (_params, _edge, source) =>
    source.kind === 'resolved' ? [{ type: 'postSystemMessage', params: { text: messages.reopened, audience: 'agents' } }] : [],
  placement: {
    misplaced: ({ source, nodeName, analysisTriggers }: EdgePlacement) =>
      source.kind === 'ai'
        ? [`in ${nodeName(source)} every customer message is analysed; use ${analysisTriggers.slice(0, -1).join(', ')} or ${analysisTriggers.at(-1)}`]
        : [],
    suggestedFor: suggestedLeaving(['resolved']),
  },
  wording: {
    description: 'the customer wrote again',
    cause: () => 'the customer wrote',
    audit: 'the customer wrote again',
  },
  form: { fields: {} },
};
