import type { BacktestReport } from '../hooks/use-backtest';
import { AUTOMATED_DEFINITION } from '../../../../machines/support-measures';
import { triggerChanges } from '../helpers/backtest';

const share = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** The draft's effect in totals: projected automation rate and escalations per trigger, before → after. */
export function BacktestTotals({ report }: { report: BacktestReport }) {
  const triggers = triggerChanges(report.before.escalationsByTrigger, report.after.escalationsByTrigger);
  return (
    <div className="backtest-totals">
      <p
        className="automation"
        title={`Share of the replayed conversations ${AUTOMATED_DEFINITION}, as on the dashboard; after: an estimate for conversations the draft no longer escalates`}
      >
        Automation <strong>{share(report.before.automationRate)}</strong> → <strong>{share(report.after.automationRate)}</strong>
        <span className="muted"> ({AUTOMATED_DEFINITION})</span>
      </p>
      <table aria-label="Escalations per trigger">
        <thead>
          <tr>
            <th scope="col">Trigger</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {triggers.map((row) => (
            <tr key={row.trigger} data-trigger={row.trigger} className={row.before === row.after ? undefined : 'changed'}>
              <th scope="row">{row.trigger.replace(/_/g, ' ')}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
            </tr>
          ))}
          {triggers.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                No escalations, before or after.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
