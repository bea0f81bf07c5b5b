import type { DrillReport } from '../../bench/drill/drill-report';
import { formatTable, ms } from '../../bench/report/format-table';

export type ComparedRun = {
  label: string;
  /** Preparing Temporal's own store before the server first starts: PostgreSQL's initdb and start, the schemas; none for the dev server. */
  setupSeconds: number;
  stackUpSeconds: number;
  report: DrillReport;
};

/** The cluster and the dev server side by side, one column each, under the same drill. */
export function formatClusterComparison(runs: ComparedRun[]): string {
  const seconds = (value: number) => (Number.isNaN(value) ? 'never' : `${value.toFixed(1)} s`);
  const row = (what: string, pick: (run: ComparedRun) => string) => [what, ...runs.map(pick)];
  const faultNames = runs[0]?.report.faults.map((_, position) => position) ?? [];
  const faultLabel = (position: number) => runs[0]!.report.faults[position]!.component.replace(/ \d+$/, '');
  return formatTable([
    ['', ...runs.map((run) => run.label)],
    row("Temporal's store prepared (PostgreSQL, schemas)", (run) => (run.setupSeconds > 0 ? seconds(run.setupSeconds) : '-')),
    row('stack up (Temporal, FerretDB, Redis, 2 workers, 2 APIs)', (run) => seconds(run.stackUpSeconds)),
    row('customer messages/s between faults', (run) => `${run.report.steadyLoad.messagesPerSecond.toFixed(1)}/s`),
    row('AI reply p50 between faults', (run) => ms(run.report.steadyLoad.replyP50Ms)),
    row('AI reply p95 between faults', (run) => ms(run.report.steadyLoad.replyP95Ms)),
    ...faultNames.flatMap((position) => [
      row(`kill -9 ${faultLabel(position)}: restarted in`, (run) => seconds(run.report.faults[position]?.restartSeconds ?? NaN)),
      row(`kill -9 ${faultLabel(position)}: first answer after`, (run) => seconds(run.report.faults[position]?.recoverySeconds ?? NaN)),
      row(`kill -9 ${faultLabel(position)}: all customers answered`, (run) => seconds(run.report.faults[position]?.allCaughtUpSeconds ?? NaN)),
    ]),
    row('conversations checked', (run) => String(run.report.totals.conversations)),
    row('customer messages sent', (run) => String(run.report.totals.messagesSent)),
    row('lost', (run) => String(run.report.totals.lost)),
    row('duplicated', (run) => String(run.report.totals.duplicated)),
    row('unanswered', (run) => String(run.report.totals.unanswered)),
    row('not in the expected state', (run) => String(run.report.totals.wrongState)),
    row('widgets not caught up', (run) => String(run.report.totals.notCaughtUp)),
    row('passed', (run) => (run.report.passed ? 'yes' : 'NO')),
  ]);
}
