import { writeFileSync } from 'node:fs';
import { connectTemporalClient } from '../../server/temporal-connection';
import type { BenchOptions } from '../bench-options';
import { InboxAgent } from '../client/inbox-agent';
import { WidgetCustomer } from '../client/widget-customer';
import { createProgressLine } from '../measure/progress-line';
import { describeMachine } from '../report/machine-info';
import { questionsFor } from '../scenario/customer-questions';
import type { BenchStack, StackComponentName } from '../stack/bench-stack';
import { startDrillCustomer, waitForReplyResyncing, type DrillCustomer } from './drill-customer';
import { formatDrillReport, type DrillReport } from './drill-report';
import { injectFault, type FaultRecovery } from './inject-fault';
import { verifyConversations } from './verify-conversations';

/** The order the issue asks for: the stateless tiers first, then the stores. */
export const FAULT_ORDER: StackComponentName[] = ['worker', 'api', 'ferretdb', 'temporal'];
/** One customer in this many asks for a person and is claimed, so the drill covers human conversations too. */
const ESCALATOR_EVERY = 5;
const AGENT_EMAIL = 'agent@baton.test';

/**
 * Under steady load, kills the worker, the API, FerretDB and the Temporal dev server with SIGKILL
 * one at a time, restarting each on the same port and data; then compares every conversation's
 * stored timeline with what its customer sent and received.
 */
export async function runDrill(
  stack: BenchStack,
  options: BenchOptions,
  log: (line: string) => void,
  /**
   * A stack with several API instances spreads its customers over them (the first URL is the API
   * the drill kills, and the probe's); a caller may kill fewer components or in another order.
   */
  shape: { graphqlUrls?: string[]; faultOrder?: StackComponentName[] } = {},
): Promise<DrillReport> {
  const faultOrder = shape.faultOrder ?? FAULT_ORDER;
  const graphqlUrls = shape.graphqlUrls ?? [stack.graphqlUrl];
  const { components, db } = stack;
  if (!components || !db) throw new Error('the drill needs the stack the bench starts itself');
  const progress = createProgressLine();
  const machine = describeMachine();
  const startedAt = new Date();
  const temporal = await connectTemporalClient(stack.temporalAddress, stack.namespace);
  const agent = await InboxAgent.signIn(stack.graphqlUrl, AGENT_EMAIL, stack.demoPassword);
  const customers: DrillCustomer[] = [];
  let probe: WidgetCustomer | undefined;
  const customerFailures: string[] = [];
  let stopping = false;
  try {
    const probeIndex = options.drillCustomers;
    probe = await WidgetCustomer.start(stack.graphqlUrl, 'drill-probe');
    const opening = await probe.send(questionsFor(probeIndex)());
    const patienceMs = options.drillPatienceSeconds * 1000;
    await waitForReplyResyncing(probe, opening, { patienceMs });

    for (let index = 0; index < options.drillCustomers; index += 1) {
      const kind = index % ESCALATOR_EVERY === ESCALATOR_EVERY - 1 ? 'escalator' : 'questioner';
      customers.push(await startDrillCustomer({ url: graphqlUrls[index % graphqlUrls.length]!, index, kind, agent, patienceMs }));
    }
    const loops = customers.map((drillCustomer) =>
      drillCustomer
        .run(() => stopping)
        .catch((error: Error) => {
          customerFailures.push(`${drillCustomer.customer.label} (${drillCustomer.kind}): ${error.message}`);
        }),
    );
    const answered = () => customers.reduce((sum, { customer }) => sum + customer.sent.filter((message) => message.reply).length, 0);
    // The stretches of steady load between faults: throughput and reply times are measured over these only.
    const steadyWindows: [number, number][] = [];
    const steady = async (what: string) => {
      const from = performance.now();
      const until = from + options.drillSteadySeconds * 1000;
      while (performance.now() < until) {
        progress.update(`drill: ${what}, ${answered()} replies so far`);
        await new Promise((resolveTick) => setTimeout(resolveTick, 500));
      }
      steadyWindows.push([from, performance.now()]);
    };

    await steady('steady load');
    const faults: FaultRecovery[] = [];
    for (const [position, name] of faultOrder.entries()) {
      const component = components[name];
      progress.update(`drill: kill -9 ${component.label} (${position + 1}/${faultOrder.length})...`);
      const recovery = await injectFault({ component, probe, probeIndex: probeIndex + position + 1, customers, patienceMs });
      faults.push(recovery);
      progress.done(
        `drill: ${component.label} killed; restarted in ${recovery.restartSeconds.toFixed(1)} s, first answer after ${recovery.recoverySeconds.toFixed(1)} s, ` +
          `every customer answered after ${recovery.allCaughtUpSeconds.toFixed(1)} s`,
      );
      await steady(`steady load after the ${component.label}`);
    }

    progress.update('drill: stopping the load (each customer finishes its message in flight)...');
    stopping = true;
    await Promise.all(loops);
    progress.done('drill: load stopped; comparing every conversation with its stored timeline...');

    const verdicts = await verifyConversations({
      db,
      temporal,
      customers: [...customers, { kind: 'questioner', customer: probe }],
      agentName: agent.name,
    });
    const everyone = [probe, ...customers.map(({ customer }) => customer)];
    const sum = (pick: (verdict: (typeof verdicts)[number]) => number) => verdicts.reduce((total, verdict) => total + pick(verdict), 0);
    const onKilledApi = new Set(
      [probe, ...customers.filter((_, index) => index % graphqlUrls.length === 0).map(({ customer }) => customer)].map((customer) => customer.conversationId),
    );
    const apiFault = faults.find((fault) => fault.component === components.api.label);
    const totals: DrillReport['totals'] = {
      conversations: verdicts.length,
      messagesSent: sum((verdict) => verdict.sent),
      repliesReceived: everyone.reduce((total, customer) => total + customer.sent.filter((message) => message.reply?.kind === 'AI').length, 0),
      lost: sum((verdict) => verdict.lost),
      duplicated: sum((verdict) => verdict.duplicated),
      unanswered: sum((verdict) => verdict.unanswered),
      wrongState: verdicts.filter((verdict) => verdict.storedStatus !== verdict.expectedStatus || verdict.workflowStatus !== verdict.expectedStatus).length,
      notCaughtUp: verdicts.filter((verdict) => !verdict.caughtUp).length,
      // Only the widgets on the killed API lost their stream; those on the others had nothing to reconnect.
      notReconnected: apiFault ? verdicts.filter((verdict) => onKilledApi.has(verdict.conversationId) && !verdict.reconnected).length : 0,
      sendRetries: everyone.reduce((total, customer) => total + customer.stats.sendRetries, 0),
      reconnects: everyone.reduce((total, customer) => total + customer.stats.reconnects, 0),
      resyncs: customers.reduce((total, customer) => total + customer.resyncs(), 0),
      caughtUpEntries: everyone.reduce((total, customer) => total + customer.stats.caughtUpEntries, 0),
    };
    const report: DrillReport = {
      kind: 'baton-drill',
      mode: options.quick ? 'short' : 'full',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine,
      customers: options.drillCustomers,
      steadyLoad: measureSteadyLoad(
        customers.map(({ customer }) => customer),
        steadyWindows,
      ),
      faults,
      totals,
      customerFailures,
      problems: verdicts.filter((verdict) => verdict.problems.length > 0).map(({ conversationId, problems }) => ({ conversationId, problems })),
      unexpectedExits: [...stack.unexpectedExits],
      passed:
        customerFailures.length === 0 &&
        faults.every((fault) => fault.notRecovered.length === 0) &&
        stack.unexpectedExits.length === 0 &&
        totals.lost === 0 &&
        totals.duplicated === 0 &&
        totals.unanswered === 0 &&
        totals.wrongState === 0 &&
        totals.notCaughtUp === 0 &&
        totals.notReconnected === 0,
    };
    log(formatDrillReport(report));
    if (options.jsonFile) writeFileSync(options.jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    stopping = true;
    customers.forEach(({ customer }) => customer.close());
    probe?.close();
    agent.close();
    await temporal.connection.close();
  }
}

/** Customer messages sent during the steady stretches, per second, and how long their AI replies took to reach the widget. */
function measureSteadyLoad(customers: WidgetCustomer[], windows: [number, number][]): DrillReport['steadyLoad'] {
  const inWindow = (at: number) => windows.some(([from, until]) => at >= from && at < until);
  const sent = customers.flatMap((customer) => customer.sent).filter((message) => inWindow(message.sentAt));
  const replyMs = sent
    .filter((message) => message.reply?.kind === 'AI')
    .map((message) => message.reply!.at - message.sentAt)
    .sort((a, b) => a - b);
  const seconds = windows.reduce((total, [from, until]) => total + (until - from) / 1000, 0);
  const percentile = (p: number) => (replyMs.length === 0 ? NaN : replyMs[Math.min(replyMs.length - 1, Math.floor((p / 100) * replyMs.length))]!);
  return {
    seconds,
    messagesPerSecond: seconds > 0 ? sent.length / seconds : 0,
    replies: replyMs.length,
    replyP50Ms: percentile(50),
    replyP95Ms: percentile(95),
  };
}
