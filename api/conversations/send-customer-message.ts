import { createHash } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { z } from 'zod';
import type { conversation } from '../../workflows/conversation.workflow';
import {
  CONVERSATION_WORKFLOW_TYPE,
  conversationWorkflowId,
  customerMessageUpdate,
  type ConversationInput,
  type ConversationStep,
} from '../../workflows/conversation-definitions';
import { currentLogger } from '../../telemetry/logger';
import { conversationsStarted } from '../../telemetry/metrics';
import type { BatonContext } from '../context';
import { notFound } from '../errors';
import type { MutationSendCustomerMessageArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { requireWidget } from '../auth/require';
import { spendNewConversationBudget } from '../limits/new-conversations';
import { loadConversation, type ConversationResult } from './conversation-view';
import { toGraphQLError } from './workflow-errors';

export const MAX_MESSAGE_LENGTH = 4000;

export const SendCustomerMessageInput = z.object({
  conversationId: z.string().min(1).max(64).nullish(),
  text: z
    .string()
    .trim()
    .min(1, 'the message is empty')
    .max(MAX_MESSAGE_LENGTH, `the message is longer than ${MAX_MESSAGE_LENGTH} characters; split it in several messages`),
  clientMessageId: z
    .string()
    .min(1, 'clientMessageId is required: a unique id per message, reused when retrying')
    .max(100, 'clientMessageId must be at most 100 characters'),
});

const shortHash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22);

/**
 * Records a customer's message through the conversation workflow (update-with-start),
 * idempotently: the conversation id of a first message and every message id are derived
 * from the client's ids, so a retry lands on the same conversation and the same message.
 */
export async function handleSendCustomerMessage({
  input,
  context,
}: {
  input: MutationSendCustomerMessageArgs['input'];
  context: BatonContext;
}): Promise<ConversationResult> {
  const principal = requireWidget(context);
  const { text, clientMessageId, conversationId: given } = parseInput(SendCustomerMessageInput, input);
  await context.limits.consume('customerMessage', principal.sessionId);

  let conversationId = given ?? `c_${shortHash(principal.sessionId, clientMessageId)}`;
  let pinnedVersion: number | undefined;
  let continuesFrom: ConversationInput['continuesFrom'];
  if (given) {
    const existing = await context.db.conversations.findOne(
      { _id: given },
      { projection: { workspaceId: 1, customer: 1, flowVersion: 1, stepVersion: 1, entryIds: 1 } },
    );
    if (!existing || existing.customer.sessionId !== principal.sessionId || existing.workspaceId !== principal.workspaceId) {
      throw notFound(`Conversation ${given} does not exist in this widget session; omit conversationId to start a new one.`);
    }
    conversationId = given;
    pinnedVersion = existing.flowVersion;
    // Used only when this message starts a new run (the earlier one ended), so its numbering goes on from the stored
    // view. Runs number their entries 1, 2, 3... and every entry joins entryIds, so the count is the last number.
    continuesFrom = { seq: existing.entryIds?.length ?? 0, stepVersion: existing.stepVersion };
  } else {
    await spendNewConversationBudget(context, principal.workspaceId, conversationId);
  }
  const messageId = `m_${shortHash(conversationId, clientMessageId)}`;
  // A conversation stays on the flow version it started with, also when its workflow has ended and
  // this message starts it again; versions are immutable, so only a new conversation reads which is current.
  const { version, flow } =
    pinnedVersion === undefined ? await context.flows.current(principal.workspaceId) : await context.flows.version(principal.workspaceId, pinnedVersion);

  const startWorkflowOperation = new WithStartWorkflowOperation<typeof conversation>(CONVERSATION_WORKFLOW_TYPE, {
    workflowId: conversationWorkflowId(conversationId),
    taskQueue: context.taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [
      {
        conversationId,
        workspaceId: principal.workspaceId,
        customer: { sessionId: principal.sessionId },
        flow,
        flowVersion: version,
        ...(continuesFrom ? { continuesFrom } : {}),
      },
    ],
  });
  const log = currentLogger().child({ conversationId });
  let step: ConversationStep;
  try {
    step = await context.temporal.workflow.executeUpdateWithStart(customerMessageUpdate, {
      updateId: messageId,
      args: [{ messageId, text, at: new Date().toISOString() }],
      startWorkflowOperation,
    });
  } catch (error) {
    throw toGraphQLError(error);
  }
  // A retried first message lands on the conversation its first try started: only the first counts.
  const started = !given && !step.duplicate;
  if (started) conversationsStarted.inc();
  log.info({ messageId, newConversation: started, duplicate: step.duplicate }, 'customer message recorded');
  const result = await loadConversation(context.db, conversationId, principal);
  if (!result) throw new Error(`conversation ${conversationId} was recorded but cannot be read back`);
  return result;
}
