import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { filter, pipe } from 'graphql-yoga';
import type { ConversationChanged } from '../../activities/inbox-events';
import { handleArticle, handleArticles, handleDeleteArticle, handleUpsertArticle } from '../articles/articles';
import { endOnSignOut } from '../auth/end-on-sign-out';
import { requireAnyone, requireUser } from '../auth/require';
import { hideAgentOnlyFieldsFromWidgets } from '../auth/widget-visible-fields';
import type { BatonContext } from '../context';
import {
  handleAddNote,
  handleClaimConversation,
  handleReleaseConversation,
  handleReopenConversation,
  handleResolveConversation,
  handleSendAgentMessage,
  handleTransferConversation,
} from '../conversations/agent-actions';
import { handleSetPriority, handleTagConversation } from '../conversations/conversation-metadata';
import { loadChangedConversation, loadConversation, loadTimeline } from '../conversations/conversation-view';
import { handleInbox } from '../conversations/inbox';
import { handleSendCustomerMessage } from '../conversations/send-customer-message';
import { handleTriggerAction } from '../conversations/trigger-action';
import { notFound } from '../errors';
import { handleFlow, handleFlowDraft, handleFlowVersions, handlePublishFlow, handleSaveFlowDraft, handleValidateFlow } from '../flows/flow-admin';
import { handleBacktestFlow, handleExportConversation, handleMetrics } from '../insights/insights';
import { handleLogin } from '../users/login';
import { handleDeactivateAgent, handleReactivateAgent, handleResetAgentPassword, handleUpdateAgent } from '../users/agent-accounts';
import { handleLogout } from '../users/logout';
import { handleHeartbeat, handleSetAvailability } from '../users/availability';
import { teamFieldResolvers, teamResultById, userFieldResolvers } from '../users/user-fields';
import { handleAgents, handleCreateAgent, handleMe } from '../users/users';
import { handleReportPresence, subscribeToPresence, toAgentPresence } from '../presence/presence';
import type { PresenceReported } from '../pubsub';
import { handleCreateTeam, handleDeleteTeam, handleRenameTeam, handleTeams } from '../teams/teams';
import { handleStartWidgetSession } from '../widget/start-widget-session';
import { handleResumeWidgetSession } from '../widget/resume-widget-session';
import { handleLeaveContactEmail } from '../widget/leave-contact-email';
import { customerPresenceFields, handleReportCustomerPresence, subscribeToCounterpartPresence } from '../presence/customer-presence';
import { waitStatusFields } from '../conversations/wait-status';
import { withWaitChanges } from '../conversations/wait-updates';
import { escalationFields } from '../conversations/escalation-fields';
import { handleSuggestReply } from '../conversations/suggest-reply';
import { handleRateAnswer } from '../feedback/rate-answer';
import { handleRateConversation } from '../feedback/rate-conversation';
import { timelineEntryFeedbackFields } from '../feedback/feedback-fields';
import { handleCreateSavedReply, handleDeleteSavedReply, handleSavedReplies, handleUpdateSavedReply } from '../saved-replies/saved-replies';
import { handleUpdateWorkspaceSettings, handleWorkspace } from '../workspace/workspace-settings';
import type { CounterpartPresence, Resolvers } from './generated/resolvers-types';
import { typeDefs } from './type-defs';

/**
 * Resolvers stay thin: each hands its arguments and context to one handler file. The handler's
 * input type is checked against the field's arguments (api/schema/generated/resolvers-types.ts).
 */
const run =
  <Args, Result>(handler: (request: { input: Args; context: BatonContext }) => Result) =>
  (_parent: unknown, input: Args, context: BatonContext) =>
    handler({ input, context });

/** A subscription's context remembers the last timeline entry it delivered (see ConversationResult.delivered). */
type SubscriberContext = BatonContext & { delivered?: { lastEntryId: string | null } };

function literalToJSON(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalToJSON);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJSON(field.value)]));
    default:
      return undefined;
  }
}

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJSON,
});

export const resolvers: Resolvers = hideAgentOnlyFieldsFromWidgets(typeDefs, {
  JSON: JSONScalar,
  Query: {
    me: run(handleMe),
    conversation: (_, { id }, context) => {
      requireAnyone(context);
      return loadConversation(context.db, id, context.principal);
    },
    inbox: run(handleInbox),
    agents: run(handleAgents),
    teams: run(handleTeams),
    workspace: run(handleWorkspace),
    articles: run(handleArticles),
    article: run(handleArticle),
    flow: run(handleFlow),
    flowVersions: run(handleFlowVersions),
    flowDraft: run(handleFlowDraft),
    metrics: run(handleMetrics),
    backtestFlow: run(handleBacktestFlow),
    exportConversation: run(handleExportConversation),
    savedReplies: run(handleSavedReplies),
  },
  User: {
    // Accounts made before deactivation existed have no field: they are active.
    active: (user) => user.active !== false,
    ...userFieldResolvers,
  },
  Team: teamFieldResolvers,
  Conversation: {
    // Entries are counted per request, or per event on a subscription (each event's conversation is its own object).
    timeline: (conversation, args, context, info) =>
      loadTimeline(context.db, conversation, args, info.operation.operation === 'subscription' ? conversation : context),
    team: (conversation, _args, context) => teamResultById(context, conversation.teamId),
    ...waitStatusFields,
    ...customerPresenceFields,
  },
  TimelineEntry: timelineEntryFeedbackFields,
  Escalation: escalationFields,
  Mutation: {
    startWidgetSession: run(handleStartWidgetSession),
    sendCustomerMessage: (_, { input }, context) => handleSendCustomerMessage({ input, context }),
    triggerAction: run(handleTriggerAction),
    login: run(handleLogin),
    claimConversation: run(handleClaimConversation),
    releaseConversation: run(handleReleaseConversation),
    resolveConversation: run(handleResolveConversation),
    reopenConversation: run(handleReopenConversation),
    transferConversation: run(handleTransferConversation),
    sendAgentMessage: run(handleSendAgentMessage),
    addNote: run(handleAddNote),
    tagConversation: run(handleTagConversation),
    setPriority: run(handleSetPriority),
    upsertArticle: run(handleUpsertArticle),
    deleteArticle: run(handleDeleteArticle),
    validateFlow: run(handleValidateFlow),
    saveFlowDraft: run(handleSaveFlowDraft),
    publishFlow: run(handlePublishFlow),
    createAgent: run(handleCreateAgent),
    deactivateAgent: run(handleDeactivateAgent),
    reactivateAgent: run(handleReactivateAgent),
    updateAgent: run(handleUpdateAgent),
    resetAgentPassword: run(handleResetAgentPassword),
    logout: run(handleLogout),
    setAvailability: run(handleSetAvailability),
    heartbeat: run(handleHeartbeat),
    createTeam: run(handleCreateTeam),
    renameTeam: run(handleRenameTeam),
    deleteTeam: run(handleDeleteTeam),
    reportPresence: run(handleReportPresence),
    updateWorkspaceSettings: run(handleUpdateWorkspaceSettings),
    resumeWidgetSession: run(handleResumeWidgetSession),
    leaveContactEmail: run(handleLeaveContactEmail),
    reportCustomerPresence: run(handleReportCustomerPresence),
    rateAnswer: run(handleRateAnswer),
    rateConversation: run(handleRateConversation),
    suggestReply: run(handleSuggestReply),
    createSavedReply: run(handleCreateSavedReply),
    updateSavedReply: run(handleUpdateSavedReply),
    deleteSavedReply: run(handleDeleteSavedReply),
  },
  Subscription: {
    conversationUpdated: {
      subscribe: async (_, { id: conversationId }, context) => {
        const principal = requireAnyone(context);
        const conversation = await loadConversation(context.db, conversationId, principal);
        if (!conversation) throw notFound(`Conversation ${conversationId} does not exist or is not yours.`);
        // While it waits for a person, also the queue's changes that move it and its team's availability (queuePosition, teamAvailable).
        const changes = await withWaitChanges(context, conversation, context.pubsub.subscribe('conversationChanged', conversationId));
        return endOnSignOut(context.currentUsers, principal, changes);
      },
      // Each change is re-read from the read model, so a subscriber always gets the current conversation;
      // with timeline(since:), only the entries this subscription has not delivered yet.
      resolve: async (event: ConversationChanged, _args: unknown, context: SubscriberContext) => {
        const conversation = await loadChangedConversation(context.db, event, context.principal);
        if (!conversation) throw notFound('This conversation is no longer visible to you.');
        context.delivered ??= { lastEntryId: null };
        return { ...conversation, delivered: context.delivered };
      },
    },
    inboxChanged: {
      subscribe: (_, _args, context) => {
        const principal = requireUser(context);
        const changes = pipe(
          context.pubsub.subscribe('inboxChanged', principal.workspaceId),
          filter((event: ConversationChanged) => event.workspaceId === principal.workspaceId),
        );
        return endOnSignOut(context.currentUsers, principal, changes);
      },
      resolve: async (event: ConversationChanged, _args: unknown, context: BatonContext) => {
        const conversation = await loadChangedConversation(context.db, event, context.principal);
        if (!conversation) throw notFound(`Conversation ${event.conversationId} is gone.`);
        return { conversation, changes: event.changes };
      },
    },
    conversationPresence: {
      subscribe: (_, args, context) => subscribeToPresence(args, context),
      resolve: (event: PresenceReported) => toAgentPresence(event),
    },
    counterpartPresence: {
      subscribe: (_, args, context) => subscribeToCounterpartPresence(args, context),
      resolve: (event: CounterpartPresence) => event,
    },
  },
} satisfies Resolvers);
