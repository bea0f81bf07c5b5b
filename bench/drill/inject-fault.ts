import type { WidgetCustomer } from '../client/widget-customer';
import { questionsFor } from '../scenario/customer-questions';
import type { StackComponent } from '../stack/bench-stack';
import { waitForReplyResyncing, type DrillCustomer } from './drill-customer';

export type FaultRecovery = {
  component: string;
  /** kill -9 → the process serves again (restarted at once, on the same port and data). */
  restartSeconds: number;
  /** kill -9 → a new message sent right after the kill has its AI reply on the widget. */
  recoverySeconds: number;
  /** kill -9 → every customer under load has had a message answered that it sent after the kill. */
  allCaughtUpSeconds: number;
  /** What did not recover within the drill's patience, if anything. */
  notRecovered: string[];
  /** Widget subscriptions that reopened because of this fault. */
  reconnects: number;
  /** Send attempts that failed and were retried with the same clientMessageId during this fault. */
  sendRetries: number;
};

/**
 * Kills one process with SIGKILL under load, starts it again at once (as a supervisor would),
 * and measures how long until a customer who writes right after the kill gets the answer, and
 * until every customer under load is answered again.
 */
export async function injectFault(options: {
  component: StackComponent;
  probe: WidgetCustomer;
  probeIndex: number;
  customers: DrillCustomer[];
  patienceMs: number;
}): Promise<FaultRecovery> {
  // A little more than a customer's own patience, so a customer that gives up is reported as such first.
  const CAUGHT_UP_TIMEOUT_MS = options.patienceMs + 30_000;
  const { component, probe, customers } = options;
  // Customers whose loop already gave up send nothing more; the drill reports them, recovery does not wait for them.
  const questioners = customers.filter((candidate) => candidate.kind === 'questioner' && !candidate.failure());
  const everyone = [probe, ...customers.map((candidate) => candidate.customer)];
  const reconnectsBefore = everyone.reduce((sum, customer) => sum + customer.stats.reconnects, 0);
  const retriesBefore = everyone.reduce((sum, customer) => sum + customer.stats.sendRetries, 0);

  const notRecovered: string[] = [];
  const orNaN = (what: string) => (error: Error) => {
    notRecovered.push(`${what}: ${error.message}`);
    return NaN;
  };

  const killedAt = performance.now();
  await component.kill9();
  const restarting = component.restart().then(() => performance.now(), orNaN('restart'));
  const probing = (async () => {
    const message = await probe.send(questionsFor(options.probeIndex)(), { deadline: Date.now() + CAUGHT_UP_TIMEOUT_MS });
    await waitForReplyResyncing(probe, message, { patienceMs: CAUGHT_UP_TIMEOUT_MS });
    return message.reply!.at;
  })().catch(orNaN('probe'));
  const answeredAfterKill = ({ customer }: DrillCustomer) => customer.sent.some((message) => message.sentAt > killedAt && message.reply);
  const catchingUp = Promise.all(
    questioners.map((drillCustomer) =>
      // A customer that gives up meanwhile is reported by the drill; it must not hold this wait for minutes.
      drillCustomer.customer
        .waitFor(
          () => (answeredAfterKill(drillCustomer) || drillCustomer.failure() ? performance.now() : undefined),
          CAUGHT_UP_TIMEOUT_MS,
          'an answer after the fault',
        )
        .catch(orNaN(drillCustomer.customer.label)),
    ),
  ).then((times) => Math.max(killedAt, ...times));

  const [restartedAt, recoveredAt, caughtUpAt] = await Promise.all([restarting, probing, catchingUp]);
  return {
    component: component.label,
    restartSeconds: (restartedAt - killedAt) / 1000,
    recoverySeconds: (recoveredAt - killedAt) / 1000,
    allCaughtUpSeconds: (caughtUpAt - killedAt) / 1000,
    notRecovered,
    reconnects: everyone.reduce((sum, customer) => sum + customer.stats.reconnects, 0) - reconnectsBefore,
    sendRetries: everyone.reduce((sum, customer) => sum + customer.stats.sendRetries, 0) - retriesBefore,
  };
}
