import type { InboxAgent } from '../client/inbox-agent';
import { GraphQLCallError } from '../client/graphql-http';
import { WidgetCustomer, type SentMessage } from '../client/widget-customer';
import { humanRequestFor, questionsFor } from '../scenario/customer-questions';

/** What a customer should end up as: talking to the AI, or with the agent who claimed it. */
export type DrillCustomerKind = 'questioner' | 'escalator';

/** A reply this overdue makes the page suspect a stale stream and resubscribe (which catches up). */
const RESYNC_AFTER_MS = 15_000;
/** Customers read the answer before asking again; it also keeps each session under 60 messages a minute. */
const THINK_MS = 1_000;

export type DrillCustomer = {
  kind: DrillCustomerKind;
  customer: WidgetCustomer;
  /** Replaced streams because a reply was overdue. */
  resyncs: () => number;
  /** Set once the customer's loop gave up (a send or a reply that never came): it sends nothing more. */
  failure: () => string | undefined;
  /** Runs until `stopping()` holds, then finishes the message in flight. */
  run(stopping: () => boolean): Promise<void>;
};

/** Waits for a message's reply, resubscribing when it is overdue, as a page that distrusts a quiet stream would. */
export async function waitForReplyResyncing(
  customer: WidgetCustomer,
  message: SentMessage,
  options: { patienceMs: number; onResync?: () => void },
): Promise<void> {
  const deadline = Date.now() + options.patienceMs;
  for (;;) {
    try {
      await customer.waitForReply(message, Math.min(RESYNC_AFTER_MS, Math.max(1, deadline - Date.now())));
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      options.onResync?.();
      customer.resubscribe();
    }
  }
}

/**
 * A customer under the drill's steady load. A questioner asks answered questions one after
 * another, each reply awaited; an escalator asks one, then asks for a person, is claimed by the
 * agent, and then writes to the agent now and then.
 */
export async function startDrillCustomer(options: {
  url: string;
  index: number;
  kind: DrillCustomerKind;
  agent: InboxAgent;
  /** How long a send or a reply may take through a restart of Temporal or the worker (timeouts, retries) before the customer gives up. */
  patienceMs: number;
}): Promise<DrillCustomer> {
  const PATIENCE_MS = options.patienceMs;
  const customer = await WidgetCustomer.start(options.url, `drill-${options.index}`, { deadline: Date.now() + PATIENCE_MS });
  const nextQuestion = questionsFor(options.index);
  let resyncs = 0;
  let failure: string | undefined;
  const onResync = () => (resyncs += 1);
  const send = (text: string) => customer.send(text, { deadline: Date.now() + PATIENCE_MS });
  const think = () => new Promise((resolveThink) => setTimeout(resolveThink, THINK_MS));

  const ask = async () => {
    const message = await send(nextQuestion());
    await waitForReplyResyncing(customer, message, { patienceMs: PATIENCE_MS, onResync });
  };

  const escalate = async () => {
    await ask();
    await send(humanRequestFor(options.index));
    await customer.waitFor(() => customer.status === 'AWAITING_HUMAN' || customer.status === 'HUMAN_ACTIVE', PATIENCE_MS, 'the escalation');
    await claimThroughFaults(options.agent, customer.conversationId!, PATIENCE_MS);
    await customer.waitFor(() => customer.status === 'HUMAN_ACTIVE', PATIENCE_MS, 'the claim');
  };

  const loop = async (stopping: () => boolean) => {
    if (options.kind === 'escalator') {
      await escalate();
      for (let note = 1; !stopping(); note += 1) {
        await think();
        // With a person the AI stays quiet: these are recorded and shown to the agent, and get no automatic reply.
        await send(`One more detail for the agent, number ${note}: my workspace is called Northwind ${options.index}.`);
      }
      return;
    }
    while (!stopping()) {
      await ask();
      await think();
    }
  };

  return {
    kind: options.kind,
    customer,
    resyncs: () => resyncs,
    failure: () => failure,
    async run(stopping) {
      try {
        await loop(stopping);
      } catch (error) {
        const last = customer.sent[customer.sent.length - 1];
        const lastMessage = last ? `"${last.text}" ${last.ackAt ? 'confirmed' : 'unconfirmed'}, ${last.reply ? 'answered' : 'unanswered'}` : 'none';
        failure = `${(error as Error).message} (conversation ${customer.conversationId}, status ${customer.status}, last message ${lastMessage})`;
        throw new Error(failure, { cause: error });
      }
    },
  };
}

/** Claims through API, database or Temporal restarts; a claim whose answer was lost may come back as "already yours". */
async function claimThroughFaults(agent: InboxAgent, conversationId: string, patienceMs: number): Promise<void> {
  try {
    await agent.claim(conversationId, { deadline: Date.now() + patienceMs });
  } catch (error) {
    if (!(error instanceof GraphQLCallError && error.code === 'CONFLICT' && error.message.includes(agent.name))) throw error;
  }
}
