import { z } from 'zod';
import { messages } from '../system-messages';
import { RESOLVERS } from './trigger-params';
import type { TriggerDefinition, EdgePlacement } from './trigger-definition';

const schema = z.strictObject({ by: z.array(z.enum(RESOLVERS)).min(1).optional() });

/** The conversation is resolved, by an agent, the customer or the system (limited by `by`). */
export const resolve: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: {},
  event: 'RESOLVE',
  guard:
    (params) =>
    ({ context, event }) =>
      event.type === 'RESOLVE' &&
      (params.by === undefined || params.by.includes(event.by)) &&
      // An agent can only close a conversation a colleague holds by taking it over first.
      (event.by !== 'agent' || context.assignee === null || event.agentId === context.assignee.id),
  // "Yes" under an AI answer: the customer is done, so the conversation resolves as answered by the AI.
  alsoFiresOn: {
    event: 'ANSWER_RATED',
    guard:
      (params) =>
      ({ event }) =>
        event.type === 'ANSWER_RATED' && event.helpful && (params.by === undefined || params.by.includes('customer')),
  },
  effects: () => [
    {
      type: 'postSystemMessage',
      params: ({ context, event }) => ({
        text:
          event.type === 'ANSWER_RATED'
            ? messages.answerConfirmed
            : messages.resolvedBy(event.type === 'RESOLVE' ? event.by : 'system', context.assignee?.name ?? null),
        audience: 'agents',
      }),
    },
  ],
  placement: {
    misplaced: ({ source, nodeName }: EdgePlacement) => (source.kind === 'resolved' ? [`${nodeName(source)} is already resolved`] : []),
    suggestedFor: (source, target) => source === 'human' && target === 'resolved',
  },
  wording: {
    description: 'the conversation was resolved',
    cause: () => 'it was resolved',
    audit: 'the conversation was resolved',
  },
  form: {
    fields: {
      by: {
        input: 'choices',
        label: 'Resolved by (none checked = anyone)',
        options: RESOLVERS.map((resolver) => ({ value: resolver, label: resolver })),
      },
    },
  },
};
