/**
 * Workflow `conversation`: one per conversation, id `conversation-<id>`, pinned
 * to the flow version it started with. A thin shell: it registers the message
 * handlers and hands everything to ConversationSession.
 */
import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, currentUpdateInfo, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  agentMessageUpdate,
  agentUnavailableUpdate,
  claimUpdate,
  ConversationErrorType,
  conversationStateQuery,
  customerActionUpdate,
  customerMessageUpdate,
  noteUpdate,
  rateAnswerUpdate,
  releaseUpdate,
  reopenUpdate,
  resolveUpdate,
  transferUpdate,
  type ClaimInput,
  type ConversationInput,
} from './conversation-definitions';
import { ConversationSession, now } from './conversation-session';
import { widgetActionLabel } from '../machines/widget-actions';

/**
 * A resolved conversation stays open this long for the customer to write again, unless its flow says otherwise
 * (closeResolvedAfterMinutes); then the workflow ends. Recorded histories were made with exactly this value.
 */
const DEFAULT_CLOSE_RESOLVED_AFTER = '7 days';

export async function conversation(input: ConversationInput): Promise<void> {
  const session = new ConversationSession(input);

  setHandler(customerMessageUpdate, async ({ messageId, text, at }) => {
    if (session.hasSeen(messageId)) return session.duplicateStep();
    return session.receive(
      { type: 'CUSTOMER_MESSAGE', messageId, text, at: now() },
      { messageId, entry: { id: messageId, seq: 0, at, kind: 'CUSTOMER', text, authorId: input.customer.sessionId } },
    );
  });

  setHandler(
    customerActionUpdate,
    async ({ action }) => {
      // Since this patch the button press is in the timeline too (agents see it; backtests replay it).
      const entry = patched('record-customer-actions')
        ? {
            id: `act-${currentUpdateInfo()?.id ?? action}`,
            seq: 0,
            at: now(),
            kind: 'SYSTEM' as const,
            text: `The customer pressed “${widgetActionLabel(action)}”.`,
            action,
          }
        : undefined;
      return session.receive({ type: 'CUSTOMER_ACTION', action, at: now() }, entry ? { entry } : {});
    },
    {
      // A button the conversation's flow has no edge for is a client mistake, not a timeline entry.
      validator: ({ action }) => {
        const known = input.flow.edges.some((edge) => edge.trigger.type === 'action' && edge.trigger.params.action === action);
        if (!known) {
          throw ApplicationFailure.create({
            type: ConversationErrorType.badInput,
            message: `This conversation's flow has no action "${action}"; send one its widget buttons use, such as talk_to_human.`,
            nonRetryable: true,
          });
        }
      },
    },
  );

  setHandler(
    agentMessageUpdate,
    async ({ agentId, agentName, messageId, text }) => {
      if (session.hasSeen(messageId)) return session.duplicateStep();
      return session.receive(
        { type: 'AGENT_MESSAGE', agentId, messageId, at: now() },
        { messageId, rejectIfIgnored: true, entry: { id: messageId, seq: 0, at: now(), kind: 'AGENT', text, authorId: agentId, authorName: agentName } },
      );
    },
    {
      validator: ({ agentId, messageId }) => {
        if (!session.hasSeen(messageId)) session.check({ type: 'AGENT_MESSAGE', agentId, messageId, at: now() });
      },
    },
  );

  setHandler(noteUpdate, async ({ agentId, agentName, noteId, text }) => {
    if (session.hasSeen(noteId)) return session.duplicateStep();
    // A note is for agents only and never changes the conversation's state.
    return session.record({ id: noteId, seq: 0, at: now(), kind: 'NOTE', text, authorId: agentId, authorName: agentName }, noteId);
  });

  // The assignment router claims for an agent with assignedBy 'router'; only that value is passed on.
  const claimOf = ({ agentId, agentName, assignedBy }: ClaimInput) =>
    ({ type: 'AGENT_CLAIM', agentId, agentName, ...(assignedBy === 'router' ? { assignedBy } : {}), at: now() }) as const;
  setHandler(claimUpdate, async (claim) => session.receive(claimOf(claim), { rejectIfIgnored: true }), {
    validator: (claim) => session.check(claimOf(claim)),
  });
  setHandler(
    agentUnavailableUpdate,
    async ({ agentId, availability }) => session.receive({ type: 'AGENT_UNAVAILABLE', agentId, availability, at: now() }, { rejectIfIgnored: true }),
    { validator: ({ agentId, availability }) => session.check({ type: 'AGENT_UNAVAILABLE', agentId, availability, at: now() }) },
  );
  setHandler(releaseUpdate, async ({ agentId }) => session.receive({ type: 'AGENT_RELEASE', agentId, at: now() }, { rejectIfIgnored: true }), {
    validator: ({ agentId }) => session.check({ type: 'AGENT_RELEASE', agentId, at: now() }),
  });
  setHandler(resolveUpdate, async ({ agentId }) => session.receive({ type: 'RESOLVE', by: 'agent', agentId, at: now() }, { rejectIfIgnored: true }), {
    validator: ({ agentId }) => session.check({ type: 'RESOLVE', by: 'agent', agentId, at: now() }),
  });
  setHandler(
    transferUpdate,
    async ({ agentId, toAgentId, toAgentName }) =>
      session.receive({ type: 'AGENT_TRANSFER', agentId, toAgentId, toAgentName, at: now() }, { rejectIfIgnored: true }),
    { validator: ({ agentId, toAgentId, toAgentName }) => session.check({ type: 'AGENT_TRANSFER', agentId, toAgentId, toAgentName, at: now() }) },
  );

  setHandler(
    reopenUpdate,
    async ({ agentId, agentName }) => session.receive({ type: 'AGENT_REOPEN', agentId, agentName, at: now() }, { rejectIfIgnored: true }),
    { validator: ({ agentId, agentName }) => session.check({ type: 'AGENT_REOPEN', agentId, agentName, at: now() }) },
  );

  // "Did that help?": nothing to refuse, a rating that moves nothing (the AI no longer answers) is kept by the API.
  setHandler(rateAnswerUpdate, async ({ entryId, helpful }) => session.receive({ type: 'ANSWER_RATED', entryId, helpful, at: now() }), {
    validator: ({ entryId, helpful }) => {
      if (typeof entryId !== 'string' || entryId.length === 0 || entryId.length > 200 || typeof helpful !== 'boolean') {
        throw ApplicationFailure.create({
          type: ConversationErrorType.badInput,
          message: 'A rating names the rated entry and says whether it helped.',
          nonRetryable: true,
        });
      }
    },
  });

  setHandler(conversationStateQuery, () => session.query());

  const closeResolvedAfter = input.flow.closeResolvedAfterMinutes === undefined ? DEFAULT_CLOSE_RESOLVED_AFTER : input.flow.closeResolvedAfterMinutes * 60_000;
  session.resumeTimers();
  for (;;) {
    const wake = () => session.hasWork() || workflowInfo().continueAsNewSuggested;
    if (session.status === 'RESOLVED') {
      if (!(await condition(wake, closeResolvedAfter))) {
        // Resolved and quiet for the whole window: finish. A new message starts a new run.
        await condition(() => allHandlersFinished() || session.hasWork());
        if (!session.hasWork()) return;
      }
    } else {
      await condition(wake);
    }
    if (session.hasWork()) {
      await session.processNext();
      continue;
    }
    if (workflowInfo().continueAsNewSuggested && session.isIdle()) {
      // Handlers still running wait on queued work, so keep serving the queue while waiting for them.
      await condition(() => allHandlersFinished() || session.hasWork());
      if (session.hasWork()) continue;
      await continueAsNew<typeof conversation>({ ...input, carried: session.carry() });
    }
  }
}
