/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * Whether an agent takes conversations. An open inbox page keeps its agent AVAILABLE through heartbeat;
 * without one for the workspace's assignment.awayAfterSeconds they become AWAY; signing out makes them OFFLINE.
 */
export type AgentAvailability =
  | 'AVAILABLE'
  | 'AWAY'
  | 'OFFLINE';

export type ArticleFormat =
  | 'HTML'
  | 'MARKDOWN'
  | 'TEXT';

export type ArticleInput = {
  body: string;
  format?: ArticleFormat | null | undefined;
  id?: string | number | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
  url?: string | null | undefined;
};

export type AssignedFilter =
  | 'ANYONE'
  | 'ME'
  | 'UNASSIGNED';

/**
 * MANUAL: agents claim from the queue. ROUND_ROBIN: each waiting conversation goes to the next available agent of its
 * team with free capacity, in turn. LEAST_LOADED: to the one with the fewest active conversations. Claiming works in every mode.
 */
export type AssignmentMode =
  | 'LEAST_LOADED'
  | 'MANUAL'
  | 'ROUND_ROBIN';

/** Only the fields given change. defaultCapacity 0..100, awayAfterSeconds 30..86400, reassignAfterSeconds 1..86400. */
export type AssignmentSettingsInput = {
  awayAfterSeconds?: number | null | undefined;
  defaultCapacity?: number | null | undefined;
  mode?: AssignmentMode | null | undefined;
  reassignAfterSeconds?: number | null | undefined;
};

/** Only the fields given change; 1 to 500 characters each. */
export type AwayMessagesInput = {
  busy?: string | null | undefined;
  closed?: string | null | undefined;
};

export type BacktestVerdict =
  | 'DIFFERENT_TRIGGER'
  | 'EARLIER'
  | 'LATER'
  | 'SAME'
  | 'WOULD_ESCALATE'
  | 'WOULD_NOT_ESCALATE';

export type BusinessHoursInput = {
  close: string;
  days: Array<number>;
  open: string;
  timezone: string;
};

export type ConversationStatus =
  | 'AI_ANSWERING'
  | 'AWAITING_HUMAN'
  | 'HUMAN_ACTIVE'
  | 'RESOLVED';

export type CreateAgentInput = {
  email: string;
  name: string;
  password: string;
  role: Role;
};

export type InboxFilter = {
  assigned?: AssignedFilter | null | undefined;
  escalatedOnly?: boolean | null | undefined;
  priority?: Array<Priority> | null | undefined;
  /** Words to find in the conversation's messages. */
  search?: string | null | undefined;
  status?: Array<ConversationStatus> | null | undefined;
  /** Conversations routed to this team. */
  team?: string | number | null | undefined;
};

/** Who is on the other side of a conversation: the customer, or an agent. */
export type Participant =
  | 'AGENT'
  | 'CUSTOMER';

/** VIEWING: the agent has the thread open (repeated every 15 s, lasts 40 s). LEFT: closed it. TYPING: writing a reply (repeated while typing, lasts 6 s). */
export type PresenceKind =
  | 'LEFT'
  | 'TYPING'
  | 'VIEWING';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type Role =
  | 'ADMIN'
  | 'AGENT';

/** shortcut 1-40 characters (a-z, 0-9, -), unique in the workspace; title 1-120; text 1-5,000. */
export type SavedReplyInput = {
  shortcut: string;
  text: string;
  title: string;
};

export type TimeRange = {
  from: string;
  to: string;
};

export type TimelineKind =
  | 'AGENT'
  | 'AI'
  | 'CUSTOMER'
  | 'NOTE'
  | 'SYSTEM';

/** Only the fields given change. */
export type UpdateAgentInput = {
  /** 0 to 100; 0 takes no automatic assignments (manual claims still work). */
  capacity?: number | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
  /** The agent's teams, all of them (replaces the list). */
  teams?: Array<string | number> | null | undefined;
};

export type WorkspaceSettingsInput = {
  assignment?: AssignmentSettingsInput | null | undefined;
  /** 1 to 36500 days; null keeps the archive forever. The archiver prunes older runs on its next pass. */
  auditArchiveRetentionDays?: number | null | undefined;
  awayMessages?: AwayMessagesInput | null | undefined;
  businessHours?: BusinessHoursInput | null | undefined;
  newConversationsPerMinute?: number | null | undefined;
  slaMinutes?: number | null | undefined;
  widgetOrigins?: Array<string> | null | undefined;
};

export type ManagedAgentFragment = { id: string, name: string, email: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number, lastSeenAt: string | null, teams: Array<{ id: string, name: string }> };

export type AssignmentSettingsFieldsFragment = { mode: AssignmentMode, defaultCapacity: number, awayAfterSeconds: number, reassignAfterSeconds: number };

export type AwayMessagesFieldsFragment = { busy: string, closed: string };

export type AgentsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsPageQuery = { agents: Array<{ id: string, name: string, email: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number, lastSeenAt: string | null, teams: Array<{ id: string, name: string }> }>, teams: Array<{ id: string, name: string, members: Array<{ id: string }> }>, workspace: { id: string, settings: { assignment: { mode: AssignmentMode, defaultCapacity: number, awayAfterSeconds: number, reassignAfterSeconds: number }, awayMessages: { busy: string, closed: string } } } };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { id: string, name: string, email: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number, lastSeenAt: string | null, teams: Array<{ id: string, name: string }> } };

export type UpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { id: string, name: string, email: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number, lastSeenAt: string | null, teams: Array<{ id: string, name: string }> } };

export type DeactivateAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateAgentMutation = { deactivateAgent: { id: string, name: string, email: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number, lastSeenAt: string | null, teams: Array<{ id: string, name: string }> } };

export type ReactivateAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateAgentMutation = { reactivateAgent: { id: string, name: string, email: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number, lastSeenAt: string | null, teams: Array<{ id: string, name: string }> } };

export type CreateTeamMutationVariables = Exact<{
  name: string;
}>;


export type CreateTeamMutation = { createTeam: { id: string, name: string } };

export type RenameTeamMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameTeamMutation = { renameTeam: { id: string, name: string } };

export type DeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTeamMutation = { deleteTeam: boolean };

export type UpdateAssignmentSettingsMutationVariables = Exact<{
  input: WorkspaceSettingsInput;
}>;


export type UpdateAssignmentSettingsMutation = { updateWorkspaceSettings: { id: string, settings: { assignment: { mode: AssignmentMode, defaultCapacity: number, awayAfterSeconds: number, reassignAfterSeconds: number } } } };

export type UpdateAwayMessagesMutationVariables = Exact<{
  input: WorkspaceSettingsInput;
}>;


export type UpdateAwayMessagesMutation = { updateWorkspaceSettings: { id: string, settings: { awayMessages: { busy: string, closed: string } } } };

export type DashboardMetricsQueryVariables = Exact<{
  range: TimeRange;
}>;


export type DashboardMetricsQuery = { metrics: { conversations: number, automated: number, automationRate: number, escalated: number, escalationRate: number, volumeByHour: Array<number>, volumeByWeekday: Array<number>, offHoursShare: number | null, confirmedAutomated: number, escalationsByTrigger: Array<{ trigger: string, count: number }>, aiFirstResponseSeconds: { p50: number | null, p90: number | null, count: number }, timeToClaimSeconds: { p50: number | null, p90: number | null, count: number, buckets: Array<{ label: string, count: number }> }, humanFirstResponseSeconds: { p50: number | null, p90: number | null, count: number }, resolutionSeconds: { p50: number | null, p90: number | null, count: number }, daily: Array<{ date: string, conversations: number, automated: number }>, topCitedArticles: Array<{ title: string, url: string | null, count: number }>, unansweredQuestions: Array<{ text: string, count: number, lastAskedAt: string }>, timeToAssignmentSeconds: { p50: number | null, p90: number | null, count: number }, assignmentsByAgent: Array<{ label: string, assignments: number, requeues: number }>, assignmentsByTeam: Array<{ label: string, assignments: number, requeues: number }>, queueLength: Array<{ at: string, waiting: number }>, answersRatedNotHelpful: Array<{ answer: string, notHelpful: number, helpful: number, lastRatedAt: string, citations: Array<{ title: string, url: string | null }> }>, csat: { overall: { average: number | null, satisfiedRate: number | null, count: number }, aiOnly: { average: number | null, satisfiedRate: number | null, count: number }, handedOff: { average: number | null, satisfiedRate: number | null, count: number }, byAgent: Array<{ label: string, csat: { average: number | null, satisfiedRate: number | null, count: number } }> } } };

export type SuggestReplyMutationVariables = Exact<{
  conversationId: string | number;
}>;


export type SuggestReplyMutation = { suggestReply: { text: string, confidence: number, question: string, citations: Array<{ title: string, url: string | null }> } };

export type SavedReplyItemFragment = { id: string, shortcut: string, title: string, text: string, updatedAt: string };

export type SavedRepliesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SavedRepliesQuery = { savedReplies: Array<{ id: string, shortcut: string, title: string, text: string, updatedAt: string }> };

export type CreateSavedReplyMutationVariables = Exact<{
  input: SavedReplyInput;
}>;


export type CreateSavedReplyMutation = { createSavedReply: { id: string, shortcut: string, title: string, text: string, updatedAt: string } };

export type UpdateSavedReplyMutationVariables = Exact<{
  id: string | number;
  input: SavedReplyInput;
}>;


export type UpdateSavedReplyMutation = { updateSavedReply: { id: string, shortcut: string, title: string, text: string, updatedAt: string } };

export type DeleteSavedReplyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSavedReplyMutation = { deleteSavedReply: boolean };

export type WorkspaceNameQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceNameQuery = { workspace: { id: string, name: string } };

export type CounterpartPresenceSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CounterpartPresenceSubscription = { counterpartPresence: { conversationId: string, from: Participant, kind: PresenceKind, at: string } };

export type InboxItemFragment = { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, lastMessageAt: string | null, lastMessagePreview: string | null, createdAt: string, updatedAt: string, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, at: string } | null, customer: { email: string | null }, team: { id: string, name: string } | null };

export type InboxQueryVariables = Exact<{
  filter?: InboxFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { inbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, lastMessageAt: string | null, lastMessagePreview: string | null, createdAt: string, updatedAt: string, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, at: string } | null, customer: { email: string | null }, team: { id: string, name: string } | null } }> } };

export type InboxChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxChangedSubscription = { inboxChanged: { changes: Array<string>, conversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, lastMessageAt: string | null, lastMessagePreview: string | null, createdAt: string, updatedAt: string, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, at: string } | null, customer: { email: string | null }, team: { id: string, name: string } | null } } };

export type ThreadFragment = { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> };

export type EarlierEntriesQueryVariables = Exact<{
  id: string | number;
  before: string | number;
}>;


export type EarlierEntriesQuery = { conversation: { id: string, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } | null };

export type ConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationQuery = { conversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } | null };

export type ConversationUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConversationUpdatedSubscription = { conversationUpdated: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ id: string, name: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number }> };

export type ClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type ClaimMutation = { claimConversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type ReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseMutation = { releaseConversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type ResolveMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolveMutation = { resolveConversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type ReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenMutation = { reopenConversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type TransferMutationVariables = Exact<{
  id: string | number;
  toAgentId: string | number;
}>;


export type TransferMutation = { transferConversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type ReplyMutationVariables = Exact<{
  conversationId: string | number;
  text: string;
  clientMessageId: string | number;
}>;


export type ReplyMutation = { sendAgentMessage: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type NoteMutationVariables = Exact<{
  conversationId: string | number;
  text: string;
  clientNoteId?: string | number | null | undefined;
}>;


export type NoteMutation = { addNote: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type TagMutationVariables = Exact<{
  id: string | number;
  tags: Array<string> | string;
}>;


export type TagMutation = { tagConversation: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type SetPriorityMutationVariables = Exact<{
  id: string | number;
  priority: Priority;
}>;


export type SetPriorityMutation = { setPriority: { id: string, status: ConversationStatus, priority: Priority | null, flowVersion: number, tags: Array<string>, waitingSince: string | null, createdAt: string, customerConnected: boolean, customerSeenEntryId: string | null, assignee: { id: string | null, name: string } | null, escalation: { reason: string, reasonText: string, trigger: string, triggerLabel: string, summary: string | null, at: string } | null, customer: { sessionId: string, email: string | null }, team: { id: string, name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, confidence: number | null, author: { id: string | null, name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type ExportTranscriptQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportTranscriptQuery = { exportConversation: string };

export type AgentStatusFragment = { id: string, name: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number };

export type MyAvailabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAvailabilityQuery = { me: { id: string, availability: AgentAvailability } | null };

export type SetAvailabilityMutationVariables = Exact<{
  status: AgentAvailability;
}>;


export type SetAvailabilityMutation = { setAvailability: { id: string, name: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number } };

export type HeartbeatMutationVariables = Exact<{ [key: string]: never; }>;


export type HeartbeatMutation = { heartbeat: Array<{ id: string, name: string, role: Role, active: boolean, availability: AgentAvailability, capacity: number, activeConversations: number }> };

export type InboxTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxTeamsQuery = { teams: Array<{ id: string, name: string }> };

export type ReportPresenceMutationVariables = Exact<{
  conversationId: string | number;
  kind: PresenceKind;
}>;


export type ReportPresenceMutation = { reportPresence: boolean };

export type ConversationPresenceSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConversationPresenceSubscription = { conversationPresence: { conversationId: string, kind: PresenceKind, at: string, agent: { id: string | null, name: string } } };

export type ArticleSummaryFragment = { id: string, title: string, url: string | null, tags: Array<string>, format: ArticleFormat, updatedAt: string };

export type ArticlesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, url: string | null, tags: Array<string>, format: ArticleFormat, updatedAt: string } }> } };

export type ArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleQuery = { article: { body: string, id: string, title: string, url: string | null, tags: Array<string>, format: ArticleFormat, updatedAt: string } | null };

export type UpsertArticleMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type UpsertArticleMutation = { upsertArticle: { body: string, id: string, title: string, url: string | null, tags: Array<string>, format: ArticleFormat, updatedAt: string } };

export type DeleteArticleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteArticleMutation = { deleteArticle: boolean };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { token: string, user: { id: string, name: string, email: string, role: Role } } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, name: string, email: string, role: Role } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type FlowVersionSummaryFragment = { version: number, publishedAt: string, note: string | null, publishedBy: { id: string | null, name: string } | null };

export type FlowStudioQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowStudioQuery = { workspace: { id: string, name: string, publishedFlowVersion: number }, flow: { version: number, flow: unknown } | null, flowDraft: { flow: unknown, updatedAt: string, updatedBy: { id: string | null, name: string } | null } | null, flowVersions: Array<{ version: number, publishedAt: string, note: string | null, publishedBy: { id: string | null, name: string } | null }> };

export type StudioTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioTeamsQuery = { teams: Array<{ id: string, name: string }> };

export type FlowVersionQueryVariables = Exact<{
  version: number;
}>;


export type FlowVersionQuery = { flow: { version: number, flow: unknown } | null };

export type SaveFlowDraftMutationVariables = Exact<{
  flow: unknown;
}>;


export type SaveFlowDraftMutation = { saveFlowDraft: { updatedAt: string, updatedBy: { id: string | null, name: string } | null, validation: { ok: boolean, issues: Array<{ severity: string, code: string | null, message: string, nodeId: string | null, edgeId: string | null, path: string | null }> } } };

export type PublishFlowMutationVariables = Exact<{
  flow?: unknown;
  note?: string | null | undefined;
}>;


export type PublishFlowMutation = { publishFlow: { version: number, publishedAt: string, note: string | null, publishedBy: { id: string | null, name: string } | null } };

export type BacktestTotalsFieldsFragment = { conversations: number, automationRate: number, escalationsByTrigger: Array<{ trigger: string, count: number }> };

export type BacktestDraftQueryVariables = Exact<{
  flow: unknown;
  since?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type BacktestDraftQuery = { backtestFlow: { conversations: number, durationMs: number, before: { conversations: number, automationRate: number, escalationsByTrigger: Array<{ trigger: string, count: number }> }, after: { conversations: number, automationRate: number, escalationsByTrigger: Array<{ trigger: string, count: number }> }, changed: Array<{ conversationId: string, verdict: BacktestVerdict, actualTrigger: string | null, actualTurn: number | null, draftTrigger: string | null, draftTurn: number | null, estimated: boolean }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ManagedAgentFragmentDoc = new TypedDocumentString(`
    fragment ManagedAgent on User {
  id
  name
  email
  role
  active
  availability
  capacity
  activeConversations
  lastSeenAt
  teams {
    id
    name
  }
}
    `, {"fragmentName":"ManagedAgent"}) as unknown as TypedDocumentString<ManagedAgentFragment, unknown>;
export const AssignmentSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentSettingsFields on AssignmentSettings {
  mode
  defaultCapacity
  awayAfterSeconds
  reassignAfterSeconds
}
    `, {"fragmentName":"AssignmentSettingsFields"}) as unknown as TypedDocumentString<AssignmentSettingsFieldsFragment, unknown>;
export const AwayMessagesFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwayMessagesFields on AwayMessages {
  busy
  closed
}
    `, {"fragmentName":"AwayMessagesFields"}) as unknown as TypedDocumentString<AwayMessagesFieldsFragment, unknown>;
export const SavedReplyItemFragmentDoc = new TypedDocumentString(`
    fragment SavedReplyItem on SavedReply {
  id
  shortcut
  title
  text
  updatedAt
}
    `, {"fragmentName":"SavedReplyItem"}) as unknown as TypedDocumentString<SavedReplyItemFragment, unknown>;
export const InboxItemFragmentDoc = new TypedDocumentString(`
    fragment InboxItem on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  lastMessageAt
  lastMessagePreview
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    at
  }
  customer {
    email
  }
  team {
    id
    name
  }
}
    `, {"fragmentName":"InboxItem"}) as unknown as TypedDocumentString<InboxItemFragment, unknown>;
export const ThreadFragmentDoc = new TypedDocumentString(`
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}
    `, {"fragmentName":"Thread"}) as unknown as TypedDocumentString<ThreadFragment, unknown>;
export const AgentStatusFragmentDoc = new TypedDocumentString(`
    fragment AgentStatus on User {
  id
  name
  role
  active
  availability
  capacity
  activeConversations
}
    `, {"fragmentName":"AgentStatus"}) as unknown as TypedDocumentString<AgentStatusFragment, unknown>;
export const ArticleSummaryFragmentDoc = new TypedDocumentString(`
    fragment ArticleSummary on Article {
  id
  title
  url
  tags
  format
  updatedAt
}
    `, {"fragmentName":"ArticleSummary"}) as unknown as TypedDocumentString<ArticleSummaryFragment, unknown>;
export const FlowVersionSummaryFragmentDoc = new TypedDocumentString(`
    fragment FlowVersionSummary on FlowVersion {
  version
  publishedAt
  publishedBy {
    id
    name
  }
  note
}
    `, {"fragmentName":"FlowVersionSummary"}) as unknown as TypedDocumentString<FlowVersionSummaryFragment, unknown>;
export const BacktestTotalsFieldsFragmentDoc = new TypedDocumentString(`
    fragment BacktestTotalsFields on BacktestTotals {
  conversations
  automationRate
  escalationsByTrigger {
    trigger
    count
  }
}
    `, {"fragmentName":"BacktestTotalsFields"}) as unknown as TypedDocumentString<BacktestTotalsFieldsFragment, unknown>;
export const AgentsPageDocument = new TypedDocumentString(`
    query AgentsPage {
  agents {
    ...ManagedAgent
  }
  teams {
    id
    name
    members {
      id
    }
  }
  workspace {
    id
    settings {
      assignment {
        ...AssignmentSettingsFields
      }
      awayMessages {
        ...AwayMessagesFields
      }
    }
  }
}
    fragment ManagedAgent on User {
  id
  name
  email
  role
  active
  availability
  capacity
  activeConversations
  lastSeenAt
  teams {
    id
    name
  }
}
fragment AssignmentSettingsFields on AssignmentSettings {
  mode
  defaultCapacity
  awayAfterSeconds
  reassignAfterSeconds
}
fragment AwayMessagesFields on AwayMessages {
  busy
  closed
}`) as unknown as TypedDocumentString<AgentsPageQuery, AgentsPageQueryVariables>;
export const CreateAgentDocument = new TypedDocumentString(`
    mutation CreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    ...ManagedAgent
  }
}
    fragment ManagedAgent on User {
  id
  name
  email
  role
  active
  availability
  capacity
  activeConversations
  lastSeenAt
  teams {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateAgentMutation, CreateAgentMutationVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {
  updateAgent(id: $id, input: $input) {
    ...ManagedAgent
  }
}
    fragment ManagedAgent on User {
  id
  name
  email
  role
  active
  availability
  capacity
  activeConversations
  lastSeenAt
  teams {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const DeactivateAgentDocument = new TypedDocumentString(`
    mutation DeactivateAgent($id: ID!) {
  deactivateAgent(id: $id) {
    ...ManagedAgent
  }
}
    fragment ManagedAgent on User {
  id
  name
  email
  role
  active
  availability
  capacity
  activeConversations
  lastSeenAt
  teams {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeactivateAgentMutation, DeactivateAgentMutationVariables>;
export const ReactivateAgentDocument = new TypedDocumentString(`
    mutation ReactivateAgent($id: ID!) {
  reactivateAgent(id: $id) {
    ...ManagedAgent
  }
}
    fragment ManagedAgent on User {
  id
  name
  email
  role
  active
  availability
  capacity
  activeConversations
  lastSeenAt
  teams {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReactivateAgentMutation, ReactivateAgentMutationVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($name: String!) {
  createTeam(name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const RenameTeamDocument = new TypedDocumentString(`
    mutation RenameTeam($id: ID!, $name: String!) {
  renameTeam(id: $id, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RenameTeamMutation, RenameTeamMutationVariables>;
export const DeleteTeamDocument = new TypedDocumentString(`
    mutation DeleteTeam($id: ID!) {
  deleteTeam(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const UpdateAssignmentSettingsDocument = new TypedDocumentString(`
    mutation UpdateAssignmentSettings($input: WorkspaceSettingsInput!) {
  updateWorkspaceSettings(input: $input) {
    id
    settings {
      assignment {
        ...AssignmentSettingsFields
      }
    }
  }
}
    fragment AssignmentSettingsFields on AssignmentSettings {
  mode
  defaultCapacity
  awayAfterSeconds
  reassignAfterSeconds
}`) as unknown as TypedDocumentString<UpdateAssignmentSettingsMutation, UpdateAssignmentSettingsMutationVariables>;
export const UpdateAwayMessagesDocument = new TypedDocumentString(`
    mutation UpdateAwayMessages($input: WorkspaceSettingsInput!) {
  updateWorkspaceSettings(input: $input) {
    id
    settings {
      awayMessages {
        ...AwayMessagesFields
      }
    }
  }
}
    fragment AwayMessagesFields on AwayMessages {
  busy
  closed
}`) as unknown as TypedDocumentString<UpdateAwayMessagesMutation, UpdateAwayMessagesMutationVariables>;
export const DashboardMetricsDocument = new TypedDocumentString(`
    query DashboardMetrics($range: TimeRange!) {
  metrics(range: $range) {
    conversations
    automated
    automationRate
    escalated
    escalationRate
    escalationsByTrigger {
      trigger
      count
    }
    aiFirstResponseSeconds {
      p50
      p90
      count
    }
    timeToClaimSeconds {
      p50
      p90
      count
      buckets {
        label
        count
      }
    }
    humanFirstResponseSeconds {
      p50
      p90
      count
    }
    resolutionSeconds {
      p50
      p90
      count
    }
    volumeByHour
    volumeByWeekday
    offHoursShare
    daily {
      date
      conversations
      automated
    }
    topCitedArticles {
      title
      url
      count
    }
    unansweredQuestions {
      text
      count
      lastAskedAt
    }
    timeToAssignmentSeconds {
      p50
      p90
      count
    }
    assignmentsByAgent {
      label
      assignments
      requeues
    }
    assignmentsByTeam {
      label
      assignments
      requeues
    }
    queueLength {
      at
      waiting
    }
    confirmedAutomated
    answersRatedNotHelpful {
      answer
      notHelpful
      helpful
      citations {
        title
        url
      }
      lastRatedAt
    }
    csat {
      overall {
        average
        satisfiedRate
        count
      }
      aiOnly {
        average
        satisfiedRate
        count
      }
      handedOff {
        average
        satisfiedRate
        count
      }
      byAgent {
        label
        csat {
          average
          satisfiedRate
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMetricsQuery, DashboardMetricsQueryVariables>;
export const SuggestReplyDocument = new TypedDocumentString(`
    mutation SuggestReply($conversationId: ID!) {
  suggestReply(conversationId: $conversationId) {
    text
    confidence
    question
    citations {
      title
      url
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestReplyMutation, SuggestReplyMutationVariables>;
export const SavedRepliesDocument = new TypedDocumentString(`
    query SavedReplies($search: String) {
  savedReplies(search: $search) {
    ...SavedReplyItem
  }
}
    fragment SavedReplyItem on SavedReply {
  id
  shortcut
  title
  text
  updatedAt
}`) as unknown as TypedDocumentString<SavedRepliesQuery, SavedRepliesQueryVariables>;
export const CreateSavedReplyDocument = new TypedDocumentString(`
    mutation CreateSavedReply($input: SavedReplyInput!) {
  createSavedReply(input: $input) {
    ...SavedReplyItem
  }
}
    fragment SavedReplyItem on SavedReply {
  id
  shortcut
  title
  text
  updatedAt
}`) as unknown as TypedDocumentString<CreateSavedReplyMutation, CreateSavedReplyMutationVariables>;
export const UpdateSavedReplyDocument = new TypedDocumentString(`
    mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {
  updateSavedReply(id: $id, input: $input) {
    ...SavedReplyItem
  }
}
    fragment SavedReplyItem on SavedReply {
  id
  shortcut
  title
  text
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSavedReplyMutation, UpdateSavedReplyMutationVariables>;
export const DeleteSavedReplyDocument = new TypedDocumentString(`
    mutation DeleteSavedReply($id: ID!) {
  deleteSavedReply(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedReplyMutation, DeleteSavedReplyMutationVariables>;
export const WorkspaceNameDocument = new TypedDocumentString(`
    query WorkspaceName {
  workspace {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WorkspaceNameQuery, WorkspaceNameQueryVariables>;
export const CounterpartPresenceDocument = new TypedDocumentString(`
    subscription CounterpartPresence($id: ID!) {
  counterpartPresence(id: $id) {
    conversationId
    from
    kind
    at
  }
}
    `) as unknown as TypedDocumentString<CounterpartPresenceSubscription, CounterpartPresenceSubscriptionVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox($filter: InboxFilter, $first: Int, $after: String) {
  inbox(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxItem
      }
    }
  }
}
    fragment InboxItem on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  lastMessageAt
  lastMessagePreview
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    at
  }
  customer {
    email
  }
  team {
    id
    name
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const InboxChangedDocument = new TypedDocumentString(`
    subscription InboxChanged {
  inboxChanged {
    changes
    conversation {
      ...InboxItem
    }
  }
}
    fragment InboxItem on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  lastMessageAt
  lastMessagePreview
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    at
  }
  customer {
    email
  }
  team {
    id
    name
  }
}`) as unknown as TypedDocumentString<InboxChangedSubscription, InboxChangedSubscriptionVariables>;
export const EarlierEntriesDocument = new TypedDocumentString(`
    query EarlierEntries($id: ID!, $before: ID!) {
  conversation(id: $id) {
    id
    timeline(before: $before) {
      id
      at
      kind
      text
      confidence
      author {
        id
        name
      }
      citations {
        title
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EarlierEntriesQuery, EarlierEntriesQueryVariables>;
export const ConversationDocument = new TypedDocumentString(`
    query Conversation($id: ID!) {
  conversation(id: $id) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ConversationQuery, ConversationQueryVariables>;
export const ConversationUpdatedDocument = new TypedDocumentString(`
    subscription ConversationUpdated($id: ID!) {
  conversationUpdated(id: $id) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ConversationUpdatedSubscription, ConversationUpdatedSubscriptionVariables>;
export const AgentsDocument = new TypedDocumentString(`
    query Agents {
  agents {
    ...AgentStatus
  }
}
    fragment AgentStatus on User {
  id
  name
  role
  active
  availability
  capacity
  activeConversations
}`) as unknown as TypedDocumentString<AgentsQuery, AgentsQueryVariables>;
export const ClaimDocument = new TypedDocumentString(`
    mutation Claim($id: ID!) {
  claimConversation(id: $id) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ClaimMutation, ClaimMutationVariables>;
export const ReleaseDocument = new TypedDocumentString(`
    mutation Release($id: ID!) {
  releaseConversation(id: $id) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ReleaseMutation, ReleaseMutationVariables>;
export const ResolveDocument = new TypedDocumentString(`
    mutation Resolve($id: ID!) {
  resolveConversation(id: $id) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ResolveMutation, ResolveMutationVariables>;
export const ReopenDocument = new TypedDocumentString(`
    mutation Reopen($id: ID!) {
  reopenConversation(id: $id) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ReopenMutation, ReopenMutationVariables>;
export const TransferDocument = new TypedDocumentString(`
    mutation Transfer($id: ID!, $toAgentId: ID!) {
  transferConversation(id: $id, toAgentId: $toAgentId) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<TransferMutation, TransferMutationVariables>;
export const ReplyDocument = new TypedDocumentString(`
    mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {
  sendAgentMessage(
    conversationId: $conversationId
    text: $text
    clientMessageId: $clientMessageId
  ) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<ReplyMutation, ReplyMutationVariables>;
export const NoteDocument = new TypedDocumentString(`
    mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {
  addNote(
    conversationId: $conversationId
    text: $text
    clientNoteId: $clientNoteId
  ) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<NoteMutation, NoteMutationVariables>;
export const TagDocument = new TypedDocumentString(`
    mutation Tag($id: ID!, $tags: [String!]!) {
  tagConversation(id: $id, tags: $tags) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<TagMutation, TagMutationVariables>;
export const SetPriorityDocument = new TypedDocumentString(`
    mutation SetPriority($id: ID!, $priority: Priority!) {
  setPriority(id: $id, priority: $priority) {
    ...Thread
  }
}
    fragment Thread on Conversation {
  id
  status
  priority
  flowVersion
  tags
  waitingSince
  createdAt
  assignee {
    id
    name
  }
  escalation {
    reason
    reasonText
    trigger
    triggerLabel
    summary
    at
  }
  customer {
    sessionId
    email
  }
  customerConnected
  customerSeenEntryId
  team {
    id
    name
  }
  timeline {
    id
    at
    kind
    text
    confidence
    author {
      id
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<SetPriorityMutation, SetPriorityMutationVariables>;
export const ExportTranscriptDocument = new TypedDocumentString(`
    query ExportTranscript($id: ID!) {
  exportConversation(id: $id, format: TEXT)
}
    `) as unknown as TypedDocumentString<ExportTranscriptQuery, ExportTranscriptQueryVariables>;
export const MyAvailabilityDocument = new TypedDocumentString(`
    query MyAvailability {
  me {
    id
    availability
  }
}
    `) as unknown as TypedDocumentString<MyAvailabilityQuery, MyAvailabilityQueryVariables>;
export const SetAvailabilityDocument = new TypedDocumentString(`
    mutation SetAvailability($status: AgentAvailability!) {
  setAvailability(status: $status) {
    ...AgentStatus
  }
}
    fragment AgentStatus on User {
  id
  name
  role
  active
  availability
  capacity
  activeConversations
}`) as unknown as TypedDocumentString<SetAvailabilityMutation, SetAvailabilityMutationVariables>;
export const HeartbeatDocument = new TypedDocumentString(`
    mutation Heartbeat {
  heartbeat {
    ...AgentStatus
  }
}
    fragment AgentStatus on User {
  id
  name
  role
  active
  availability
  capacity
  activeConversations
}`) as unknown as TypedDocumentString<HeartbeatMutation, HeartbeatMutationVariables>;
export const InboxTeamsDocument = new TypedDocumentString(`
    query InboxTeams {
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<InboxTeamsQuery, InboxTeamsQueryVariables>;
export const ReportPresenceDocument = new TypedDocumentString(`
    mutation ReportPresence($conversationId: ID!, $kind: PresenceKind!) {
  reportPresence(conversationId: $conversationId, kind: $kind)
}
    `) as unknown as TypedDocumentString<ReportPresenceMutation, ReportPresenceMutationVariables>;
export const ConversationPresenceDocument = new TypedDocumentString(`
    subscription ConversationPresence($id: ID!) {
  conversationPresence(id: $id) {
    conversationId
    kind
    at
    agent {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationPresenceSubscription, ConversationPresenceSubscriptionVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($search: String, $first: Int, $after: String) {
  articles(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ArticleSummary
      }
    }
  }
}
    fragment ArticleSummary on Article {
  id
  title
  url
  tags
  format
  updatedAt
}`) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($id: ID!) {
  article(id: $id) {
    ...ArticleSummary
    body
  }
}
    fragment ArticleSummary on Article {
  id
  title
  url
  tags
  format
  updatedAt
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const UpsertArticleDocument = new TypedDocumentString(`
    mutation UpsertArticle($input: ArticleInput!) {
  upsertArticle(input: $input) {
    ...ArticleSummary
    body
  }
}
    fragment ArticleSummary on Article {
  id
  title
  url
  tags
  format
  updatedAt
}`) as unknown as TypedDocumentString<UpsertArticleMutation, UpsertArticleMutationVariables>;
export const DeleteArticleDocument = new TypedDocumentString(`
    mutation DeleteArticle($id: ID!) {
  deleteArticle(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      name
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const CurrentUserDocument = new TypedDocumentString(`
    query CurrentUser {
  me {
    id
    name
    email
    role
  }
}
    `) as unknown as TypedDocumentString<CurrentUserQuery, CurrentUserQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  logout
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const FlowStudioDocument = new TypedDocumentString(`
    query FlowStudio {
  workspace {
    id
    name
    publishedFlowVersion
  }
  flow {
    version
    flow
  }
  flowDraft {
    flow
    updatedAt
    updatedBy {
      id
      name
    }
  }
  flowVersions {
    ...FlowVersionSummary
  }
}
    fragment FlowVersionSummary on FlowVersion {
  version
  publishedAt
  publishedBy {
    id
    name
  }
  note
}`) as unknown as TypedDocumentString<FlowStudioQuery, FlowStudioQueryVariables>;
export const StudioTeamsDocument = new TypedDocumentString(`
    query StudioTeams {
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StudioTeamsQuery, StudioTeamsQueryVariables>;
export const FlowVersionDocument = new TypedDocumentString(`
    query FlowVersion($version: Int!) {
  flow(version: $version) {
    version
    flow
  }
}
    `) as unknown as TypedDocumentString<FlowVersionQuery, FlowVersionQueryVariables>;
export const SaveFlowDraftDocument = new TypedDocumentString(`
    mutation SaveFlowDraft($flow: JSON!) {
  saveFlowDraft(flow: $flow) {
    updatedAt
    updatedBy {
      id
      name
    }
    validation {
      ok
      issues {
        severity
        code
        message
        nodeId
        edgeId
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SaveFlowDraftMutation, SaveFlowDraftMutationVariables>;
export const PublishFlowDocument = new TypedDocumentString(`
    mutation PublishFlow($flow: JSON, $note: String) {
  publishFlow(flow: $flow, note: $note) {
    ...FlowVersionSummary
  }
}
    fragment FlowVersionSummary on FlowVersion {
  version
  publishedAt
  publishedBy {
    id
    name
  }
  note
}`) as unknown as TypedDocumentString<PublishFlowMutation, PublishFlowMutationVariables>;
export const BacktestDraftDocument = new TypedDocumentString(`
    query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {
  backtestFlow(flow: $flow, since: $since, limit: $limit) {
    conversations
    durationMs
    before {
      ...BacktestTotalsFields
    }
    after {
      ...BacktestTotalsFields
    }
    changed {
      conversationId
      verdict
      actualTrigger
      actualTurn
      draftTrigger
      draftTurn
      estimated
    }
  }
}
    fragment BacktestTotalsFields on BacktestTotals {
  conversations
  automationRate
  escalationsByTrigger {
    trigger
    count
  }
}`) as unknown as TypedDocumentString<BacktestDraftQuery, BacktestDraftQueryVariables>;