import { Repeater } from 'graphql-yoga';
import type { BatonContext } from '../context';
import { requireAnyone } from '../auth/require';
import {
  handleAddNote,
  handleClaimConversation,
  handleReleaseConversation,
  handleResolveConversation,
  handleSendAgentMessage,
  handleTransferConversation,
} from '../conversations/agent-actions';
import { loadConversation } from '../conversations/conversation-view';
import { handleSendCustomerMessage } from '../conversations/send-customer-message';
import { handleTriggerAction } from '../conversations/trigger-action';
import { notFound } from '../errors';
import { handleLogin } from '../users/login';
import { handleStartWidgetSession } from '../widget/start-widget-session';

type Args = Record<string, unknown>;

export const resolvers = {
  Query: {
    conversation: (_: unknown, { id }: Args, context: BatonContext) => {
      requireAnyone(context);
      return loadConversation(context.db, String(id), context.principal);
    },
  },
  Mutation: {
    startWidgetSession: (_: unknown, input: Args, context: BatonContext) => handleStartWidgetSession({ input, context }),
    sendCustomerMessage: (_: unknown, { input }: Args, context: BatonContext) => handleSendCustomerMessage({ input, context }),
    triggerAction: (_: unknown, input: Args, context: BatonContext) => handleTriggerAction({ input, context }),
    login: (_: unknown, input: Args, context: BatonContext) => handleLogin({ input, context }),
    claimConversation: (_: unknown, input: Args, context: BatonContext) => handleClaimConversation({ input, context }),
    releaseConversation: (_: unknown, input: Args, context: BatonContext) => handleReleaseConversation({ input, context }),
    resolveConversation: (_: unknown, input: Args, context: BatonContext) => handleResolveConversation({ input, context }),
    transferConversation: (_: unknown, input: Args, context: BatonContext) => handleTransferConversation({ input, context }),
    sendAgentMessage: (_: unknown, input: Args, context: BatonContext) => handleSendAgentMessage({ input, context }),
    addNote: (_: unknown, input: Args, context: BatonContext) => handleAddNote({ input, context }),
  },
  Subscription: {
    conversationUpdated: {
      subscribe: async (_: unknown, { id }: Args, context: BatonContext) => {
        const conversationId = String(id);
        const principal = requireAnyone(context);
        if (!(await loadConversation(context.db, conversationId, principal))) throw notFound(`Conversation ${conversationId} does not exist or is not yours.`);
        const events = context.pubsub.subscribe('conversationChanged', conversationId);
        // Each change is re-read from the read model, so a subscriber always gets the whole, current conversation.
        return Repeater.merge([events]);
      },
      resolve: async (_event: unknown, { id }: Args, context: BatonContext) => {
        const conversation = await loadConversation(context.db, String(id), context.principal);
        if (!conversation) throw notFound('This conversation is no longer visible to you.');
        return conversation;
      },
    },
  },
};
