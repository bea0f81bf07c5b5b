import { z } from 'zod';
import { PRIORITIES, TRIGGER_TYPES } from './trigger-types';

/**
 * Work the machine asks for. The workflow runs each as an activity, in order; the machine itself
 * never does I/O, which is what lets the simulator and the backtester replay it for free.
 */
export const ConversationActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('analyzeMessage'), messageId: z.string(), text: z.string() }),
  z.object({ type: z.literal('answerQuestion'), messageId: z.string(), text: z.string() }),
  z.object({ type: z.literal('deliverAnswer'), messageId: z.string() }),
  z.object({
    type: z.literal('escalate'),
    reason: z.enum(TRIGGER_TYPES),
    triggerId: z.string(),
    params: z.record(z.string(), z.unknown()),
  }),
  z.object({ type: z.literal('summarizeForHandoff') }),
  z.object({ type: z.literal('notifyAgents'), reason: z.string() }),
  z.object({ type: z.literal('postSystemMessage'), text: z.string(), audience: z.enum(['customer', 'agents']) }),
  z.object({ type: z.literal('setPriority'), priority: z.enum(PRIORITIES) }),
  z.object({ type: z.literal('startTimer'), timerId: z.string(), delayMs: z.number().int().nonnegative() }),
  z.object({ type: z.literal('cancelTimer'), timerId: z.string() }),
  z.object({ type: z.literal('closeConversation'), reason: z.string() }),
  z.object({ type: z.literal('saveContactEmail'), email: z.string() }),
]);
export type ConversationAction = z.infer<typeof ConversationActionSchema>;
export type ConversationActionType = ConversationAction['type'];

export const CONVERSATION_ACTION_TYPES = ConversationActionSchema.options.map((option) => option.shape.type.value) as readonly ConversationActionType[];
