import { writeFileSync } from 'node:fs';
import { connectTemporalClient } from '../server/temporal-connection';
import type { BenchOptions } from './bench-options';
import { InboxAgent } from './client/inbox-agent';
import { measureFloor } from './floor/measure-floor';
import { measureFloorThroughput } from './floor/measure-floor-throughput';
import { measureEscalation } from './measure/measure-escalation';
import { measureMemory, readAllMemory } from './measure/measure-memory';
import { measureReplyLatency } from './measure/measure-reply-latency';
import { measureThroughput } from './measure/measure-throughput';
import { createProgressLine } from './measure/progress-line';
import { measureEventDelivery } from './profile/measure-event-delivery';
import { profileMessagePath } from './profile/message-path-profile';
import { formatBenchReport, type BenchReport } from './report/bench-report';
import { describeMachine } from './report/machine-info';
import type { BenchStack } from './stack/bench-stack';

const DEMO_AGENTS = ['agent@baton.test', 'agent2@baton.test'];

/**
 * Runs every measurement against the stack, prints the table and returns the report. Sustained
 * load runs before the memory phase fills the database: the local FerretDB scans whole
 * collections, so the order changes the throughput measured (see docs/PERFORMANCE.md).
 */
export async function runBench(stack: BenchStack, options: BenchOptions, log: (line: string) => void): Promise<BenchReport> {
  const progress = createProgressLine();
  const machine = describeMachine();
  const startedAt = new Date();
  const phaseSeconds: Record<string, number> = {};
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const began = performance.now();
    try {
      return await run();
    } finally {
      phaseSeconds[name] = Number(((performance.now() - began) / 1000).toFixed(1));
    }
  };
  const baseline = readAllMemory(stack.components);
  const storedEntries = async () => (stack.db ? await stack.db.messages.countDocuments({}) : undefined);
  const openConversations = async (fallback: number) => (stack.db ? await stack.db.conversations.countDocuments({ status: { $ne: 'RESOLVED' } }) : fallback);
  const temporal = await connectTemporalClient(stack.temporalAddress, stack.namespace);
  const agents: InboxAgent[] = [];
  try {
    const floor = await phase('floor', () =>
      measureFloor({
        temporal,
        temporalAddress: stack.temporalAddress,
        namespace: stack.namespace,
        samples: options.floorSamples,
        components: stack.components,
        progress,
      }),
    );
    progress.done(`floor: p50 ${floor.p50.toFixed(1)} ms over ${floor.count} round trips`);

    const reply = await phase('reply latency', () =>
      measureReplyLatency({ url: stack.graphqlUrl, samples: options.replySamples, components: stack.components, progress }),
    );
    progress.done(`reply latency: p50 ${Math.round(reply.reply.p50)} ms over ${reply.reply.count} messages`);

    const profile = await phase('profile', () => profileMessagePath({ temporal, samples: reply.samples.slice(-Math.min(20, reply.samples.length)) }));
    const delivery = await phase('event delivery', () => measureEventDelivery({ stack, samples: Math.min(20, options.replySamples), progress }));
    if (delivery) progress.done(`event delivery: p50 ${delivery.p50.toFixed(1)} ms from a Redis publish to the widget`);

    for (const email of DEMO_AGENTS) agents.push(await InboxAgent.signIn(stack.graphqlUrl, email, stack.demoPassword));
    const escalation = await phase('escalation', () => measureEscalation({ url: stack.graphqlUrl, samples: options.escalationSamples, agents, progress }));
    progress.done(`escalation: p50 ${Math.round(escalation.escalationToInbox.p50)} ms to the inbox; claim p50 ${Math.round(escalation.claim.p50)} ms`);

    // One agent keeps the inbox open under load, as a support team would; it hears every event of the workspace.
    agents.slice(options.agentDuringLoad ? 1 : 0).forEach((agent) => agent.close());
    const entriesBeforeLoad = await storedEntries();
    const throughput = await phase('sustained load', () =>
      measureThroughput({
        url: stack.graphqlUrl,
        concurrency: options.concurrency,
        durationSeconds: options.durationSeconds,
        thinkSeconds: options.thinkSeconds,
        label: 'sustained load',
        components: stack.components,
        cores: machine.cores,
        progress,
      }),
    );
    const entriesAfterLoad = await storedEntries();
    progress.done(
      `sustained load: ${throughput.messagesPerSecond.toFixed(1)} msg/s with ${throughput.concurrency} customers, p95 ${Math.round(throughput.latency.p95)} ms`,
    );

    // The most each can do: Baton's customers and the floor's workflows in closed loops, one after the other.
    const saturation = await phase('saturation', () =>
      measureThroughput({
        url: stack.graphqlUrl,
        concurrency: options.concurrency,
        durationSeconds: options.saturationSeconds,
        thinkSeconds: 0,
        label: 'saturation',
        components: stack.components,
        cores: machine.cores,
        progress,
      }),
    );
    progress.done(`saturation: ${saturation.messagesPerSecond.toFixed(1)} msg/s with ${saturation.concurrency} customers in a closed loop`);
    const floorSaturation = await phase('floor saturation', () =>
      measureFloorThroughput({
        temporal,
        temporalAddress: stack.temporalAddress,
        namespace: stack.namespace,
        concurrency: options.concurrency,
        durationSeconds: options.saturationSeconds,
        components: stack.components,
        progress,
      }),
    );
    progress.done(`floor at saturation: ${floorSaturation.roundTripsPerSecond.toFixed(1)} round trips/s with ${floorSaturation.concurrency} workflows`);

    const opened = reply.conversations + escalation.conversations + throughput.conversations + saturation.conversations + (delivery ? 1 : 0);
    const memory = await phase('memory', async () =>
      measureMemory({
        url: stack.graphqlUrl,
        alreadyOpen: await openConversations(opened),
        conversations: options.conversations,
        subscribers: options.subscribers,
        components: stack.components,
        baseline,
        progress,
      }),
    );
    memory.close();
    progress.done(`memory: ${memory.result.openConversations} conversations open, ${memory.result.sseSubscribers} SSE subscribers`);

    const report: BenchReport = {
      kind: 'baton-bench',
      mode: options.quick ? 'quick' : 'full',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine,
      loadAverageAfter: describeMachine().loadAverage1m,
      target: stack.components ? 'own stack' : stack.graphqlUrl,
      options: {
        conversations: options.conversations,
        durationSeconds: options.durationSeconds,
        concurrency: options.concurrency,
        thinkSeconds: options.thinkSeconds,
        subscribers: options.subscribers,
        agentDuringLoad: options.agentDuringLoad,
        dynamicConfig: options.dynamicConfig,
      },
      phaseSeconds,
      floor,
      reply: {
        reply: reply.reply,
        ack: reply.ack,
        firstReply: reply.firstReply,
        unexpectedEscalations: reply.unexpectedEscalations,
        conversations: reply.conversations,
        cpuMsPerMessage: reply.cpuMsPerMessage,
      },
      escalation,
      memory: memory.result,
      throughput: { ...throughput, storedEntriesBefore: entriesBeforeLoad, storedEntriesAfter: entriesAfterLoad },
      saturation,
      floorSaturation,
      profile,
      eventDelivery: delivery,
      unexpectedExits: [...stack.unexpectedExits],
    };
    log(formatBenchReport(report));
    if (options.jsonFile) writeFileSync(options.jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    agents.forEach((agent) => agent.close());
    await temporal.connection.close();
  }
}
