import { z } from 'zod';
import type { ConversationContext } from '../conversation-context';
import { messages } from '../system-messages';
import type { TriggerDefinition, EdgePlacement } from './trigger-definition';

const agentName = (context: ConversationContext, fallback: string) => context.assignee?.name ?? fallback;

const schema = z.strictObject({});

/** The agent who holds the conversation hands it back (to the AI, or to the queue). */
export const agentRelease: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: {},
  event: 'AGENT_RELEASE',
  guard: () => 'sentByAssignee',
  effects: (_params, _edge, _source, target) =>
    target.kind === 'ai'
      ? [
          { type: 'postSystemMessage', params: ({ context }) => ({ text: messages.releasedForAgents(agentName(context, 'The agent')), audience: 'agents' }) },
          {
            type: 'postSystemMessage',
            params: ({ context }) => ({ text: messages.releasedForCustomer(agentName(context, 'Our agent')), audience: 'customer' }),
          },
        ]
      : [],
  placement: {
    misplaced: ({ source, nodeName }: EdgePlacement) =>
      source.kind === 'human' ? [] : [`only an agent who holds the conversation can release it, but the edge leaves ${source.kind} ${nodeName(source)}`],
    suggestedFor: (source, target) => source === 'human' && target !== 'resolved',
  },
  wording: {
    description: 'the agent handed the conversation back',
    cause: () => 'the agent put it back in the queue',
    audit: 'the agent handed the conversation back',
  },
  form: { fields: {} },
};
