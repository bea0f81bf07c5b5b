/** Inputs and outputs of the conversation activities: plain JSON, shared with the workflow as types. */
import type { ConversationView, MessageAnalysis } from '../machines';
import type { ConversationStatus, TimelineKind } from '../store/documents';
import type { ConversationChange } from './inbox-events';

export type CitationRef = { articleId: string; title: string; url: string | null };

export type TimelineEntryInput = {
  id: string;
  seq: number;
  at: string;
  kind: TimelineKind;
  text: string;
  authorId?: string | null;
  authorName?: string | null;
  citations?: CitationRef[];
  confidence?: number | null;
  /** The widget action a SYSTEM entry records (e.g. talk_to_human). */
  action?: string;
};

export type CustomerMessagePatch = {
  id: string;
  analysis?: MessageAnalysis;
  answer?: { confidence: number; abstain: boolean };
};

/** One state change of a conversation, as insights and the assignment metrics read it. */
export type StepTransition = {
  at: string;
  from: string;
  to: string;
  status: ConversationStatus;
  triggerType: string | null;
  triggerId: string | null;
  /** The agent holding the conversation after the move, or, leaving a human node, the one who held it. */
  agentId: string | null;
  /** The team the conversation is routed to after the move (a team id), or null for anyone. */
  teamId: string | null;
  /** 'router' when the assignment router made the claim behind this move. */
  assignedBy: 'router' | null;
};

/** What happened in one workflow step, written in one go and published to the inbox. */
export type ConversationStepRecord = {
  conversationId: string;
  workspaceId: string;
  customer: { sessionId: string };
  flowVersion: number;
  stepVersion: number;
  at: string;
  view: ConversationView;
  entries: TimelineEntryInput[];
  messagePatches: CustomerMessagePatch[];
  /** The handoff summary of the current escalation, once written. */
  escalationSummary: string | null;
  /** An email the customer left (off-hours or while waiting), to store with the conversation. */
  contactEmail: string | null;
  /** State changes in this step, kept on the conversation for insights (time to claim, automation rate). */
  transitions: StepTransition[];
  /** Why the inbox should look again. */
  changes: ConversationChange[];
};

export type AnswerRequest = {
  workspaceId: string;
  question: string;
  history: { role: 'customer' | 'ai' | 'agent'; text: string }[];
};

export type AnswerResult = {
  answer: string;
  confidence: number;
  abstain: boolean;
  citations: CitationRef[];
};

export type AnalyzeRequest = { workspaceId: string; text: string; recentCustomerTexts: string[] };

export type HandoffRequest = {
  conversationId: string;
  workspaceId: string;
  reason: string;
  triggerLabel: string;
};
