import { publishConversationChanged } from '../../api/pubsub';
import { createEventBus } from '../../server/event-bus';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { WidgetCustomer } from '../client/widget-customer';
import { summarizeLatencies, type LatencySummary } from '../measure/latency-stats';
import type { ProgressLine } from '../measure/progress-line';
import { questionsFor } from '../scenario/customer-questions';
import type { BenchStack } from '../stack/bench-stack';

/**
 * The last leg of a reply on its own: from an activity's publish (through Redis, as a worker does)
 * until the widget's subscription delivers the re-read conversation. Publishes a change event
 * with nothing new in it, so the time is Redis + the API's reload of the conversation + SSE.
 */
export async function measureEventDelivery(options: { stack: BenchStack; samples: number; progress: ProgressLine }): Promise<LatencySummary | undefined> {
  if (!options.stack.redisUrl) return undefined;
  const events = await createEventBus(options.stack.redisUrl);
  const customer = await WidgetCustomer.start(options.stack.graphqlUrl, 'delivery-0');
  try {
    const first = await customer.send(questionsFor(0)());
    await customer.waitForReply(first, 60_000);
    await customer.waitFor(() => customer.subscriptionConnected, 10_000, 'an open subscription');
    const durations: number[] = [];
    for (let index = 0; index < options.samples; index += 1) {
      const before = customer.stats.liveUpdates;
      const startedAt = performance.now();
      // A probe: nothing changed, so every subscriber re-reads the same conversation.
      publishConversationChanged(events.pubsub, { conversationId: customer.conversationId!, workspaceId: DEMO_WORKSPACE.id, changes: ['message'] });
      await customer.waitFor(() => customer.stats.liveUpdates > before, 10_000, 'the probe event on the subscription');
      durations.push(performance.now() - startedAt);
      options.progress.update(`event delivery: ${index + 1}/${options.samples}`);
    }
    return summarizeLatencies(durations);
  } finally {
    customer.close();
    await events.close();
  }
}
