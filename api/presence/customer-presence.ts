import type { BatonContext } from '../context';
import type {
  ConversationResolvers,
  CounterpartPresence,
  MutationReportCustomerPresenceArgs,
  SubscriptionCounterpartPresenceArgs,
} from '../schema/generated/resolvers-types';

export async function handleReportCustomerPresence(_request: { input: MutationReportCustomerPresenceArgs; context: BatonContext }): Promise<boolean> {
  throw new Error('not built yet');
}

export async function subscribeToCounterpartPresence(
  _args: SubscriptionCounterpartPresenceArgs,
  _context: BatonContext,
): Promise<AsyncIterable<CounterpartPresence>> {
  throw new Error('not built yet');
}

export const customerPresenceFields: Pick<ConversationResolvers, 'customerConnected' | 'customerSeenEntryId'> = {
  customerConnected: () => false,
  customerSeenEntryId: () => null,
};
