import { z } from 'zod';
import { MessageAnalysisSchema } from './message-analysis';
import { RESOLVERS } from './trigger-types';

/** Every event carries the caller's timestamp: the machine never reads a clock (Temporal replays it). */
const at = z.iso.datetime({ offset: true, error: 'at must be an ISO timestamp' });
const id = z.string().min(1);

export const ConversationEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CUSTOMER_MESSAGE'), messageId: id, text: z.string(), at }),
  z.object({ type: z.literal('ANALYSIS_READY'), messageId: id, analysis: MessageAnalysisSchema, at }),
  z.object({
    type: z.literal('ANSWER_READY'),
    messageId: id,
    confidence: z.number().min(0).max(1),
    abstain: z.boolean(),
    at,
  }),
  z.object({ type: z.literal('CUSTOMER_ACTION'), action: id, at }),
  // The assignment router claims for an agent with assignedBy 'router'; the timeline then says it was assigned.
  z.object({ type: z.literal('AGENT_CLAIM'), agentId: id, agentName: z.string(), assignedBy: z.literal('router').optional(), at }),
  z.object({ type: z.literal('AGENT_REOPEN'), agentId: id, agentName: z.string(), at }),
  z.object({ type: z.literal('AGENT_MESSAGE'), agentId: id, messageId: id, at }),
  z.object({ type: z.literal('AGENT_RELEASE'), agentId: id, at }),
  // The assignment router: the assignee went away or offline (and stayed so for the grace period).
  z.object({ type: z.literal('AGENT_UNAVAILABLE'), agentId: id, availability: z.enum(['AWAY', 'OFFLINE']), at }),
  z.object({ type: z.literal('AGENT_TRANSFER'), agentId: id, toAgentId: id, toAgentName: z.string(), at }),
  z.object({ type: z.literal('RESOLVE'), by: z.enum(RESOLVERS), agentId: id.optional(), at }),
  z.object({ type: z.literal('TIMER_FIRED'), timerId: id, at }),
  z.object({ type: z.literal('EMAIL_PROVIDED'), email: z.string().min(3), at }),
  // The customer's "Did that help?" under an AI answer (entryId: its timeline entry).
  z.object({ type: z.literal('ANSWER_RATED'), entryId: id, helpful: z.boolean(), at }),
]);
export type ConversationEvent = z.infer<typeof ConversationEventSchema>;
export type ConversationEventType = ConversationEvent['type'];
export type EventOfType<T extends ConversationEventType> = Extract<ConversationEvent, { type: T }>;
