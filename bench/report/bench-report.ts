import type { EscalationResult } from '../measure/measure-escalation';
import type { MemoryResult } from '../measure/measure-memory';
import type { ReplyLatencyResult } from '../measure/measure-reply-latency';
import type { ThroughputResult } from '../measure/measure-throughput';
import type { CpuSeconds, ProcessName } from '../measure/cpu-meter';
import type { LatencySummary } from '../measure/latency-stats';
import type { FloorThroughputResult } from '../floor/measure-floor-throughput';
import type { MessagePathProfile } from '../profile/message-path-profile';
import type { StackComponentName } from '../stack/bench-stack';
import { formatTable, mb, ms, ratio } from './format-table';
import type { MachineInfo } from './machine-info';

export type BenchReport = {
  kind: 'baton-bench';
  mode: 'quick' | 'full';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  loadAverageAfter: number;
  /** 'own stack', or the URL of the Baton measured. */
  target: string;
  options: {
    conversations: number;
    durationSeconds: number;
    concurrency: number;
    thinkSeconds: number;
    subscribers: number;
    agentDuringLoad: boolean;
    dynamicConfig: Record<string, string | number | boolean>;
  };
  /** Wall-clock seconds per phase. */
  phaseSeconds: Record<string, number>;
  floor: LatencySummary & { firstUpdateMs: number[]; cpuMsPerRoundTrip: CpuSeconds };
  reply: Omit<ReplyLatencyResult, 'samples'>;
  escalation: EscalationResult;
  memory: MemoryResult;
  /** With the timeline entries stored before and after the load: the local FerretDB's reads grow with them. */
  throughput: ThroughputResult & { storedEntriesBefore: number | undefined; storedEntriesAfter: number | undefined };
  /** Baton's customers in a closed loop (no think time): the most messages per second it answers. */
  saturation: ThroughputResult;
  /** The floor's workflows in a closed loop at the same concurrency: the most bare round trips the server does. */
  floorSaturation: FloorThroughputResult;
  profile: MessagePathProfile;
  eventDelivery: LatencySummary | undefined;
  unexpectedExits: string[];
};

const COMPONENT_LABELS: Record<StackComponentName, string> = {
  worker: 'Baton worker',
  api: 'Baton API',
  temporal: 'Temporal dev server',
  ferretdb: 'FerretDB',
  redis: 'Redis',
};
const PROCESS_LABELS: Record<ProcessName, string> = { ...COMPONENT_LABELS, bench: 'bench (customers, floor worker)' };

const DRAIN_NOTE = '20 s after the window, counted in the latency with the time they had waited, so the load percentiles are then lower bounds';

const sumOf = (values: CpuSeconds, names: ProcessName[]) => names.reduce((sum, name) => sum + (values[name] ?? 0), 0);

/** The speed and memory targets, checked against this run. */
export function targetsOf(report: BenchReport): { target: string; measured: string; met: boolean }[] {
  const { floor, reply, escalation, throughput, memory } = report;
  const worker = memory.processes.worker?.rssBytes;
  return [
    { target: 'message → reply p50 ≤ 1.5× floor p50', measured: ratio(reply.reply.p50 / floor.p50), met: reply.reply.p50 <= 1.5 * floor.p50 },
    { target: 'message → reply p95 ≤ 2× floor p95', measured: ratio(reply.reply.p95 / floor.p95), met: reply.reply.p95 <= 2 * floor.p95 },
    { target: 'escalation → inbox p95 ≤ 250 ms', measured: ms(escalation.escalationToInbox.p95), met: escalation.escalationToInbox.p95 <= 250 },
    {
      target: '≥ 50 msg/s sustained with p95 ≤ 500 ms',
      measured: `${throughput.messagesPerSecond.toFixed(1)} msg/s, p95 ${ms(throughput.latency.p95)}`,
      met: throughput.messagesPerSecond >= 50 && throughput.latency.p95 <= 500,
    },
    {
      target: `worker RSS < 600 MB at 1,000 open conversations`,
      measured: `${mb(worker)} at ${memory.openConversations}`,
      met: worker !== undefined && worker < 600 * 2 ** 20 && memory.openConversations >= 1000,
    },
  ];
}

/** The bench's printed result: the main table, then memory, CPU, where the time goes, and the targets. */
export function formatBenchReport(report: BenchReport): string {
  const { floor, reply, escalation, throughput, saturation, floorSaturation, memory, profile } = report;
  const throughputRow = (label: string, load: ThroughputResult) => [
    label,
    load.messagesPerSecond.toFixed(1),
    ms(load.latency.p50),
    ms(load.latency.p95),
    ms(load.latency.p99),
    floorSaturation.roundTripsPerSecond > 0 ? `${(load.messagesPerSecond / floorSaturation.roundTripsPerSecond).toFixed(2)}x` : '-',
  ];
  const latencyRow = (label: string, summary: LatencySummary, vsFloor = true) => [
    label,
    ms(summary.p50),
    ms(summary.p95),
    ms(summary.p99),
    String(summary.count),
    vsFloor ? ratio(summary.p50 / floor.p50) : '',
  ];
  const lines: string[] = [];
  lines.push(
    `Baton bench (${report.mode}) · ${report.machine.cores} cores (${report.machine.cpuModel}), Node ${report.machine.node} · load average ${report.machine.loadAverage1m} before, ${report.loadAverageAfter} after`,
    `target: ${report.target === 'own stack' ? 'own stack (Temporal dev server, FerretDB, Redis; Baton worker and API as separate processes), offline answerer' : report.target}` +
      (Object.keys(report.options.dynamicConfig).length > 0
        ? `; Temporal dynamic config ${Object.entries(report.options.dynamicConfig)
            .map(([key, value]) => `${key}=${value}`)
            .join(' ')}`
        : ''),
    '',
    formatTable([
      ['measure', 'p50', 'p95', 'p99', 'n', 'p50 vs floor'],
      latencyRow('floor: update-with-start → no-op activity → result', floor),
      latencyRow('message → AI reply on the widget subscription', reply.reply),
      latencyRow('  message accepted (sendCustomerMessage returns)', reply.ack),
      latencyRow('  first message (starts the workflow) → AI reply', reply.firstReply),
      latencyRow('escalation → inboxChanged at a subscribed agent', escalation.escalationToInbox, false),
      latencyRow('claim round trip', escalation.claim, false),
      latencyRow(
        `under load (${throughput.concurrency} customers, ${throughput.thinkSeconds} s think): message → reply${throughput.unansweredAtEnd > 0 ? ' (lower bounds)' : ''}`,
        throughput.latency,
      ),
      ...(report.eventDelivery ? [latencyRow('  event bus → widget (Redis, API re-read, SSE)', report.eventDelivery, false)] : []),
    ]),
    '',
    `throughput (${report.options.agentDuringLoad ? 'an agent watching the inbox' : 'no agent watching the inbox'}):`,
    formatTable([
      ['load', 'msg/s', 'p50', 'p95', 'p99', 'vs floor at saturation'],
      throughputRow(`sustained: ${throughput.concurrency} customers, ${throughput.thinkSeconds} s think, ${throughput.durationSeconds} s`, throughput),
      throughputRow(`saturation: ${saturation.concurrency} customers, no think, ${saturation.durationSeconds} s`, saturation),
      [
        `floor at saturation: ${floorSaturation.concurrency} workflows, closed loop, ${floorSaturation.durationSeconds} s`,
        floorSaturation.roundTripsPerSecond.toFixed(1),
        ms(floorSaturation.latency.p50),
        ms(floorSaturation.latency.p95),
        ms(floorSaturation.latency.p99),
        '1.00x',
      ],
    ]),
    ...[throughput, saturation].map(
      (load) =>
        `  ${load === throughput ? 'sustained' : 'saturation'}: ${load.replies} replies; ${load.unansweredAtEnd} still unanswered ${DRAIN_NOTE}; ` +
        `${load.failures} failures; ${load.unexpectedEscalations} unexpected escalations`,
    ),
    ...(throughput.storedEntriesBefore !== undefined
      ? [`  timeline entries stored: ${throughput.storedEntriesBefore} before the sustained load, ${throughput.storedEntriesAfter} after`]
      : []),
    ...[...throughput.failureReasons, ...saturation.failureReasons].map((reason) => `  failed: ${reason}`),
  );
  if (Object.keys(memory.processes).length > 0) {
    const first = memory.growth[0];
    const last = memory.growth[memory.growth.length - 1];
    const perConversation = (from: number | undefined, to: number | undefined) =>
      first && last && from !== undefined && to !== undefined && last.openConversations > first.openConversations
        ? `${Math.round((to - from) / (last.openConversations - first.openConversations) / 1024)} KB`
        : '-';
    lines.push(
      '',
      `resident memory with ${memory.openConversations} open conversations and ${memory.sseSubscribers} SSE subscribers ` +
        `(each conversation opened in the memory phase added: worker ${perConversation(first?.workerRssBytes, last?.workerRssBytes)}, API ${perConversation(first?.apiRssBytes, last?.apiRssBytes)}):`,
      formatTable([
        ['process', 'RSS', 'at start', 'peak so far'],
        ...(Object.keys(COMPONENT_LABELS) as StackComponentName[])
          .filter((name) => memory.processes[name])
          .map((name) => [
            COMPONENT_LABELS[name],
            mb(memory.processes[name]?.rssBytes),
            mb(memory.baseline[name]?.rssBytes),
            mb(memory.processes[name]?.peakRssBytes),
          ]),
      ]),
    );
  }
  if (Object.keys(throughput.cpuMsPerMessage).length > 0) {
    const names = (Object.keys(PROCESS_LABELS) as ProcessName[]).filter((name) => throughput.cpuMsPerMessage[name] !== undefined);
    const columns: [string, CpuSeconds][] = [
      ['floor, one at a time', floor.cpuMsPerRoundTrip],
      ['message, one at a time', reply.cpuMsPerMessage],
      ['message, sustained load', throughput.cpuMsPerMessage],
      ['floor at saturation', floorSaturation.cpuMsPerRoundTrip],
      ['message at saturation', saturation.cpuMsPerMessage],
    ];
    lines.push(
      '',
      `CPU time per message or floor round trip (the floor's worker runs inside the bench process), and each process's share of the ${report.machine.cores} cores at saturation:`,
      formatTable([
        ['process', ...columns.map(([label]) => label), 'share at saturation'],
        ...names.map((name) => [
          PROCESS_LABELS[name],
          ...columns.map(([, values]) => ms(values[name])),
          `${Math.round((saturation.cpuShare[name] ?? 0) * 100)}%`,
        ]),
        ['all', ...columns.map(([, values]) => ms(sumOf(values, names))), `${Math.round(sumOf(saturation.cpuShare, names) * 100)}%`],
      ]),
    );
  }
  if (profile.messages > 0) {
    lines.push(
      '',
      `where an unloaded message's time goes (${profile.messages} messages, mean reply ${ms(profile.meanReplyMs)}; ` +
        `${profile.workflowTasksPerMessage.toFixed(1)} workflow tasks and ${profile.activitiesPerMessage.toFixed(1)} activities per message, from the workflow history):`,
      formatTable([
        ['segment', 'mean', 'share'],
        ...profile.segments.map((segment) => [segment.segment, ms(segment.meanMs), `${Math.round(segment.shareOfReply * 100)}%`]),
      ]),
    );
  }
  lines.push(
    '',
    'targets:',
    formatTable([['target', 'measured', ''], ...targetsOf(report).map((row) => [row.target, row.measured, row.met ? 'met' : 'MISSED'])]),
  );
  lines.push(
    '',
    `phases (s): ${Object.entries(report.phaseSeconds)
      .map(([name, seconds]) => `${name} ${seconds}`)
      .join(', ')}`,
  );
  if (report.unexpectedExits.length > 0) lines.push('', 'processes that died during the run:', ...report.unexpectedExits.map((line) => `  ${line}`));
  return lines.join('\n');
}
