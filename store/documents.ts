/** Shapes of the MongoDB read model. The conversation workflow is the source of truth; these are written by activities. */
import type { AgentAvailability, ConversationStatus, Priority, RoutingSettings } from '../machines';

// Defined once by the conversation machine; re-exported for the read model's readers.
export type { AgentAvailability, ConversationStatus, Priority, RoutingSettings };

export type TimelineKind = 'CUSTOMER' | 'AI' | 'AGENT' | 'SYSTEM' | 'NOTE';

export type CitationDoc = { articleId: string; title: string; url: string | null };

export type WorkspaceDoc = {
  _id: string;
  key: string;
  name: string;
  publishedFlowVersion: number;
  settings: {
    /** Origins whose pages may embed the widget; '*' allows any (the demo workspace in development). */
    widgetOrigins: string[];
    slaMinutes: number;
    businessHours?: { timezone: string; days: number[]; open: string; close: string } | null;
    /** Ceiling on conversations customers start per minute; absent means the default in api/limits/rate-limits.ts. */
    newConversationsPerMinute?: number;
    /** Days the audit archive keeps a closed run after it closed; absent or null keeps it forever. */
    auditArchiveRetentionDays?: number | null;
    /** How waiting conversations reach agents; absent means DEFAULT_ROUTING_SETTINGS (machines/routing). */
    assignment?: Partial<RoutingSettings>;
    /** The widget's words while nobody can answer; absent fields mean the defaults in api/workspace/away-messages.ts. */
    awayMessages?: { busy?: string; closed?: string };
  };
  /** Bumped by every ingest, so workers know to rebuild their retrieval index. */
  knowledgeVersion: number;
  createdAt: Date;
};

export type UserDoc = {
  _id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: 'agent' | 'admin';
  passwordHash: string;
  createdAt: Date;
  /** False once an admin deactivates the account; absent on accounts made before deactivation existed (active). */
  active?: boolean;
  /** Every token issued before this instant is revoked (deactivation, password reset). */
  sessionsRevokedAt?: Date;
  /** Single tokens revoked by logout, kept until they would have expired anyway. */
  revokedTokens?: { tokenId: string; expiresAt: Date }[];
  /** Absent on accounts that never signed in since availability existed: OFFLINE. */
  availability?: AgentAvailability;
  /** Who set the availability last: an AWAY set by idleness comes back on a heartbeat, one the agent chose does not. */
  availabilitySetBy?: 'agent' | 'idle' | 'sign-in' | 'sign-out' | 'admin';
  availabilityChangedAt?: Date;
  /** The last heartbeat of an open inbox page (or sign-in). */
  lastSeenAt?: Date;
  /** Most conversations automatic assignment gives the agent at once; absent or null: the workspace's default. */
  capacity?: number | null;
  /** Ids of the teams (TeamDoc) the agent is in. */
  teamIds?: string[];
  /**
   * Bumped (to the time in ms) by every change the assignment router keeps a copy of (availability,
   * capacity, teams, activation), so the router keeps the newest copy whatever order they reach it in.
   */
  routingVersion?: number;
};

/** A group of agents a flow routes conversations to. The id is what flows store, so renaming changes no flow. */
export type TeamDoc = {
  _id: string;
  workspaceId: string;
  name: string;
  createdAt: Date;
};

export type FlowVersionDoc = {
  _id: string; // `${workspaceId}:v${version}`
  workspaceId: string;
  version: number;
  flow: unknown; // a machines/ Flow, validated on the way in
  publishedAt: Date;
  publishedBy: string | null;
  note?: string | null;
};

/** The admins' working copy of the flow, one per workspace. */
export type FlowDraftDoc = {
  _id: string; // workspaceId
  flow: unknown;
  updatedAt: Date;
  updatedBy: string | null;
};

export type ConversationDoc = {
  _id: string;
  workspaceId: string;
  customer: { sessionId: string; email?: string };
  status: ConversationStatus;
  stateId: string;
  priority: Priority;
  assignee: { id: string; name: string } | null;
  /** The team the flow routed it to (a TeamDoc id); absent or null: anyone. */
  teamId?: string | null;
  /** The assignee has written to the customer since they were given the conversation. */
  agentReplied?: boolean;
  /** The agent whose silence sent it back to the queue; automatic assignment offers it to someone else first. */
  requeuedFrom?: string | null;
  /** When the current wait for a person began (a requeue starts a new one); null unless AWAITING_HUMAN. */
  waitingSince?: Date | null;
  escalation: { reason: string; trigger: string; summary: string | null; at: Date } | null;
  flowVersion: number;
  createdAt: Date;
  updatedAt: Date;
  lastMessageAt: Date | null;
  lastMessagePreview: string | null;
  /** Set by agents; never by the workflow. */
  tags?: string[];
  /** A priority an agent chose; agents see the higher of this and the flow's. */
  agentPriority?: Priority;
  /** Every state change, in order: the raw material of insights (escalations, claims, resolutions, reopenings). */
  transitions?: {
    at: Date;
    from: string;
    to: string;
    status: ConversationStatus;
    triggerType: string | null;
    triggerId: string | null;
    /** The agent holding the conversation after the move (or, leaving a human node, the one who held it). */
    agentId?: string | null;
    teamId?: string | null;
    /** Set when the assignment router (not the agent) made a claim. */
    assignedBy?: 'router' | null;
  }[];
  /** Monotonic step number from the workflow, so a retried or late write never rolls the view back. */
  stepVersion: number;
  /**
   * The ids of the timeline's entries (`messages`) in order: the timeline is read by `_id`, which
   * every MongoDB-compatible server indexes (see store/timeline.ts). Absent on conversations
   * stored before it existed until their next step.
   */
  entryIds?: string[];
  /** Where conversations stored before `customerPresence` (the collection, store/customer-presence.ts) kept it. */
  customerPresence?: Omit<CustomerPresenceDoc, '_id' | 'workspaceId'>;
  /** The customer's satisfaction rating after resolution (written by the API). */
  csat?: { score: number; comment: string | null; at: Date; agentId: string | null; handedOff: boolean };
};

/** The customer's widget on one conversation (store/customer-presence.ts); written by the API, never by the workflow. */
export type CustomerPresenceDoc = {
  /** The conversation's id. */
  _id: string;
  workspaceId: string;
  /** The last VIEWING report (the widget is open while this is under 40 s old). */
  seenAt?: Date | null;
  /** A LEFT report (the widget was closed) after the last VIEWING. */
  leftAt?: Date | null;
  /** The newest timeline entry the widget displayed. */
  seenEntryId?: string | null;
};

/** One agent reply emailed to the customer (api/mail/email-replies.ts): inserted once, so a reply is emailed once. */
export type ReplyEmailClaimDoc = {
  /** The reply's message id. */
  _id: string;
  conversationId: string;
  at: Date;
};

/** A customer's "Did that help?" on one AI answer; the newest rating of an entry wins. */
export type AnswerRatingDoc = {
  /** `${conversationId}:${entryId}`: one rating per answer. */
  _id: string;
  workspaceId: string;
  conversationId: string;
  entryId: string;
  helpful: boolean;
  /** The answer as rated, and what it cited, so insights group answers without reading the timeline. */
  answerText: string;
  citations: CitationDoc[];
  at: Date;
};

/** A workspace's canned answer, inserted with /shortcut in the inbox composer. */
export type SavedReplyDoc = {
  _id: string;
  workspaceId: string;
  shortcut: string;
  title: string;
  text: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
};

export type TimelineEntryDoc = {
  _id: string;
  conversationId: string;
  workspaceId: string;
  /** Order within the conversation, assigned by the workflow. */
  seq: number;
  at: Date;
  kind: TimelineKind;
  text: string;
  authorId: string | null;
  authorName: string | null;
  citations: CitationDoc[];
  confidence: number | null;
  /** Recorded on customer messages: the inputs the flow decided on (used by audit and backtesting). */
  analysis?: unknown;
  answer?: { confidence: number; abstain: boolean };
  /** On SYSTEM entries that record a widget button press. */
  action?: string;
};

export type ArticleDoc = {
  _id: string;
  workspaceId: string;
  title: string;
  url: string | null;
  tags: string[];
  body: string;
  format: 'markdown' | 'html' | 'text';
  contentHash: string;
  sourcePath: string | null;
  updatedAt: Date;
};

export type ChunkDoc = {
  _id: string;
  workspaceId: string;
  articleId: string;
  title: string;
  url: string | null;
  text: string;
  position: number;
  /** The article's tags; retrieval weighs them. */
  tags: string[];
  embedding?: number[];
};
