import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConversationResult } from '../../conversations/conversation-view';
import type { InboxPage } from '../../conversations/inbox';
import type { ArticlePage } from '../../articles/articles';
import type { BatonContext } from '../../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (flow documents). */
  JSON: { input: unknown; output: unknown; }
};

/**
 * Whether an agent takes conversations. An open inbox page keeps its agent AVAILABLE through heartbeat;
 * without one for the workspace's assignment.awayAfterSeconds they become AWAY; signing out makes them OFFLINE.
 */
export type AgentAvailability =
  | 'AVAILABLE'
  | 'AWAY'
  | 'OFFLINE';

export type AgentPresence = {
  __typename?: 'AgentPresence';
  agent: Person;
  at: Scalars['String']['output'];
  conversationId: Scalars['ID']['output'];
  kind: PresenceKind;
};

export type Article = {
  __typename?: 'Article';
  body: Scalars['String']['output'];
  format: ArticleFormat;
  id: Scalars['ID']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFormat =
  | 'HTML'
  | 'MARKDOWN'
  | 'TEXT';

export type ArticleInput = {
  body: Scalars['String']['input'];
  format?: InputMaybe<ArticleFormat>;
  id?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AssignedFilter =
  | 'ANYONE'
  | 'ME'
  | 'UNASSIGNED';

/** Conversations an agent or a team was given (claimed, assigned or transferred to) and those that went back to the queue unanswered. */
export type AssignmentCount = {
  __typename?: 'AssignmentCount';
  assignments: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  requeues: Scalars['Int']['output'];
};

/**
 * MANUAL: agents claim from the queue. ROUND_ROBIN: each waiting conversation goes to the next available agent of its
 * team with free capacity, in turn. LEAST_LOADED: to the one with the fewest active conversations. Claiming works in every mode.
 */
export type AssignmentMode =
  | 'LEAST_LOADED'
  | 'MANUAL'
  | 'ROUND_ROBIN';

export type AssignmentSettings = {
  __typename?: 'AssignmentSettings';
  /** An AVAILABLE agent whose inbox sent no heartbeat for this long becomes AWAY. */
  awayAfterSeconds: Scalars['Int']['output'];
  /** An agent's capacity when an admin has not set one. */
  defaultCapacity: Scalars['Int']['output'];
  mode: AssignmentMode;
  /** An agent who becomes AWAY or OFFLINE keeps the conversations they have not answered this long; then those go back to the queue. */
  reassignAfterSeconds: Scalars['Int']['output'];
};

/** Only the fields given change. defaultCapacity 0..100, awayAfterSeconds 30..86400, reassignAfterSeconds 1..86400. */
export type AssignmentSettingsInput = {
  awayAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
  defaultCapacity?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<AssignmentMode>;
  reassignAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  token: Scalars['String']['output'];
  user: User;
};

/**
 * The widget's words while nobody can answer. {{backAt}} in closed becomes when business hours begin again, in the
 * customer's own time zone.
 */
export type AwayMessages = {
  __typename?: 'AwayMessages';
  /** Within business hours, nobody available. */
  busy: Scalars['String']['output'];
  /** Outside business hours. */
  closed: Scalars['String']['output'];
};

/** Only the fields given change; 1 to 500 characters each. */
export type AwayMessagesInput = {
  busy?: InputMaybe<Scalars['String']['input']>;
  closed?: InputMaybe<Scalars['String']['input']>;
};

export type BacktestReport = {
  __typename?: 'BacktestReport';
  after: BacktestTotals;
  before: BacktestTotals;
  changed: Array<BacktestRow>;
  conversations: Scalars['Int']['output'];
  durationMs: Scalars['Int']['output'];
};

export type BacktestRow = {
  __typename?: 'BacktestRow';
  actualTrigger?: Maybe<Scalars['String']['output']>;
  /** 1-based customer turn of the real escalation. */
  actualTurn?: Maybe<Scalars['Int']['output']>;
  conversationId: Scalars['ID']['output'];
  draftTrigger?: Maybe<Scalars['String']['output']>;
  draftTurn?: Maybe<Scalars['Int']['output']>;
  /** True when the draft went past what was recorded (an answer never attempted), so the row is an estimate. */
  estimated: Scalars['Boolean']['output'];
  verdict: BacktestVerdict;
};

export type BacktestTotals = {
  __typename?: 'BacktestTotals';
  automationRate: Scalars['Float']['output'];
  conversations: Scalars['Int']['output'];
  escalationsByTrigger: Array<TriggerCount>;
};

export type BacktestVerdict =
  | 'DIFFERENT_TRIGGER'
  | 'EARLIER'
  | 'LATER'
  | 'SAME'
  | 'WOULD_ESCALATE'
  | 'WOULD_NOT_ESCALATE';

export type BusinessHours = {
  __typename?: 'BusinessHours';
  close: Scalars['String']['output'];
  days: Array<Scalars['Int']['output']>;
  open: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
};

export type BusinessHoursInput = {
  close: Scalars['String']['input'];
  days: Array<Scalars['Int']['input']>;
  open: Scalars['String']['input'];
  timezone: Scalars['String']['input'];
};

export type Citation = {
  __typename?: 'Citation';
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type CitedArticle = {
  __typename?: 'CitedArticle';
  count: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type Conversation = {
  __typename?: 'Conversation';
  assignee?: Maybe<Person>;
  /** When nobody is available: what the widget says, the workspace's wording for inside or outside business hours. */
  awayMessage?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  customer: Customer;
  /** Whether the customer's widget is open on this conversation now (it reported VIEWING within the last 40 s). */
  customerConnected: Scalars['Boolean']['output'];
  /** Agents: the newest timeline entry the customer's widget has displayed ("seen"). */
  customerSeenEntryId?: Maybe<Scalars['ID']['output']>;
  escalation?: Maybe<Escalation>;
  /**
   * While waiting for a person: an honest estimate from the team's recent times to assignment (null when there
   * is too little history or nobody is available, so the widget never promises a time it cannot keep).
   */
  expectedWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** The flow version this conversation is pinned to. */
  flowVersion: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastMessageAt?: Maybe<Scalars['String']['output']>;
  lastMessagePreview?: Maybe<Scalars['String']['output']>;
  /** Null for a widget token: priority, tags and escalation are for agents (docs/API.md lists what customers see). */
  priority?: Maybe<Priority>;
  /** While waiting for a person: 1 when next in line among the conversations waiting for the same team (null otherwise). */
  queuePosition?: Maybe<Scalars['Int']['output']>;
  /** The customer's satisfaction rating, given after the conversation was resolved. */
  rating?: Maybe<ConversationRating>;
  status: ConversationStatus;
  /** Empty for a widget token. */
  tags: Array<Scalars['String']['output']>;
  /** The team the flow routed the conversation to (null: anyone). Null for a widget token. */
  team?: Maybe<Team>;
  /** Whether someone of the conversation's team (anyone, without a team) is AVAILABLE now and it is within business hours. */
  teamAvailable: Scalars['Boolean']['output'];
  /** When nobody is available: when business hours next begin (null without business hours, or when they are open now). */
  teamBackAt?: Maybe<Scalars['String']['output']>;
  /**
   * The thread in order, at most first entries (default and maximum 200): the newest ones; with after,
   * the ones right after that entry id; with before, the ones right before it. since is after for catching
   * up: on a subscription it also skips what that subscription has delivered. Internal notes are for agents only.
   */
  timeline: Array<TimelineEntry>;
  updatedAt: Scalars['String']['output'];
  /** When the conversation started waiting for a person (null unless AWAITING_HUMAN). */
  waitingSince?: Maybe<Scalars['String']['output']>;
};


export type ConversationTimelineArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['ID']['input']>;
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** A customer's 1-5 rating of a resolved conversation. */
export type ConversationRating = {
  __typename?: 'ConversationRating';
  at: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
};

export type ConversationStatus =
  | 'AI_ANSWERING'
  | 'AWAITING_HUMAN'
  | 'HUMAN_ACTIVE'
  | 'RESOLVED';

export type CountByLabel = {
  __typename?: 'CountByLabel';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/**
 * The other side viewing, leaving or typing: for an agent, the customer's widget; for the customer's widget, the
 * agent (TYPING and LEFT only, with the agent's name).
 */
export type CounterpartPresence = {
  __typename?: 'CounterpartPresence';
  at: Scalars['String']['output'];
  conversationId: Scalars['ID']['output'];
  from: Participant;
  kind: PresenceKind;
  /** The agent's name; null for the customer. */
  name?: Maybe<Scalars['String']['output']>;
};

export type CreateAgentInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};

/** Customer satisfaction: ratings 1-5 given after resolution. */
export type Csat = {
  __typename?: 'Csat';
  /** Mean score, null without ratings. */
  average?: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
  /** Share of ratings of 4 or 5, null without ratings. */
  satisfiedRate?: Maybe<Scalars['Float']['output']>;
};

export type CsatBreakdown = {
  __typename?: 'CsatBreakdown';
  /** Resolved without a person. */
  aiOnly: Csat;
  /** By the agent who resolved the conversation. */
  byAgent: Array<CsatByLabel>;
  /** A person was involved. */
  handedOff: Csat;
  overall: Csat;
};

export type CsatByLabel = {
  __typename?: 'CsatByLabel';
  csat: Csat;
  label: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  email?: Maybe<Scalars['String']['output']>;
  sessionId: Scalars['ID']['output'];
};

export type DailyVolume = {
  __typename?: 'DailyVolume';
  automated: Scalars['Int']['output'];
  conversations: Scalars['Int']['output'];
  date: Scalars['String']['output'];
};

export type Escalation = {
  __typename?: 'Escalation';
  at: Scalars['String']['output'];
  /** The trigger type that escalated, e.g. human_request, no_answer, keyword. */
  reason: Scalars['String']['output'];
  /** The reason in plain words, from the trigger's wording, e.g. "Customer asked for a person". */
  reasonText: Scalars['String']['output'];
  /** What the agent needs to know, written at the handoff. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The id of the flow edge that fired. */
  trigger: Scalars['String']['output'];
  /** The label the admin gave that edge in the studio (the id when it has none). */
  triggerLabel: Scalars['String']['output'];
};

export type ExportFormat =
  | 'JSON'
  | 'TEXT';

export type FlowDraft = {
  __typename?: 'FlowDraft';
  flow: Scalars['JSON']['output'];
  updatedAt: Scalars['String']['output'];
  updatedBy?: Maybe<Person>;
  validation: FlowValidation;
};

export type FlowIssue = {
  __typename?: 'FlowIssue';
  code?: Maybe<Scalars['String']['output']>;
  edgeId?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  nodeId?: Maybe<Scalars['String']['output']>;
  path?: Maybe<Scalars['String']['output']>;
  severity: Scalars['String']['output'];
};

export type FlowValidation = {
  __typename?: 'FlowValidation';
  issues: Array<FlowIssue>;
  ok: Scalars['Boolean']['output'];
};

export type FlowVersion = {
  __typename?: 'FlowVersion';
  flow: Scalars['JSON']['output'];
  note?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['String']['output'];
  publishedBy?: Maybe<Person>;
  version: Scalars['Int']['output'];
};

export type InboxEvent = {
  __typename?: 'InboxEvent';
  /** Why it changed: message, escalated, state:<node>, summary, priority, ... */
  changes: Array<Scalars['String']['output']>;
  conversation: Conversation;
};

export type InboxFilter = {
  assigned?: InputMaybe<AssignedFilter>;
  escalatedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<Array<Priority>>;
  /** Words to find in the conversation's messages. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ConversationStatus>>;
  /** Conversations routed to this team. */
  team?: InputMaybe<Scalars['ID']['input']>;
};

export type Metrics = {
  __typename?: 'Metrics';
  aiFirstResponseSeconds: Percentiles;
  /** AI answers rated "No" most often, with the articles they cited. */
  answersRatedNotHelpful: Array<RatedAnswer>;
  assignmentsByAgent: Array<AssignmentCount>;
  /** By the team the conversation was routed to; (no team) for the rest. */
  assignmentsByTeam: Array<AssignmentCount>;
  /** Resolved with no human involvement (and not reopened within 24 h). */
  automated: Scalars['Int']['output'];
  automationRate: Scalars['Float']['output'];
  /** Automated conversations whose customer said an answer helped (the rest of automated are unconfirmed). */
  confirmedAutomated: Scalars['Int']['output'];
  conversations: Scalars['Int']['output'];
  csat: CsatBreakdown;
  daily: Array<DailyVolume>;
  escalated: Scalars['Int']['output'];
  escalationRate: Scalars['Float']['output'];
  escalationsByTrigger: Array<TriggerCount>;
  humanFirstResponseSeconds: Percentiles;
  /** Share of conversations started outside business hours; null when none are set. */
  offHoursShare?: Maybe<Scalars['Float']['output']>;
  /** Conversations waiting for a person: the most at once in each hour of the range (each day, for ranges over 14 days). */
  queueLength: Array<QueueLengthPoint>;
  resolutionSeconds: Percentiles;
  /** From starting to wait for a person to an agent holding the conversation (claimed or assigned automatically). */
  timeToAssignmentSeconds: Percentiles;
  timeToClaimSeconds: TimeToClaim;
  topCitedArticles: Array<CitedArticle>;
  /** What customers asked that the help centre could not answer: what the docs miss. */
  unansweredQuestions: Array<UnansweredQuestion>;
  /** 24 numbers, hour 0 first, in the workspace's business-hours time zone (UTC without one). */
  volumeByHour: Array<Scalars['Int']['output']>;
  /** 7 numbers, Monday first. */
  volumeByWeekday: Array<Scalars['Int']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** An internal note, visible to agents only. */
  addNote: Conversation;
  /** Take a waiting conversation. Exactly one agent wins; the others get CONFLICT naming the owner. */
  claimConversation: Conversation;
  createAgent: User;
  /** Admins. CONFLICT when the shortcut is taken; BAD_USER_INPUT naming an unknown {{variable}}. */
  createSavedReply: SavedReply;
  /** Admins. CONFLICT when the workspace has a team of that name. */
  createTeam: Team;
  /** Admins: the account can no longer sign in, its tokens stop working and its open subscriptions end. CONFLICT for the last active admin. */
  deactivateAgent: User;
  deleteArticle: Scalars['Boolean']['output'];
  deleteSavedReply: Scalars['Boolean']['output'];
  /** Admins. CONFLICT while the published flow or the draft routes to the team. */
  deleteTeam: Scalars['Boolean']['output'];
  /** Sent by an open inbox page every 20 s: keeps you AVAILABLE (an AWAY set by idleness comes back, one you chose stays). Returns every agent of the workspace, for the inbox's team list. */
  heartbeat: Array<User>;
  /** The customer leaves an email address for replies while nobody is available (replaces one given before). */
  leaveContactEmail: Conversation;
  login: AuthPayload;
  /** Revokes the token of this request; the account's other sessions stay signed in. */
  logout: Scalars['Boolean']['output'];
  /** Admins: publish a new immutable version (the given flow, or the draft). Invalid flows are refused with BAD_USER_INPUT. */
  publishFlow: FlowVersion;
  /** "Did that help?" under an AI answer. Yes resolves the conversation as answered by the AI; no counts as an answer that did not help. */
  rateAnswer: Conversation;
  /** After resolution: a 1-5 rating and an optional comment (up to 2,000 characters). Rating again replaces it. */
  rateConversation: Conversation;
  /** Admins: the account may sign in again (its old tokens stay revoked). */
  reactivateAgent: User;
  /** Hand the conversation back to the AI. */
  releaseConversation: Conversation;
  renameTeam: Team;
  /** Reopen a resolved conversation, with you in charge. CONFLICT unless it is resolved. */
  reopenConversation: Conversation;
  /**
   * The customer's widget shows the conversation (VIEWING, repeated every 15 s), was closed (LEFT) or the customer
   * is typing (TYPING, at most every 3 s). seenEntryId: the newest entry the widget has displayed.
   */
  reportCustomerPresence: Scalars['Boolean']['output'];
  /** Tells the other agents on the conversation that you view it, left it or are typing. */
  reportPresence: Scalars['Boolean']['output'];
  /** Admins: set a new password; every token the account holds stops working. */
  resetAgentPassword: User;
  resolveConversation: Conversation;
  /** Opens the conversation an emailed link points to (signed, expiring) in a widget session of the same customer. */
  resumeWidgetSession: ResumedWidgetSession;
  saveFlowDraft: FlowDraft;
  /** Reply to the customer, as the agent who claimed the conversation. FORBIDDEN for anyone else (they add notes). Retrying with the same clientMessageId adds nothing. */
  sendAgentMessage: Conversation;
  sendCustomerMessage: Conversation;
  /** Your own availability. AWAY or OFFLINE: after the workspace's reassignAfterSeconds, conversations you were assigned and have not answered go back to the queue. */
  setAvailability: User;
  setPriority: Conversation;
  startWidgetSession: WidgetSession;
  /** Drafts an answer to the customer's last question from the help centre (the model when configured), with its citations. At most 20 a minute per agent (RATE_LIMITED past that). */
  suggestReply: SuggestedReply;
  tagConversation: Conversation;
  transferConversation: Conversation;
  triggerAction: Conversation;
  /** Admins: rename, or change the role (effective on the account's current tokens). CONFLICT when it would demote the last active admin. */
  updateAgent: User;
  updateSavedReply: SavedReply;
  updateWorkspaceSettings: Workspace;
  /** Admins: add or replace a help-centre article (re-chunked and re-indexed). */
  upsertArticle: Article;
  /** Admins: check a flow without saving it. */
  validateFlow: FlowValidation;
};


export type MutationAddNoteArgs = {
  clientNoteId?: InputMaybe<Scalars['ID']['input']>;
  conversationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationClaimConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAgentArgs = {
  input: CreateAgentInput;
};


export type MutationCreateSavedReplyArgs = {
  input: SavedReplyInput;
};


export type MutationCreateTeamArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeactivateAgentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSavedReplyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTeamArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLeaveContactEmailArgs = {
  conversationId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPublishFlowArgs = {
  flow?: InputMaybe<Scalars['JSON']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRateAnswerArgs = {
  conversationId: Scalars['ID']['input'];
  entryId: Scalars['ID']['input'];
  helpful: Scalars['Boolean']['input'];
};


export type MutationRateConversationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};


export type MutationReactivateAgentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReleaseConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenameTeamArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReopenConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportCustomerPresenceArgs = {
  conversationId: Scalars['ID']['input'];
  kind: PresenceKind;
  seenEntryId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationReportPresenceArgs = {
  conversationId: Scalars['ID']['input'];
  kind: PresenceKind;
};


export type MutationResetAgentPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationResolveConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResumeWidgetSessionArgs = {
  link: Scalars['String']['input'];
};


export type MutationSaveFlowDraftArgs = {
  flow: Scalars['JSON']['input'];
};


export type MutationSendAgentMessageArgs = {
  clientMessageId: Scalars['ID']['input'];
  conversationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSendCustomerMessageArgs = {
  input: SendCustomerMessageInput;
};


export type MutationSetAvailabilityArgs = {
  status: AgentAvailability;
};


export type MutationSetPriorityArgs = {
  id: Scalars['ID']['input'];
  priority: Priority;
};


export type MutationStartWidgetSessionArgs = {
  workspaceKey: Scalars['String']['input'];
};


export type MutationSuggestReplyArgs = {
  conversationId: Scalars['ID']['input'];
};


export type MutationTagConversationArgs = {
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
};


export type MutationTransferConversationArgs = {
  id: Scalars['ID']['input'];
  toAgentId: Scalars['ID']['input'];
};


export type MutationTriggerActionArgs = {
  action: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
};


export type MutationUpdateAgentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
};


export type MutationUpdateSavedReplyArgs = {
  id: Scalars['ID']['input'];
  input: SavedReplyInput;
};


export type MutationUpdateWorkspaceSettingsArgs = {
  input: WorkspaceSettingsInput;
};


export type MutationUpsertArticleArgs = {
  input: ArticleInput;
};


export type MutationValidateFlowArgs = {
  flow: Scalars['JSON']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Who is on the other side of a conversation: the customer, or an agent. */
export type Participant =
  | 'AGENT'
  | 'CUSTOMER';

export type Percentiles = {
  __typename?: 'Percentiles';
  count: Scalars['Int']['output'];
  p50?: Maybe<Scalars['Float']['output']>;
  p90?: Maybe<Scalars['Float']['output']>;
};

/** An agent as a conversation shows them. A widget token reads the name only: id is null for customers. */
export type Person = {
  __typename?: 'Person';
  id?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

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

export type Query = {
  __typename?: 'Query';
  agents: Array<User>;
  article?: Maybe<Article>;
  articles: ArticleConnection;
  /** Admins: what a draft flow would have decided on recorded conversations (no model calls, changes nothing). */
  backtestFlow: BacktestReport;
  /** A conversation the caller may see: its own (widget) or any of its workspace (agents). */
  conversation?: Maybe<Conversation>;
  /** A conversation's transcript and audit trail (JSON, or text for email and compliance). forCustomer: only what the customer saw (no internal notes, escalation or audit trail), for a copy to send them. */
  exportConversation: Scalars['String']['output'];
  /** A published flow version; the current one when version is omitted. */
  flow?: Maybe<FlowVersion>;
  /** The admins' working copy, if any. */
  flowDraft?: Maybe<FlowDraft>;
  /** Every published version, newest first. */
  flowVersions: Array<FlowVersion>;
  /** The shared inbox, longest waiting first among escalated conversations, then most recent. */
  inbox: ConversationConnection;
  /** The signed-in agent or admin. */
  me?: Maybe<User>;
  /** Support metrics over conversations started in the range. workspace (a key), when given, must be your own. */
  metrics: Metrics;
  /** Agents: the workspace's saved replies, by shortcut; search matches shortcut, title and text. */
  savedReplies: Array<SavedReply>;
  teams: Array<Team>;
  workspace: Workspace;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBacktestFlowArgs = {
  flow: Scalars['JSON']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportConversationArgs = {
  forCustomer?: InputMaybe<Scalars['Boolean']['input']>;
  format: ExportFormat;
  id: Scalars['ID']['input'];
};


export type QueryFlowArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetricsArgs = {
  range: TimeRange;
  workspace?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySavedRepliesArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueueLengthPoint = {
  __typename?: 'QueueLengthPoint';
  at: Scalars['String']['output'];
  waiting: Scalars['Int']['output'];
};

/** An AI answer customers rated, grouped by its text. */
export type RatedAnswer = {
  __typename?: 'RatedAnswer';
  answer: Scalars['String']['output'];
  citations: Array<Citation>;
  helpful: Scalars['Int']['output'];
  lastRatedAt: Scalars['String']['output'];
  notHelpful: Scalars['Int']['output'];
};

/** A widget session opened from an emailed link, and the conversation the link is for. */
export type ResumedWidgetSession = {
  __typename?: 'ResumedWidgetSession';
  conversationId: Scalars['ID']['output'];
  session: WidgetSession;
};

export type Role =
  | 'ADMIN'
  | 'AGENT';

/** A canned answer. text may hold {{customer.email}}, {{agent.name}} and {{workspace.name}}, filled in when inserted. */
export type SavedReply = {
  __typename?: 'SavedReply';
  id: Scalars['ID']['output'];
  /** What follows / in the composer: lowercase letters, digits and dashes. */
  shortcut: Scalars['String']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

/** shortcut 1-40 characters (a-z, 0-9, -), unique in the workspace; title 1-120; text 1-5,000. */
export type SavedReplyInput = {
  shortcut: Scalars['String']['input'];
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SendCustomerMessageInput = {
  /** A unique id per message, chosen by the client and reused on retry, so a retry never duplicates the message. */
  clientMessageId: Scalars['ID']['input'];
  /** Omit to start a new conversation. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Agents: other agents viewing, leaving or typing in one conversation (your own reports are not sent back). */
  conversationPresence: AgentPresence;
  /** Every change to one conversation (new messages, state, assignee, escalation). */
  conversationUpdated: Conversation;
  /** The other side of the conversation viewing, leaving or typing (agents see the customer; the widget sees agents typing). */
  counterpartPresence: CounterpartPresence;
  /** Agents: any change in the workspace's inbox (new conversation, escalation, claim, release, resolve, message). */
  inboxChanged: InboxEvent;
};


export type SubscriptionConversationPresenceArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionConversationUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionCounterpartPresenceArgs = {
  id: Scalars['ID']['input'];
};

/** A reply drafted from the help centre for the agent to edit; never sent by itself. */
export type SuggestedReply = {
  __typename?: 'SuggestedReply';
  citations: Array<Citation>;
  /** How sure the answerer was, 0..1. */
  confidence: Scalars['Float']['output'];
  /** The customer message it answers. */
  question: Scalars['String']['output'];
  /** The draft; empty (with no citations) when the help centre holds nothing confident to suggest. */
  text: Scalars['String']['output'];
};

/** A group of agents a flow can route conversations to (Billing, Technical). An agent may be in several. */
export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  /** Active agents in the team. */
  members: Array<User>;
  name: Scalars['String']['output'];
};

export type TimeRange = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type TimeToClaim = {
  __typename?: 'TimeToClaim';
  buckets: Array<CountByLabel>;
  count: Scalars['Int']['output'];
  p50?: Maybe<Scalars['Float']['output']>;
  p90?: Maybe<Scalars['Float']['output']>;
};

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  at: Scalars['String']['output'];
  /** The agent who wrote an AGENT or NOTE entry. */
  author?: Maybe<Person>;
  /** Articles an AI answer was drawn from. */
  citations: Array<Citation>;
  /** How sure the AI was of an answer, 0..1. Null for a widget token. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The customer's "Did that help?" on an AI answer: true (yes), false (no), null when not rated. */
  helpful?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  kind: TimelineKind;
  text: Scalars['String']['output'];
};

export type TimelineKind =
  | 'AGENT'
  | 'AI'
  | 'CUSTOMER'
  | 'NOTE'
  | 'SYSTEM';

export type TriggerCount = {
  __typename?: 'TriggerCount';
  count: Scalars['Int']['output'];
  trigger: Scalars['String']['output'];
};

export type UnansweredQuestion = {
  __typename?: 'UnansweredQuestion';
  count: Scalars['Int']['output'];
  lastAskedAt: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Only the fields given change. */
export type UpdateAgentInput = {
  /** 0 to 100; 0 takes no automatic assignments (manual claims still work). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  /** The agent's teams, all of them (replaces the list). */
  teams?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type User = {
  __typename?: 'User';
  /** False once an admin deactivates the account: it cannot sign in, and its tokens stop working. */
  active: Scalars['Boolean']['output'];
  /** Conversations the agent holds now (HUMAN_ACTIVE and assigned to them). */
  activeConversations: Scalars['Int']['output'];
  /** AVAILABLE takes conversations; AWAY and OFFLINE do not (an account that never signed in is OFFLINE). */
  availability: AgentAvailability;
  /** The most conversations automatic assignment gives this agent at once: their own, or the workspace's default. */
  capacity: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The last heartbeat of an open inbox page. */
  lastSeenAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: Role;
  teams: Array<Team>;
};

export type WidgetSession = {
  __typename?: 'WidgetSession';
  sessionId: Scalars['ID']['output'];
  token: Scalars['String']['output'];
  workspace: WorkspaceRef;
};

export type Workspace = {
  __typename?: 'Workspace';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  publishedFlowVersion: Scalars['Int']['output'];
  settings: WorkspaceSettings;
};

export type WorkspaceRef = {
  __typename?: 'WorkspaceRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type WorkspaceSettings = {
  __typename?: 'WorkspaceSettings';
  assignment: AssignmentSettings;
  /** Days the audit archive keeps a closed conversation run after it closed; null keeps it forever. */
  auditArchiveRetentionDays?: Maybe<Scalars['Int']['output']>;
  /** What the widget says when nobody is available to answer. */
  awayMessages: AwayMessages;
  businessHours?: Maybe<BusinessHours>;
  newConversationsPerMinute: Scalars['Int']['output'];
  slaMinutes: Scalars['Int']['output'];
  widgetOrigins: Array<Scalars['String']['output']>;
};

export type WorkspaceSettingsInput = {
  assignment?: InputMaybe<AssignmentSettingsInput>;
  /** 1 to 36500 days; null keeps the archive forever. The archiver prunes older runs on its next pass. */
  auditArchiveRetentionDays?: InputMaybe<Scalars['Int']['input']>;
  awayMessages?: InputMaybe<AwayMessagesInput>;
  businessHours?: InputMaybe<BusinessHoursInput>;
  newConversationsPerMinute?: InputMaybe<Scalars['Int']['input']>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  widgetOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgentAvailability: AgentAvailability;
  AgentPresence: ResolverTypeWrapper<AgentPresence>;
  Article: ResolverTypeWrapper<Article>;
  ArticleConnection: ResolverTypeWrapper<ArticlePage>;
  ArticleEdge: ResolverTypeWrapper<ArticleEdge>;
  ArticleFormat: ArticleFormat;
  ArticleInput: ArticleInput;
  AssignedFilter: AssignedFilter;
  AssignmentCount: ResolverTypeWrapper<AssignmentCount>;
  AssignmentMode: AssignmentMode;
  AssignmentSettings: ResolverTypeWrapper<AssignmentSettings>;
  AssignmentSettingsInput: AssignmentSettingsInput;
  AuthPayload: ResolverTypeWrapper<AuthPayload>;
  AwayMessages: ResolverTypeWrapper<AwayMessages>;
  AwayMessagesInput: AwayMessagesInput;
  BacktestReport: ResolverTypeWrapper<BacktestReport>;
  BacktestRow: ResolverTypeWrapper<BacktestRow>;
  BacktestTotals: ResolverTypeWrapper<BacktestTotals>;
  BacktestVerdict: BacktestVerdict;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessHours: ResolverTypeWrapper<BusinessHours>;
  BusinessHoursInput: BusinessHoursInput;
  Citation: ResolverTypeWrapper<Citation>;
  CitedArticle: ResolverTypeWrapper<CitedArticle>;
  Conversation: ResolverTypeWrapper<ConversationResult>;
  ConversationConnection: ResolverTypeWrapper<InboxPage>;
  ConversationEdge: ResolverTypeWrapper<Omit<ConversationEdge, 'node'> & { node: ResolversTypes['Conversation'] }>;
  ConversationRating: ResolverTypeWrapper<ConversationRating>;
  ConversationStatus: ConversationStatus;
  CountByLabel: ResolverTypeWrapper<CountByLabel>;
  CounterpartPresence: ResolverTypeWrapper<CounterpartPresence>;
  CreateAgentInput: CreateAgentInput;
  Csat: ResolverTypeWrapper<Csat>;
  CsatBreakdown: ResolverTypeWrapper<CsatBreakdown>;
  CsatByLabel: ResolverTypeWrapper<CsatByLabel>;
  Customer: ResolverTypeWrapper<Customer>;
  DailyVolume: ResolverTypeWrapper<DailyVolume>;
  Escalation: ResolverTypeWrapper<Escalation>;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FlowDraft: ResolverTypeWrapper<FlowDraft>;
  FlowIssue: ResolverTypeWrapper<FlowIssue>;
  FlowValidation: ResolverTypeWrapper<FlowValidation>;
  FlowVersion: ResolverTypeWrapper<FlowVersion>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InboxEvent: ResolverTypeWrapper<Omit<InboxEvent, 'conversation'> & { conversation: ResolversTypes['Conversation'] }>;
  InboxFilter: InboxFilter;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Metrics: ResolverTypeWrapper<Metrics>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: Participant;
  Percentiles: ResolverTypeWrapper<Percentiles>;
  Person: ResolverTypeWrapper<Person>;
  PresenceKind: PresenceKind;
  Priority: Priority;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueLengthPoint: ResolverTypeWrapper<QueueLengthPoint>;
  RatedAnswer: ResolverTypeWrapper<RatedAnswer>;
  ResumedWidgetSession: ResolverTypeWrapper<ResumedWidgetSession>;
  Role: Role;
  SavedReply: ResolverTypeWrapper<SavedReply>;
  SavedReplyInput: SavedReplyInput;
  SendCustomerMessageInput: SendCustomerMessageInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuggestedReply: ResolverTypeWrapper<SuggestedReply>;
  Team: ResolverTypeWrapper<Team>;
  TimeRange: TimeRange;
  TimeToClaim: ResolverTypeWrapper<TimeToClaim>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntry>;
  TimelineKind: TimelineKind;
  TriggerCount: ResolverTypeWrapper<TriggerCount>;
  UnansweredQuestion: ResolverTypeWrapper<UnansweredQuestion>;
  UpdateAgentInput: UpdateAgentInput;
  User: ResolverTypeWrapper<User>;
  WidgetSession: ResolverTypeWrapper<WidgetSession>;
  Workspace: ResolverTypeWrapper<Workspace>;
  WorkspaceRef: ResolverTypeWrapper<WorkspaceRef>;
  WorkspaceSettings: ResolverTypeWrapper<WorkspaceSettings>;
  WorkspaceSettingsInput: WorkspaceSettingsInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgentPresence: AgentPresence;
  Article: Article;
  ArticleConnection: ArticlePage;
  ArticleEdge: ArticleEdge;
  ArticleInput: ArticleInput;
  AssignmentCount: AssignmentCount;
  AssignmentSettings: AssignmentSettings;
  AssignmentSettingsInput: AssignmentSettingsInput;
  AuthPayload: AuthPayload;
  AwayMessages: AwayMessages;
  AwayMessagesInput: AwayMessagesInput;
  BacktestReport: BacktestReport;
  BacktestRow: BacktestRow;
  BacktestTotals: BacktestTotals;
  Boolean: Scalars['Boolean']['output'];
  BusinessHours: BusinessHours;
  BusinessHoursInput: BusinessHoursInput;
  Citation: Citation;
  CitedArticle: CitedArticle;
  Conversation: ConversationResult;
  ConversationConnection: InboxPage;
  ConversationEdge: Omit<ConversationEdge, 'node'> & { node: ResolversParentTypes['Conversation'] };
  ConversationRating: ConversationRating;
  CountByLabel: CountByLabel;
  CounterpartPresence: CounterpartPresence;
  CreateAgentInput: CreateAgentInput;
  Csat: Csat;
  CsatBreakdown: CsatBreakdown;
  CsatByLabel: CsatByLabel;
  Customer: Customer;
  DailyVolume: DailyVolume;
  Escalation: Escalation;
  Float: Scalars['Float']['output'];
  FlowDraft: FlowDraft;
  FlowIssue: FlowIssue;
  FlowValidation: FlowValidation;
  FlowVersion: FlowVersion;
  ID: Scalars['ID']['output'];
  InboxEvent: Omit<InboxEvent, 'conversation'> & { conversation: ResolversParentTypes['Conversation'] };
  InboxFilter: InboxFilter;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Metrics: Metrics;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Percentiles: Percentiles;
  Person: Person;
  Query: Record<PropertyKey, never>;
  QueueLengthPoint: QueueLengthPoint;
  RatedAnswer: RatedAnswer;
  ResumedWidgetSession: ResumedWidgetSession;
  SavedReply: SavedReply;
  SavedReplyInput: SavedReplyInput;
  SendCustomerMessageInput: SendCustomerMessageInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SuggestedReply: SuggestedReply;
  Team: Team;
  TimeRange: TimeRange;
  TimeToClaim: TimeToClaim;
  TimelineEntry: TimelineEntry;
  TriggerCount: TriggerCount;
  UnansweredQuestion: UnansweredQuestion;
  UpdateAgentInput: UpdateAgentInput;
  User: User;
  WidgetSession: WidgetSession;
  Workspace: Workspace;
  WorkspaceRef: WorkspaceRef;
  WorkspaceSettings: WorkspaceSettings;
  WorkspaceSettingsInput: WorkspaceSettingsInput;
};

export type AgentPresenceResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['AgentPresence'] = ResolversParentTypes['AgentPresence']> = {
  agent?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PresenceKind'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ArticleFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type AssignmentCountResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['AssignmentCount'] = ResolversParentTypes['AssignmentCount']> = {
  assignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requeues?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignmentSettingsResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['AssignmentSettings'] = ResolversParentTypes['AssignmentSettings']> = {
  awayAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defaultCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AssignmentMode'], ParentType, ContextType>;
  reassignAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type AwayMessagesResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['AwayMessages'] = ResolversParentTypes['AwayMessages']> = {
  busy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BacktestReportResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['BacktestReport'] = ResolversParentTypes['BacktestReport']> = {
  after?: Resolver<ResolversTypes['BacktestTotals'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['BacktestTotals'], ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['BacktestRow']>, ParentType, ContextType>;
  conversations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BacktestRowResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['BacktestRow'] = ResolversParentTypes['BacktestRow']> = {
  actualTrigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actualTurn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  draftTrigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftTurn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['BacktestVerdict'], ParentType, ContextType>;
};

export type BacktestTotalsResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['BacktestTotals'] = ResolversParentTypes['BacktestTotals']> = {
  automationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conversations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalationsByTrigger?: Resolver<Array<ResolversTypes['TriggerCount']>, ParentType, ContextType>;
};

export type BusinessHoursResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['BusinessHours'] = ResolversParentTypes['BusinessHours']> = {
  close?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CitedArticleResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['CitedArticle'] = ResolversParentTypes['CitedArticle']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConversationResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = {
  assignee?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  awayMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  customerConnected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customerSeenEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  escalation?: Resolver<Maybe<ResolversTypes['Escalation']>, ParentType, ContextType>;
  expectedWaitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  flowVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastMessageAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastMessagePreview?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  queuePosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ConversationRating']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConversationStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  teamAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  teamBackAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, Partial<ConversationTimelineArgs>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitingSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConversationConnectionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConversationEdgeResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export type ConversationRatingResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['ConversationRating'] = ResolversParentTypes['ConversationRating']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountByLabelResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['CountByLabel'] = ResolversParentTypes['CountByLabel']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CounterpartPresenceResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['CounterpartPresence'] = ResolversParentTypes['CounterpartPresence']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PresenceKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CsatResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Csat'] = ResolversParentTypes['Csat']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfiedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CsatBreakdownResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['CsatBreakdown'] = ResolversParentTypes['CsatBreakdown']> = {
  aiOnly?: Resolver<ResolversTypes['Csat'], ParentType, ContextType>;
  byAgent?: Resolver<Array<ResolversTypes['CsatByLabel']>, ParentType, ContextType>;
  handedOff?: Resolver<ResolversTypes['Csat'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['Csat'], ParentType, ContextType>;
};

export type CsatByLabelResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['CsatByLabel'] = ResolversParentTypes['CsatByLabel']> = {
  csat?: Resolver<ResolversTypes['Csat'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DailyVolumeResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['DailyVolume'] = ResolversParentTypes['DailyVolume']> = {
  automated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EscalationResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Escalation'] = ResolversParentTypes['Escalation']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triggerLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlowDraftResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['FlowDraft'] = ResolversParentTypes['FlowDraft']> = {
  flow?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  validation?: Resolver<ResolversTypes['FlowValidation'], ParentType, ContextType>;
};

export type FlowIssueResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['FlowIssue'] = ResolversParentTypes['FlowIssue']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edgeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlowValidationResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['FlowValidation'] = ResolversParentTypes['FlowValidation']> = {
  issues?: Resolver<Array<ResolversTypes['FlowIssue']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FlowVersionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['FlowVersion'] = ResolversParentTypes['FlowVersion']> = {
  flow?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InboxEventResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['InboxEvent'] = ResolversParentTypes['InboxEvent']> = {
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MetricsResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Metrics'] = ResolversParentTypes['Metrics']> = {
  aiFirstResponseSeconds?: Resolver<ResolversTypes['Percentiles'], ParentType, ContextType>;
  answersRatedNotHelpful?: Resolver<Array<ResolversTypes['RatedAnswer']>, ParentType, ContextType>;
  assignmentsByAgent?: Resolver<Array<ResolversTypes['AssignmentCount']>, ParentType, ContextType>;
  assignmentsByTeam?: Resolver<Array<ResolversTypes['AssignmentCount']>, ParentType, ContextType>;
  automated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  automationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confirmedAutomated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csat?: Resolver<ResolversTypes['CsatBreakdown'], ParentType, ContextType>;
  daily?: Resolver<Array<ResolversTypes['DailyVolume']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  escalationsByTrigger?: Resolver<Array<ResolversTypes['TriggerCount']>, ParentType, ContextType>;
  humanFirstResponseSeconds?: Resolver<ResolversTypes['Percentiles'], ParentType, ContextType>;
  offHoursShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  queueLength?: Resolver<Array<ResolversTypes['QueueLengthPoint']>, ParentType, ContextType>;
  resolutionSeconds?: Resolver<ResolversTypes['Percentiles'], ParentType, ContextType>;
  timeToAssignmentSeconds?: Resolver<ResolversTypes['Percentiles'], ParentType, ContextType>;
  timeToClaimSeconds?: Resolver<ResolversTypes['TimeToClaim'], ParentType, ContextType>;
  topCitedArticles?: Resolver<Array<ResolversTypes['CitedArticle']>, ParentType, ContextType>;
  unansweredQuestions?: Resolver<Array<ResolversTypes['UnansweredQuestion']>, ParentType, ContextType>;
  volumeByHour?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  volumeByWeekday?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addNote?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'conversationId' | 'text'>>;
  claimConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationClaimConversationArgs, 'id'>>;
  createAgent?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateAgentArgs, 'input'>>;
  createSavedReply?: Resolver<ResolversTypes['SavedReply'], ParentType, ContextType, RequireFields<MutationCreateSavedReplyArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'name'>>;
  deactivateAgent?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateAgentArgs, 'id'>>;
  deleteArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  deleteSavedReply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSavedReplyArgs, 'id'>>;
  deleteTeam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteTeamArgs, 'id'>>;
  heartbeat?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  leaveContactEmail?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationLeaveContactEmailArgs, 'conversationId' | 'email'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishFlow?: Resolver<ResolversTypes['FlowVersion'], ParentType, ContextType, Partial<MutationPublishFlowArgs>>;
  rateAnswer?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationRateAnswerArgs, 'conversationId' | 'entryId' | 'helpful'>>;
  rateConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationRateConversationArgs, 'conversationId' | 'score'>>;
  reactivateAgent?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReactivateAgentArgs, 'id'>>;
  releaseConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationReleaseConversationArgs, 'id'>>;
  renameTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationRenameTeamArgs, 'id' | 'name'>>;
  reopenConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationReopenConversationArgs, 'id'>>;
  reportCustomerPresence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportCustomerPresenceArgs, 'conversationId' | 'kind'>>;
  reportPresence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportPresenceArgs, 'conversationId' | 'kind'>>;
  resetAgentPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResetAgentPasswordArgs, 'id' | 'password'>>;
  resolveConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationResolveConversationArgs, 'id'>>;
  resumeWidgetSession?: Resolver<ResolversTypes['ResumedWidgetSession'], ParentType, ContextType, RequireFields<MutationResumeWidgetSessionArgs, 'link'>>;
  saveFlowDraft?: Resolver<ResolversTypes['FlowDraft'], ParentType, ContextType, RequireFields<MutationSaveFlowDraftArgs, 'flow'>>;
  sendAgentMessage?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationSendAgentMessageArgs, 'clientMessageId' | 'conversationId' | 'text'>>;
  sendCustomerMessage?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationSendCustomerMessageArgs, 'input'>>;
  setAvailability?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetAvailabilityArgs, 'status'>>;
  setPriority?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationSetPriorityArgs, 'id' | 'priority'>>;
  startWidgetSession?: Resolver<ResolversTypes['WidgetSession'], ParentType, ContextType, RequireFields<MutationStartWidgetSessionArgs, 'workspaceKey'>>;
  suggestReply?: Resolver<ResolversTypes['SuggestedReply'], ParentType, ContextType, RequireFields<MutationSuggestReplyArgs, 'conversationId'>>;
  tagConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationTagConversationArgs, 'id' | 'tags'>>;
  transferConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationTransferConversationArgs, 'id' | 'toAgentId'>>;
  triggerAction?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationTriggerActionArgs, 'action' | 'conversationId'>>;
  updateAgent?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateAgentArgs, 'id' | 'input'>>;
  updateSavedReply?: Resolver<ResolversTypes['SavedReply'], ParentType, ContextType, RequireFields<MutationUpdateSavedReplyArgs, 'id' | 'input'>>;
  updateWorkspaceSettings?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationUpdateWorkspaceSettingsArgs, 'input'>>;
  upsertArticle?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<MutationUpsertArticleArgs, 'input'>>;
  validateFlow?: Resolver<ResolversTypes['FlowValidation'], ParentType, ContextType, RequireFields<MutationValidateFlowArgs, 'flow'>>;
};

export type PageInfoResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PercentilesResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Percentiles'] = ResolversParentTypes['Percentiles']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agents?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  backtestFlow?: Resolver<ResolversTypes['BacktestReport'], ParentType, ContextType, RequireFields<QueryBacktestFlowArgs, 'flow'>>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  exportConversation?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportConversationArgs, 'forCustomer' | 'format' | 'id'>>;
  flow?: Resolver<Maybe<ResolversTypes['FlowVersion']>, ParentType, ContextType, Partial<QueryFlowArgs>>;
  flowDraft?: Resolver<Maybe<ResolversTypes['FlowDraft']>, ParentType, ContextType>;
  flowVersions?: Resolver<Array<ResolversTypes['FlowVersion']>, ParentType, ContextType>;
  inbox?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['Metrics'], ParentType, ContextType, RequireFields<QueryMetricsArgs, 'range'>>;
  savedReplies?: Resolver<Array<ResolversTypes['SavedReply']>, ParentType, ContextType, Partial<QuerySavedRepliesArgs>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  workspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType>;
};

export type QueueLengthPointResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['QueueLengthPoint'] = ResolversParentTypes['QueueLengthPoint']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RatedAnswerResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['RatedAnswer'] = ResolversParentTypes['RatedAnswer']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  helpful?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastRatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notHelpful?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResumedWidgetSessionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['ResumedWidgetSession'] = ResolversParentTypes['ResumedWidgetSession']> = {
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['WidgetSession'], ParentType, ContextType>;
};

export type SavedReplyResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['SavedReply'] = ResolversParentTypes['SavedReply']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shortcut?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  conversationPresence?: SubscriptionResolver<ResolversTypes['AgentPresence'], "conversationPresence", ParentType, ContextType, RequireFields<SubscriptionConversationPresenceArgs, 'id'>>;
  conversationUpdated?: SubscriptionResolver<ResolversTypes['Conversation'], "conversationUpdated", ParentType, ContextType, RequireFields<SubscriptionConversationUpdatedArgs, 'id'>>;
  counterpartPresence?: SubscriptionResolver<ResolversTypes['CounterpartPresence'], "counterpartPresence", ParentType, ContextType, RequireFields<SubscriptionCounterpartPresenceArgs, 'id'>>;
  inboxChanged?: SubscriptionResolver<ResolversTypes['InboxEvent'], "inboxChanged", ParentType, ContextType>;
};

export type SuggestedReplyResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['SuggestedReply'] = ResolversParentTypes['SuggestedReply']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TeamResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimeToClaimResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['TimeToClaim'] = ResolversParentTypes['TimeToClaim']> = {
  buckets?: Resolver<Array<ResolversTypes['CountByLabel']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  helpful?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TriggerCountResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['TriggerCount'] = ResolversParentTypes['TriggerCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnansweredQuestionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['UnansweredQuestion'] = ResolversParentTypes['UnansweredQuestion']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastAskedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activeConversations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['AgentAvailability'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
};

export type WidgetSessionResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['WidgetSession'] = ResolversParentTypes['WidgetSession']> = {
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workspace?: Resolver<ResolversTypes['WorkspaceRef'], ParentType, ContextType>;
};

export type WorkspaceResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedFlowVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['WorkspaceSettings'], ParentType, ContextType>;
};

export type WorkspaceRefResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['WorkspaceRef'] = ResolversParentTypes['WorkspaceRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkspaceSettingsResolvers<ContextType = BatonContext, ParentType extends ResolversParentTypes['WorkspaceSettings'] = ResolversParentTypes['WorkspaceSettings']> = {
  assignment?: Resolver<ResolversTypes['AssignmentSettings'], ParentType, ContextType>;
  auditArchiveRetentionDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  awayMessages?: Resolver<ResolversTypes['AwayMessages'], ParentType, ContextType>;
  businessHours?: Resolver<Maybe<ResolversTypes['BusinessHours']>, ParentType, ContextType>;
  newConversationsPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widgetOrigins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = BatonContext> = {
  AgentPresence?: AgentPresenceResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  AssignmentCount?: AssignmentCountResolvers<ContextType>;
  AssignmentSettings?: AssignmentSettingsResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  AwayMessages?: AwayMessagesResolvers<ContextType>;
  BacktestReport?: BacktestReportResolvers<ContextType>;
  BacktestRow?: BacktestRowResolvers<ContextType>;
  BacktestTotals?: BacktestTotalsResolvers<ContextType>;
  BusinessHours?: BusinessHoursResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitedArticle?: CitedArticleResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationRating?: ConversationRatingResolvers<ContextType>;
  CountByLabel?: CountByLabelResolvers<ContextType>;
  CounterpartPresence?: CounterpartPresenceResolvers<ContextType>;
  Csat?: CsatResolvers<ContextType>;
  CsatBreakdown?: CsatBreakdownResolvers<ContextType>;
  CsatByLabel?: CsatByLabelResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DailyVolume?: DailyVolumeResolvers<ContextType>;
  Escalation?: EscalationResolvers<ContextType>;
  FlowDraft?: FlowDraftResolvers<ContextType>;
  FlowIssue?: FlowIssueResolvers<ContextType>;
  FlowValidation?: FlowValidationResolvers<ContextType>;
  FlowVersion?: FlowVersionResolvers<ContextType>;
  InboxEvent?: InboxEventResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Metrics?: MetricsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Percentiles?: PercentilesResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueLengthPoint?: QueueLengthPointResolvers<ContextType>;
  RatedAnswer?: RatedAnswerResolvers<ContextType>;
  ResumedWidgetSession?: ResumedWidgetSessionResolvers<ContextType>;
  SavedReply?: SavedReplyResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuggestedReply?: SuggestedReplyResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TimeToClaim?: TimeToClaimResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TriggerCount?: TriggerCountResolvers<ContextType>;
  UnansweredQuestion?: UnansweredQuestionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WidgetSession?: WidgetSessionResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
  WorkspaceRef?: WorkspaceRefResolvers<ContextType>;
  WorkspaceSettings?: WorkspaceSettingsResolvers<ContextType>;
};

