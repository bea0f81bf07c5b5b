import { formatTable } from '../report/format-table';
import type { MachineInfo } from '../report/machine-info';
import type { FaultRecovery } from './inject-fault';

export type DrillReport = {
  kind: 'baton-drill';
  mode: 'short' | 'full';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  customers: number;
  /** Throughput and reply times between the faults. */
  steadyLoad: { seconds: number; messagesPerSecond: number; replies: number; replyP50Ms: number; replyP95Ms: number };
  faults: FaultRecovery[];
  totals: {
    conversations: number;
    messagesSent: number;
    repliesReceived: number;
    lost: number;
    duplicated: number;
    unanswered: number;
    wrongState: number;
    notCaughtUp: number;
    /** Customers subscribed when the API was killed whose subscription did not reopen. */
    notReconnected: number;
    sendRetries: number;
    reconnects: number;
    /** Streams replaced because a reply was overdue (each one catches up). */
    resyncs: number;
    /** Entries that reached a widget by catch-up (timeline(since:)) rather than live. */
    caughtUpEntries: number;
  };
  /** Customers whose loop failed (a send or a reply that never came within minutes). */
  customerFailures: string[];
  problems: { conversationId: string; problems: string[] }[];
  unexpectedExits: string[];
  passed: boolean;
};

export function formatDrillReport(report: DrillReport): string {
  const { totals } = report;
  const seconds = (value: number) => (Number.isNaN(value) ? 'never' : `${value.toFixed(1)} s`);
  const lines = [
    `Baton fault drill (${report.mode}) · ${report.customers} customers under load · ${report.machine.cores} cores, load average ${report.machine.loadAverage1m} at start`,
    `between faults: ${report.steadyLoad.messagesPerSecond.toFixed(1)} customer messages/s over ${report.steadyLoad.seconds.toFixed(0)} s, ` +
      `AI reply p50 ${report.steadyLoad.replyP50Ms.toFixed(0)} ms, p95 ${report.steadyLoad.replyP95Ms.toFixed(0)} ms`,
    '',
    formatTable([
      ['kill -9', 'restarted in', 'first answer after kill', 'all customers answered', 'reconnects', 'send retries'],
      ...report.faults.map((fault) => [
        fault.component,
        seconds(fault.restartSeconds),
        seconds(fault.recoverySeconds),
        seconds(fault.allCaughtUpSeconds),
        String(fault.reconnects),
        String(fault.sendRetries),
      ]),
    ]),
    '',
    formatTable([
      ['check', 'result'],
      ['conversations compared with their stored timeline', String(totals.conversations)],
      ['customer messages sent (all confirmed)', String(totals.messagesSent)],
      ['AI replies received by the widgets', String(totals.repliesReceived)],
      ['messages lost', String(totals.lost)],
      ['messages or replies duplicated', String(totals.duplicated)],
      ['questions left without a reply', String(totals.unanswered)],
      ['conversations not in the expected state', String(totals.wrongState)],
      ['widgets not caught up with the stored timeline', String(totals.notCaughtUp)],
      ['widgets that did not reconnect after the API restart', String(totals.notReconnected)],
      ['entries that reached widgets by catch-up', String(totals.caughtUpEntries)],
      ['streams replaced because a reply was overdue', String(totals.resyncs)],
    ]),
  ];
  const unrecovered = report.faults.flatMap((fault) => fault.notRecovered.map((what) => `${fault.component}: ${what}`));
  if (unrecovered.length > 0) lines.push('', "not recovered within the drill's patience:", ...unrecovered.map((line) => `  ${line}`));
  if (report.customerFailures.length > 0) lines.push('', 'customers that gave up:', ...report.customerFailures.map((line) => `  ${line}`));
  if (report.problems.length > 0) {
    lines.push('', 'problems:', ...report.problems.slice(0, 20).map((entry) => `  ${entry.conversationId}: ${entry.problems.join('; ')}`));
  }
  if (report.unexpectedExits.length > 0) lines.push('', 'processes that died on their own:', ...report.unexpectedExits.map((line) => `  ${line}`));
  lines.push('', report.passed ? 'drill passed: nothing lost, nothing duplicated, every conversation where it should be.' : 'drill FAILED (see above).');
  return lines.join('\n');
}
