import { z } from 'zod';
import type { ActionRef } from '../conversation-setup';
import type { ConversationContext } from '../conversation-context';
import type { ConversationEvent } from '../conversation-events';
import { messages } from '../system-messages';
import type { TriggerDefinition, EdgePlacement } from './trigger-definition';

const agentName = (context: ConversationContext, fallback: string) => context.assignee?.name ?? fallback;

/** How agents read who took the conversation: the assignment router's claims say so. */
const joinedForAgents = (context: ConversationContext, event: ConversationEvent) => {
  const name = agentName(context, 'an agent');
  return event.type === 'AGENT_CLAIM' && event.assignedBy === 'router' ? messages.assignedAutomatically(name) : messages.claimedForAgents(name);
};

/** What both sides read when an agent takes a conversation (claiming, or reopening). */
export const agentJoined = (): ActionRef[] => [
  { type: 'postSystemMessage', params: ({ context, event }) => ({ text: joinedForAgents(context, event), audience: 'agents' }) },
  { type: 'postSystemMessage', params: ({ context }) => ({ text: messages.claimedForCustomer(agentName(context, 'An agent')), audience: 'customer' }) },
];

const schema = z.strictObject({});

/** An agent claims the conversation (a Temporal update; a second claimer is refused). */
export const agentClaim: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: {},
  event: 'AGENT_CLAIM',
  guard: () => 'conversationIsUnclaimed',
  before: ['assignClaimingAgent'],
  effects: agentJoined,
  placement: {
    assignsAgent: true,
    misplaced: ({ source, target, nodeName }: EdgePlacement) => [
      ...(source.kind === 'human' ? [`a conversation in ${nodeName(source)} is already claimed (agents transfer it instead)`] : []),
      ...(target.kind !== 'human' ? [`a claim puts an agent in charge, so it must lead to a human node, not ${target.kind} ${nodeName(target)}`] : []),
    ],
    suggestedFor: (source, target) => target === 'human' && source !== 'human',
  },
  wording: {
    description: 'an agent claimed the conversation',
    cause: () => 'an agent claimed it',
    audit: 'an agent claimed the conversation',
  },
  form: { fields: {} },
};
