import type { ConversationResolvers } from '../schema/generated/resolvers-types';

/** Where a waiting customer stands: queue position, an honest expected wait, whether anyone is there. */
export const waitStatusFields: Pick<ConversationResolvers, 'queuePosition' | 'expectedWaitSeconds' | 'teamAvailable' | 'teamBackAt' | 'awayMessage'> = {
  queuePosition: () => null,
  expectedWaitSeconds: () => null,
  teamAvailable: () => false,
  teamBackAt: () => null,
  awayMessage: () => null,
};
