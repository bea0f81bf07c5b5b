import { openLiveSubscription, type LiveSubscription } from '../client/live-subscription';
import { WIDGET_CONVERSATION_UPDATED, WidgetConversationUpdatedResult } from '../client/operations';
import { WidgetCustomer } from '../client/widget-customer';
import { questionsFor } from '../scenario/customer-questions';
import type { StackComponent, StackComponentName } from '../stack/bench-stack';
import { readMemoryUsage, type MemoryUsage } from '../stack/process-usage';
import type { ProgressLine } from './progress-line';

export type MemoryResult = {
  /** Conversations whose workflows are running when memory is read (this phase's and earlier phases'). */
  openConversations: number;
  sseSubscribers: number;
  /** Resident memory per process once every conversation is open and every subscriber connected. */
  processes: Partial<Record<StackComponentName, MemoryUsage>>;
  /** The same right after start-up, before any load. */
  baseline: Partial<Record<StackComponentName, MemoryUsage>>;
  /** Worker and API RSS as conversations opened, to read the cost of one more conversation. */
  growth: { openConversations: number; workerRssBytes: number | undefined; apiRssBytes: number | undefined }[];
};

const OPENING_CONCURRENCY = 20;
const REPLY_TIMEOUT_MS = 60_000;

/**
 * Opens conversations (one answered question each, so each workflow is running and cached by the
 * worker) until `conversations` are open in all, keeps `subscribers` SSE subscriptions open on them
 * (several tabs of the same widget when there are fewer conversations than subscribers), then
 * reads the resident memory of every process. The caller closes the returned subscriptions.
 */
export async function measureMemory(options: {
  url: string;
  /** How many conversations the run has opened before this phase. */
  alreadyOpen: number;
  conversations: number;
  subscribers: number;
  components: Record<StackComponentName, StackComponent> | undefined;
  baseline: Partial<Record<StackComponentName, MemoryUsage>>;
  progress: ProgressLine;
}): Promise<{ result: MemoryResult; close(): void }> {
  const customers: WidgetCustomer[] = [];
  const tabs: LiveSubscription[] = [];
  const growth: MemoryResult['growth'] = [];
  // Earlier phases' customers have left; at least a few live ones are needed to hold the subscribers.
  const toOpen = Math.max(options.conversations - options.alreadyOpen, Math.min(options.subscribers, OPENING_CONCURRENCY));
  const recordGrowth = () => {
    const memory = readAllMemory(options.components);
    growth.push({ openConversations: options.alreadyOpen + customers.length, workerRssBytes: memory.worker?.rssBytes, apiRssBytes: memory.api?.rssBytes });
  };
  const close = () => {
    customers.forEach((customer) => customer.close());
    tabs.forEach((tab) => tab.close());
  };
  try {
    recordGrowth();
    let next = 0;
    const openOne = async (index: number) => {
      const customer = await WidgetCustomer.start(options.url, `memory-${index}`);
      const message = await customer.send(questionsFor(index)());
      await customer.waitForReply(message, REPLY_TIMEOUT_MS);
      // Customers who closed the tab keep their conversation open but hold no subscription.
      if (index >= options.subscribers) customer.close();
      customers.push(customer);
      if (customers.length % Math.max(1, Math.floor(toOpen / 5)) === 0) recordGrowth();
      options.progress.update(`memory: ${options.alreadyOpen + customers.length}/${options.conversations} conversations open`);
    };
    await Promise.all(
      Array.from({ length: Math.min(OPENING_CONCURRENCY, toOpen) }, async () => {
        while (next < toOpen) await openOne(next++);
      }),
    );
    const listening = customers.filter((customer) => customer.subscribed);
    const tabsOpen: Promise<void>[] = [];
    // More subscribers than conversations: the same customers with the widget open in more tabs.
    for (let index = listening.length; index < options.subscribers && listening.length > 0; index += 1) {
      const customer = listening[index % listening.length]!;
      tabsOpen.push(
        new Promise((resolveOpen) =>
          tabs.push(
            openLiveSubscription({
              url: options.url,
              query: WIDGET_CONVERSATION_UPDATED,
              token: customer.token,
              variables: () => ({ id: customer.conversationId, since: customer.lastSeenId }),
              schema: WidgetConversationUpdatedResult,
              next: () => undefined,
              connected: () => resolveOpen(),
            }),
          ),
        ),
      );
    }
    await Promise.all(listening.map((customer) => customer.waitFor(() => customer.subscriptionConnected, 30_000, 'an open subscription')));
    await Promise.all(tabsOpen);
    const memory = readAllMemory(options.components);
    growth.push({ openConversations: options.alreadyOpen + customers.length, workerRssBytes: memory.worker?.rssBytes, apiRssBytes: memory.api?.rssBytes });
    return {
      result: {
        openConversations: options.alreadyOpen + customers.length,
        sseSubscribers: listening.filter((customer) => customer.subscriptionConnected).length + tabs.filter((tab) => tab.connected).length,
        processes: memory,
        baseline: options.baseline,
        growth,
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

export function readAllMemory(components: Record<StackComponentName, StackComponent> | undefined): Partial<Record<StackComponentName, MemoryUsage>> {
  const usage: Partial<Record<StackComponentName, MemoryUsage>> = {};
  for (const component of Object.values(components ?? {})) {
    const memory = readMemoryUsage(component.pid());
    if (memory) usage[component.name] = memory;
  }
  return usage;
}
