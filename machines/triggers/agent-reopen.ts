import { z } from 'zod';
import { agentJoined } from './agent-claim';
import type { TriggerDefinition, EdgePlacement } from './trigger-definition';

const schema = z.strictObject({});

/** An agent reopens a resolved conversation and is put in charge of it, as a claim does. */
export const agentReopen: TriggerDefinition<typeof schema> = {
  params: schema,
  defaults: {},
  event: 'AGENT_REOPEN',
  guard: () => 'conversationIsUnclaimed',
  before: ['assignClaimingAgent'],
  effects: agentJoined,
  placement: {
    assignsAgent: true,
    misplaced: ({ source, target, nodeName }: EdgePlacement) => [
      ...(source.kind !== 'resolved' ? [`only a resolved conversation can be reopened, but the edge leaves ${source.kind} ${nodeName(source)}`] : []),
      ...(target.kind !== 'human' ? [`reopening puts the agent in charge, so it must lead to a human node, not ${target.kind} ${nodeName(target)}`] : []),
    ],
  },
  wording: {
    description: 'an agent reopened a resolved conversation',
    cause: () => 'an agent reopened it',
    audit: 'an agent reopened the resolved conversation',
  },
  form: { fields: {} },
};
