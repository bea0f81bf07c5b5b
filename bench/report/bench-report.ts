import type { EscalationResult } from '../measure/measure-escalation';
import type { MemoryResult } from '../measure/measure-memory';
import type { ReplyLatencyResult } from '../measure/measure-reply-latency';
import type { ThroughputResult } from '../measure/measure-throughput';
import type { CpuSeconds, ProcessName } from '../measure/cpu-meter';
import type { LatencySummary } from '../measure/latency-stats';
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

/** The issue's targets (issue 8), checked against this run. */
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
  const { floor, reply, escalation, throughput, memory, profile } = report;
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
        ? `; Temporal dynamic config ${Object.entries(report.options.dynamicConfig).map(([key, value]) => `${key}=${value}`).join(' ')}`
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
      latencyRow(`under load (${throughput.concurrency} concurrent): message → reply${throughput.unansweredAtEnd > 0 ? ' (lower bounds)' : ''}`, throughput.latency),
      ...(report.eventDelivery ? [latencyRow('  event bus → widget (Redis, API re-read, SSE)', report.eventDelivery, false)] : []),
    ]),
    '',
    `throughput: ${throughput.messagesPerSecond.toFixed(1)} messages/s with ${throughput.concurrency} concurrent conversations for ${throughput.durationSeconds} s, ` +
      `${report.options.agentDuringLoad ? 'an agent watching the inbox' : 'no agent watching the inbox'} ` +
      `(${throughput.replies} replies; ${throughput.unansweredAtEnd} still unanswered ${DRAIN_NOTE}; ${throughput.failures} failures; ` +
      `${throughput.unexpectedEscalations + reply.unexpectedEscalations} unexpected escalations)` +
      (throughput.storedEntriesBefore !== undefined ? `; timeline entries stored: ${throughput.storedEntriesBefore} before, ${throughput.storedEntriesAfter} after` : ''),
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
          .map((name) => [COMPONENT_LABELS[name], mb(memory.processes[name]?.rssBytes), mb(memory.baseline[name]?.rssBytes), mb(memory.processes[name]?.peakRssBytes)]),
      ]),
    );
  }
  if (Object.keys(throughput.cpuMsPerMessage).length > 0) {
    const names = (Object.keys(PROCESS_LABELS) as ProcessName[]).filter((name) => throughput.cpuMsPerMessage[name] !== undefined);
    lines.push(
      '',
      `CPU time per message (the floor's worker runs inside the bench process) and share of the ${report.machine.cores} cores under load:`,
      formatTable([
        ['process', 'per floor round trip', 'per message, one at a time', 'per message under load', 'share of cores under load'],
        ...names.map((name) => [
          PROCESS_LABELS[name],
          ms(floor.cpuMsPerRoundTrip[name]),
          ms(reply.cpuMsPerMessage[name]),
          ms(throughput.cpuMsPerMessage[name]),
          `${Math.round((throughput.cpuShare[name] ?? 0) * 100)}%`,
        ]),
        [
          'all',
          ms(sumOf(floor.cpuMsPerRoundTrip, names)),
          ms(sumOf(reply.cpuMsPerMessage, names)),
          ms(sumOf(throughput.cpuMsPerMessage, names)),
          `${Math.round(sumOf(throughput.cpuShare, names) * 100)}%`,
        ],
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
    'targets (issue 8):',
    formatTable([['target', 'measured', ''], ...targetsOf(report).map((row) => [row.target, row.measured, row.met ? 'met' : 'MISSED'])]),
  );
  lines.push('', `phases (s): ${Object.entries(report.phaseSeconds).map(([name, seconds]) => `${name} ${seconds}`).join(', ')}`);
  if (report.unexpectedExits.length > 0) lines.push('', 'processes that died during the run:', ...report.unexpectedExits.map((line) => `  ${line}`));
  return lines.join('\n');
}
