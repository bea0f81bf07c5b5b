/** The GraphQL schema (SDL). Clients, scripts and docs rely on these names: extend, never rename. */
export const typeDefs = /* GraphQL */ `
  "Any JSON value (flow documents)."
  scalar JSON

  enum ConversationStatus { AI_ANSWERING AWAITING_HUMAN HUMAN_ACTIVE RESOLVED }
  enum TimelineKind { CUSTOMER AI AGENT SYSTEM NOTE }
  enum Priority { LOW NORMAL HIGH URGENT }
  enum Role { AGENT ADMIN }
  enum AssignedFilter { ME UNASSIGNED ANYONE }
  enum ArticleFormat { MARKDOWN HTML TEXT }

  type Citation { title: String! url: String }
  "An agent as a conversation shows them. A widget token reads the name only: id is null for customers."
  type Person { id: ID name: String! }

  type TimelineEntry {
    id: ID!
    at: String!
    kind: TimelineKind!
    text: String!
    "The agent who wrote an AGENT or NOTE entry."
    author: Person
    "Articles an AI answer was drawn from."
    citations: [Citation!]!
    "How sure the AI was of an answer, 0..1. Null for a widget token."
    confidence: Float
  }

  type Escalation {
    "The trigger type that escalated, e.g. human_request, no_answer, keyword."
    reason: String!
    "The id of the flow edge that fired."
    trigger: String!
    "What the agent needs to know, written at the handoff."
    summary: String
    at: String!
  }

  type Customer { sessionId: ID! email: String }

  type Conversation {
    id: ID!
    status: ConversationStatus!
    "Null for a widget token: priority, tags and escalation are for agents (docs/API.md lists what customers see)."
    priority: Priority
    assignee: Person
    escalation: Escalation
    """
    The thread in order, at most first entries (default and maximum 200): the newest ones; with after,
    the ones right after that entry id; with before, the ones right before it. since is after for catching
    up: on a subscription it also skips what that subscription has delivered. Internal notes are for agents only.
    """
    timeline(first: Int, after: ID, before: ID, since: ID): [TimelineEntry!]!
    "The flow version this conversation is pinned to."
    flowVersion: Int!
    customer: Customer!
    "Empty for a widget token."
    tags: [String!]!
    "When the conversation started waiting for a person (null unless AWAITING_HUMAN)."
    waitingSince: String
    lastMessageAt: String
    lastMessagePreview: String
    createdAt: String!
    updatedAt: String!
  }

  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ConversationEdge { cursor: String! node: Conversation! }
  type ConversationConnection { edges: [ConversationEdge!]! pageInfo: PageInfo! totalCount: Int! }

  input InboxFilter {
    status: [ConversationStatus!]
    assigned: AssignedFilter
    escalatedOnly: Boolean
    "Words to find in the conversation's messages."
    search: String
    priority: [Priority!]
  }

  type InboxEvent {
    conversation: Conversation!
    "Why it changed: message, escalated, state:<node>, summary, priority, ..."
    changes: [String!]!
  }

  type WorkspaceRef { id: ID! name: String! }
  type WidgetSession { token: String! sessionId: ID! workspace: WorkspaceRef! }
  type User {
    id: ID!
    name: String!
    email: String!
    role: Role!
    "False once an admin deactivates the account: it cannot sign in, and its tokens stop working."
    active: Boolean!
  }
  type AuthPayload { token: String! user: User! }

  type BusinessHours { timezone: String! days: [Int!]! open: String! close: String! }
  type WorkspaceSettings { widgetOrigins: [String!]! slaMinutes: Int! businessHours: BusinessHours newConversationsPerMinute: Int! }
  type Workspace { id: ID! key: String! name: String! settings: WorkspaceSettings! publishedFlowVersion: Int! }

  type Article { id: ID! title: String! url: String tags: [String!]! body: String! format: ArticleFormat! updatedAt: String! }
  type ArticleEdge { cursor: String! node: Article! }
  type ArticleConnection { edges: [ArticleEdge!]! pageInfo: PageInfo! totalCount: Int! }

  type FlowIssue { severity: String! code: String message: String! nodeId: String edgeId: String path: String }
  type FlowValidation { ok: Boolean! issues: [FlowIssue!]! }
  type FlowVersion { version: Int! flow: JSON! publishedAt: String! publishedBy: Person note: String }
  type FlowDraft { flow: JSON! updatedAt: String! updatedBy: Person validation: FlowValidation! }

  input TimeRange { from: String! to: String! }
  type Percentiles { p50: Float p90: Float count: Int! }
  type CountByLabel { label: String! count: Int! }
  type TriggerCount { trigger: String! count: Int! }
  type DailyVolume { date: String! conversations: Int! automated: Int! }
  type CitedArticle { title: String! url: String count: Int! }
  type UnansweredQuestion { text: String! count: Int! lastAskedAt: String! }
  type TimeToClaim { p50: Float p90: Float count: Int! buckets: [CountByLabel!]! }
  type Metrics {
    conversations: Int!
    "Resolved with no human involvement (and not reopened within 24 h)."
    automated: Int!
    automationRate: Float!
    escalated: Int!
    escalationRate: Float!
    escalationsByTrigger: [TriggerCount!]!
    aiFirstResponseSeconds: Percentiles!
    timeToClaimSeconds: TimeToClaim!
    humanFirstResponseSeconds: Percentiles!
    resolutionSeconds: Percentiles!
    "24 numbers, hour 0 first, in the workspace's business-hours time zone (UTC without one)."
    volumeByHour: [Int!]!
    "7 numbers, Monday first."
    volumeByWeekday: [Int!]!
    "Share of conversations started outside business hours; null when none are set."
    offHoursShare: Float
    daily: [DailyVolume!]!
    topCitedArticles: [CitedArticle!]!
    "What customers asked that the help centre could not answer: what the docs miss."
    unansweredQuestions: [UnansweredQuestion!]!
  }
  enum BacktestVerdict { SAME EARLIER LATER WOULD_NOT_ESCALATE WOULD_ESCALATE DIFFERENT_TRIGGER }
  type BacktestRow {
    conversationId: ID!
    verdict: BacktestVerdict!
    actualTrigger: String
    "1-based customer turn of the real escalation."
    actualTurn: Int
    draftTrigger: String
    draftTurn: Int
    "True when the draft went past what was recorded (an answer never attempted), so the row is an estimate."
    estimated: Boolean!
  }
  type BacktestTotals { conversations: Int! automationRate: Float! escalationsByTrigger: [TriggerCount!]! }
  type BacktestReport { conversations: Int! changed: [BacktestRow!]! before: BacktestTotals! after: BacktestTotals! durationMs: Int! }
  enum ExportFormat { JSON TEXT }

  input SendCustomerMessageInput {
    "Omit to start a new conversation."
    conversationId: ID
    text: String!
    "A unique id per message, chosen by the client and reused on retry, so a retry never duplicates the message."
    clientMessageId: ID!
  }
  input ArticleInput { id: ID title: String! url: String tags: [String!] body: String! format: ArticleFormat }
  input BusinessHoursInput { timezone: String! days: [Int!]! open: String! close: String! }
  input WorkspaceSettingsInput { widgetOrigins: [String!] slaMinutes: Int businessHours: BusinessHoursInput newConversationsPerMinute: Int }
  input CreateAgentInput { email: String! name: String! role: Role! password: String! }
  "Only the fields given change."
  input UpdateAgentInput { name: String role: Role }

  type Query {
    "The signed-in agent or admin."
    me: User
    "A conversation the caller may see: its own (widget) or any of its workspace (agents)."
    conversation(id: ID!): Conversation
    "The shared inbox, longest waiting first among escalated conversations, then most recent."
    inbox(filter: InboxFilter, first: Int = 25, after: String): ConversationConnection!
    agents: [User!]!
    workspace: Workspace!
    articles(search: String, first: Int = 50, after: String): ArticleConnection!
    article(id: ID!): Article
    "A published flow version; the current one when version is omitted."
    flow(version: Int): FlowVersion
    "Every published version, newest first."
    flowVersions: [FlowVersion!]!
    "The admins' working copy, if any."
    flowDraft: FlowDraft
    "Support metrics over conversations started in the range. workspace (a key), when given, must be your own."
    metrics(range: TimeRange!, workspace: String): Metrics!
    "Admins: what a draft flow would have decided on recorded conversations (no model calls, changes nothing)."
    backtestFlow(flow: JSON!, since: String, limit: Int): BacktestReport!
    "A conversation's transcript and audit trail (JSON, or text for email and compliance). forCustomer: only what the customer saw (no internal notes, escalation or audit trail), for a copy to send them."
    exportConversation(id: ID!, format: ExportFormat!, forCustomer: Boolean = false): String!
  }

  type Mutation {
    startWidgetSession(workspaceKey: String!): WidgetSession!
    sendCustomerMessage(input: SendCustomerMessageInput!): Conversation!
    triggerAction(conversationId: ID!, action: String!): Conversation!
    login(email: String!, password: String!): AuthPayload!

    "Take a waiting conversation. Exactly one agent wins; the others get CONFLICT naming the owner."
    claimConversation(id: ID!): Conversation!
    "Hand the conversation back to the AI."
    releaseConversation(id: ID!): Conversation!
    resolveConversation(id: ID!): Conversation!
    "Reopen a resolved conversation, with you in charge. CONFLICT unless it is resolved."
    reopenConversation(id: ID!): Conversation!
    transferConversation(id: ID!, toAgentId: ID!): Conversation!
    "Reply to the customer, as the agent who claimed the conversation. Retrying with the same clientMessageId adds nothing."
    sendAgentMessage(conversationId: ID!, text: String!, clientMessageId: ID!): Conversation!
    "An internal note, visible to agents only."
    addNote(conversationId: ID!, text: String!, clientNoteId: ID): Conversation!
    tagConversation(id: ID!, tags: [String!]!): Conversation!
    setPriority(id: ID!, priority: Priority!): Conversation!

    "Admins: add or replace a help-centre article (re-chunked and re-indexed)."
    upsertArticle(input: ArticleInput!): Article!
    deleteArticle(id: ID!): Boolean!
    "Admins: check a flow without saving it."
    validateFlow(flow: JSON!): FlowValidation!
    saveFlowDraft(flow: JSON!): FlowDraft!
    "Admins: publish a new immutable version (the given flow, or the draft). Invalid flows are refused with BAD_USER_INPUT."
    publishFlow(flow: JSON, note: String): FlowVersion!
    createAgent(input: CreateAgentInput!): User!
    "Admins: the account can no longer sign in, its tokens stop working and its open subscriptions end. CONFLICT for the last active admin."
    deactivateAgent(id: ID!): User!
    "Admins: the account may sign in again (its old tokens stay revoked)."
    reactivateAgent(id: ID!): User!
    "Admins: rename, or change the role (effective on the account's current tokens). CONFLICT when it would demote the last active admin."
    updateAgent(id: ID!, input: UpdateAgentInput!): User!
    "Admins: set a new password; every token the account holds stops working."
    resetAgentPassword(id: ID!, password: String!): User!
    "Revokes the token of this request; the account's other sessions stay signed in."
    logout: Boolean!
    updateWorkspaceSettings(input: WorkspaceSettingsInput!): Workspace!
  }

  type Subscription {
    "Every change to one conversation (new messages, state, assignee, escalation)."
    conversationUpdated(id: ID!): Conversation!
    "Agents: any change in the workspace's inbox (new conversation, escalation, claim, release, resolve, message)."
    inboxChanged: InboxEvent!
  }
`;
