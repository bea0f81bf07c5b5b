import type { MessageAnalysis } from './message-analysis';
import type { Priority, TriggerType } from './trigger-types';

export interface Assignee {
  id: string;
  name: string;
}

/** Why and when the conversation was handed to people; what the inbox shows agents. */
export interface Escalation {
  reason: TriggerType;
  /** The id of the flow edge that fired. */
  triggerId: string;
  at: string;
}

/** The machine's memory of one conversation. Plain JSON: it is persisted with every step. */
export interface ConversationContext {
  conversationId: string;
  /** The flow version the conversation is pinned to (replays use that version, so a published change never rewrites a past conversation). */
  flowVersion: number;
  startedAt: string;
  /** The `at` of the last event the machine acted on; timers and business hours count from it. */
  lastEventAt: string;
  /** Customer messages since the AI last took over (start, hand-back, reopening). */
  turns: number;
  /** "That didn't help" replies since the AI last took over. */
  failedAnswers: number;
  agentMessages: number;
  lastCustomerMessage: { messageId: string; text: string; at: string } | null;
  /** The AI step the machine waits for; results for any other message are stale. */
  pendingStep: { step: 'analysis' | 'answer'; messageId: string } | null;
  lastAnalysis: MessageAnalysis | null;
  lastAnswerConfidence: number | null;
  escalation: Escalation | null;
  assignee: Assignee | null;
  // The fields marked optional below came later: snapshots persisted before them lack them, and
  // conversations carry their snapshot over continue-as-new, so read them as `?? null`.
  /** When the assignee was given the conversation (claim, reopen, transfer). */
  assignedAt?: string | null;
  /** When the assignee last wrote to the customer; null until they have since being given it. */
  agentRepliedAt?: string | null;
  /** The agent whose silence sent the conversation back to the queue, until someone is assigned. */
  requeuedFrom?: string | null;
  /** The team the flow routed the conversation to (a team id); null means anyone. */
  team?: string | null;
  priority: Priority;
  contactEmail: string | null;
  /** Running timers by the id of the edge they belong to: edge id → timer id. */
  timers: Record<string, string>;
  /** How many timers this conversation has started; makes restarted timer ids unique and deterministic. */
  timersStarted: number;
  /** The edge behind the latest move, for the audit trail. */
  lastTrigger: { edgeId: string; type: TriggerType; at: string } | null;
}

export interface ConversationInput {
  conversationId: string;
  at: string;
  flowVersion: number;
}

export function initialConversationContext(input: ConversationInput): ConversationContext {
  return {
    conversationId: input.conversationId,
    flowVersion: input.flowVersion,
    startedAt: input.at,
    lastEventAt: input.at,
    turns: 0,
    failedAnswers: 0,
    agentMessages: 0,
    lastCustomerMessage: null,
    pendingStep: null,
    lastAnalysis: null,
    lastAnswerConfidence: null,
    escalation: null,
    assignee: null,
    assignedAt: null,
    agentRepliedAt: null,
    requeuedFrom: null,
    team: null,
    priority: 'normal',
    contactEmail: null,
    timers: {},
    timersStarted: 0,
    lastTrigger: null,
  };
}

/** The assignee has written to the customer since they were given the conversation. */
export function assigneeHasReplied(context: ConversationContext): boolean {
  return context.assignee !== null && (context.agentRepliedAt ?? null) !== null;
}

/**
 * The assignee owes the customer a reply: they have not written since they were given the
 * conversation, or the customer wrote after their last reply.
 */
export function assigneeOwesReply(context: ConversationContext): boolean {
  if (context.assignee === null) return false;
  const repliedAt = context.agentRepliedAt ?? null;
  if (repliedAt === null) return true;
  return context.lastCustomerMessage !== null && Date.parse(context.lastCustomerMessage.at) > Date.parse(repliedAt);
}
