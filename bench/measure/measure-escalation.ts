import type { InboxAgent } from '../client/inbox-agent';
import { WidgetCustomer } from '../client/widget-customer';
import { humanRequestFor, questionsFor } from '../scenario/customer-questions';
import { summarizeLatencies, type LatencySummary } from './latency-stats';
import type { ProgressLine } from './progress-line';

export type EscalationResult = {
  /** Customer asks for a person → the `escalated` inboxChanged event reaches a subscribed agent. */
  escalationToInbox: LatencySummary;
  /** claimConversation round trip (the workflow's claim update). */
  claim: LatencySummary;
  /** Claims that did not come back HUMAN_ACTIVE. */
  failedClaims: number;
  /** Conversations this phase started. */
  conversations: number;
};

const EVENT_TIMEOUT_MS = 60_000;

/**
 * One escalation at a time: a customer asks a question, then asks for a person; the clock runs
 * from the send until the agent's inbox subscription delivers the escalation. Then an agent
 * claims it, alternating between agents as a team would.
 */
export async function measureEscalation(options: { url: string; samples: number; agents: InboxAgent[]; progress: ProgressLine }): Promise<EscalationResult> {
  const [watcher] = options.agents;
  if (!watcher) throw new Error('measureEscalation needs at least one agent');
  await watcher.openInbox();
  const escalationMs: number[] = [];
  const claimMs: number[] = [];
  let failedClaims = 0;
  for (let index = 0; index < options.samples; index += 1) {
    const customer = await WidgetCustomer.start(options.url, `escalation-${index}`);
    try {
      const question = await customer.send(questionsFor(index)());
      await customer.waitForReply(question, EVENT_TIMEOUT_MS);
      const from = watcher.events.length;
      const request = await customer.send(humanRequestFor(index));
      const conversationId = customer.conversationId!;
      const event = await watcher.waitForEvent((candidate) => candidate.conversationId === conversationId && candidate.changes.includes('escalated'), {
        from,
        timeoutMs: EVENT_TIMEOUT_MS,
      });
      escalationMs.push(event.receivedAt - request.sentAt);

      const claimer = options.agents[index % options.agents.length]!;
      const claim = await claimer.claim(conversationId);
      claimMs.push(claim.ms);
      if (claim.status !== 'HUMAN_ACTIVE') failedClaims += 1;
      options.progress.update(
        `escalation: ${index + 1}/${options.samples}, last ${Math.round(event.receivedAt - request.sentAt)} ms to the inbox, claim ${Math.round(claim.ms)} ms`,
      );
    } finally {
      customer.close();
    }
  }
  return { escalationToInbox: summarizeLatencies(escalationMs), claim: summarizeLatencies(claimMs), failedClaims, conversations: options.samples };
}
