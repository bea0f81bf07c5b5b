import type { ConversationResolvers, TimelineEntryResolvers } from '../schema/generated/resolvers-types';

export const conversationRatingFields: Pick<ConversationResolvers, 'rating'> = { rating: () => null };
export const timelineEntryFeedbackFields: Pick<TimelineEntryResolvers, 'helpful'> = { helpful: () => null };
