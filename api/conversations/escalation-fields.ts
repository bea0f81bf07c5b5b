import type { EscalationResolvers } from '../schema/generated/resolvers-types';

/** Escalation fields read from elsewhere than the conversation document. */
export const escalationFields: Pick<EscalationResolvers, 'triggerLabel'> = {
  // The edge's id until the flow version's label is looked up.
  triggerLabel: (escalation) => escalation.triggerLabel,
};
