/**
 * The conversation workflow's messages, shared by the workflow and its clients
 * (API, CLI). Imports only @temporalio/workflow and machines/ types.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ConversationSnapshot, ConversationView, Flow } from '../machines';

export const CONVERSATION_WORKFLOW_TYPE = 'conversation';
export const conversationWorkflowId = (conversationId: string) => `conversation-${conversationId}`;
/** The workflow a conversation id (with or without the `conversation-` prefix) names, as the history readers take it. */
export const conversationWorkflow = (conversationId: string) => ({
  workflowId: conversationWorkflowId(conversationId.replace(/^conversation-/, '')),
  workflowType: CONVERSATION_WORKFLOW_TYPE,
});

export type AgentRef = { agentId: string; agentName: string };

export type ConversationInput = {
  conversationId: string;
  workspaceId: string;
  customer: { sessionId: string };
  flow: Flow;
  flowVersion: number;
  /** Present when the workflow continues as new: everything it needs to go on where it stopped. */
  carried?: CarriedConversationState;
  /**
   * Present when a message starts a new run of a conversation whose earlier run ended: the timeline's last
   * sequence number and the stored view's step version, so this run's entries and view updates follow them
   * instead of colliding with the earlier run's (same entry ids, a view version the store takes as stale).
   */
  continuesFrom?: { seq: number; stepVersion: number };
};

export type CarriedConversationState = {
  snapshot: ConversationSnapshot;
  seq: number;
  stepVersion: number;
  recentCustomerTexts: string[];
  seenMessageIds: string[];
  escalationSummary: { escalatedAt: string; text: string } | null;
  timers: { timerId: string; fireAt: string }[];
};

export type CustomerMessageInput = { messageId: string; text: string; at: string };
export type AgentMessageInput = AgentRef & { messageId: string; text: string };
export type NoteInput = AgentRef & { noteId: string; text: string };
export type TransferInput = AgentRef & { toAgentId: string; toAgentName: string };
/** A claim; the assignment router's say `assignedBy: 'router'` (the timeline says it was assigned, not claimed). */
export type ClaimInput = AgentRef & { assignedBy?: 'router' };
/** From the assignment router: the assignee went AWAY or OFFLINE and has not answered within the grace period. */
export type AgentUnavailableInput = { agentId: string; availability: 'AWAY' | 'OFFLINE' };

/**
 * The customer's "Did that help?" on an AI answer (entryId: its timeline entry). helpful: the customer is
 * done, the conversation resolves as answered by the AI; not helpful: counts as an answer that did not help.
 */
export type AnswerRatingInput = { entryId: string; helpful: boolean };

/** What an accepted message or action returns: the view after the workflow recorded it. */
export type ConversationStep = { view: ConversationView; duplicate: boolean };

export const customerMessageUpdate = defineUpdate<ConversationStep, [CustomerMessageInput]>('customerMessage');
export const customerActionUpdate = defineUpdate<ConversationStep, [{ action: string }]>('customerAction');
export const agentMessageUpdate = defineUpdate<ConversationStep, [AgentMessageInput]>('agentMessage');
export const noteUpdate = defineUpdate<ConversationStep, [NoteInput]>('addNote');
export const claimUpdate = defineUpdate<ConversationStep, [ClaimInput]>('claim');
export const releaseUpdate = defineUpdate<ConversationStep, [AgentRef]>('release');
export const resolveUpdate = defineUpdate<ConversationStep, [AgentRef]>('resolve');
export const transferUpdate = defineUpdate<ConversationStep, [TransferInput]>('transfer');
export const reopenUpdate = defineUpdate<ConversationStep, [AgentRef]>('reopen');
export const agentUnavailableUpdate = defineUpdate<ConversationStep, [AgentUnavailableInput]>('agentUnavailable');
export const rateAnswerUpdate = defineUpdate<ConversationStep, [AnswerRatingInput]>('rateAnswer');

export type ConversationQueryResult = { view: ConversationView; flowVersion: number; pendingEvents: number; timers: string[] };
export const conversationStateQuery = defineQuery<ConversationQueryResult>('state');

/** Error types the workflow raises as ApplicationFailure; the API maps them to GraphQL codes. */
export const ConversationErrorType = { conflict: 'CONFLICT', badInput: 'BAD_USER_INPUT' } as const;
