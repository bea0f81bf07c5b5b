import { CustomerPool } from '../scenario/customer-pool';
import type { StackComponent, StackComponentName } from '../stack/bench-stack';
import { startCpuMeter, type CpuSeconds } from './cpu-meter';
import { summarizeLatencies, type LatencySummary } from './latency-stats';
import type { ProgressLine } from './progress-line';

/** One measured message, with wall-clock times so the profile can line it up with Temporal's history. */
export type ReplySample = { conversationId: string; sentAtEpochMs: number; ackMs: number; replyMs: number };

export type ReplyLatencyResult = {
  /** Follow-up message → AI reply on the widget's subscription. */
  reply: LatencySummary;
  /** Follow-up message → sendCustomerMessage answered (the message is durable). */
  ack: LatencySummary;
  /** A conversation's first message (update-with-start starts the workflow) → AI reply. */
  firstReply: LatencySummary;
  /** Replies that were not AI answers (the flow escalated instead). */
  unexpectedEscalations: number;
  /** Conversations this phase started. */
  conversations: number;
  /** CPU milliseconds each process spent per message (first messages included), one message at a time. */
  cpuMsPerMessage: CpuSeconds;
  samples: ReplySample[];
};

const QUESTIONS_PER_CUSTOMER = 10;
const REPLY_TIMEOUT_MS = 60_000;

/** Unloaded latency: one customer message at a time, each customer's subscription already open. */
export async function measureReplyLatency(options: {
  url: string;
  samples: number;
  components: Record<StackComponentName, StackComponent> | undefined;
  progress: ProgressLine;
}): Promise<ReplyLatencyResult> {
  const pool = new CustomerPool(options.url, 'latency-', QUESTIONS_PER_CUSTOMER);
  const replyMs: number[] = [];
  const ackMs: number[] = [];
  const firstReplyMs: number[] = [];
  const samples: ReplySample[] = [];
  let unexpectedEscalations = 0;
  const cpu = startCpuMeter(options.components);
  let cpuMsPerMessage: CpuSeconds;
  try {
    while (replyMs.length < options.samples) {
      const { customer, question, first } = await pool.next();
      if (!first) {
        // The live stream must be open before the clock starts, as it is for a customer mid-conversation.
        await customer.waitFor(() => customer.subscriptionConnected, 10_000, 'an open subscription');
      }
      const message = await customer.send(question);
      const reply = await customer.waitForReply(message, REPLY_TIMEOUT_MS);
      if (reply.kind !== 'AI') {
        unexpectedEscalations += 1;
        pool.retireCurrent();
        continue;
      }
      const total = reply.at - message.sentAt;
      if (first) {
        firstReplyMs.push(total);
        continue;
      }
      replyMs.push(total);
      ackMs.push(message.ackAt! - message.sentAt);
      samples.push({
        conversationId: customer.conversationId!,
        sentAtEpochMs: performance.timeOrigin + message.sentAt,
        ackMs: message.ackAt! - message.sentAt,
        replyMs: total,
      });
      options.progress.update(`reply latency: ${replyMs.length}/${options.samples} messages, last ${Math.round(total)} ms`);
    }
    cpuMsPerMessage = cpu(replyMs.length + firstReplyMs.length + unexpectedEscalations);
  } finally {
    pool.close();
  }
  return {
    reply: summarizeLatencies(replyMs),
    ack: summarizeLatencies(ackMs),
    firstReply: summarizeLatencies(firstReplyMs),
    unexpectedEscalations,
    conversations: pool.all.length,
    cpuMsPerMessage,
    samples,
  };
}
