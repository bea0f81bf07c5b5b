import type { BacktestState } from '../hooks/use-backtest';
import { BACKTEST_DAYS, BACKTEST_LIMIT } from '../helpers/backtest';
import { BacktestChanges } from './BacktestChanges';
import { BacktestTotals } from './BacktestTotals';

/** What the draft would have decided on past conversations: the totals and each changed conversation. Read-only. */
export function BacktestPanel({ backtest, logicKey, onClose }: { backtest: BacktestState; logicKey: string; onClose: () => void }) {
  const { report, running, error, ranFor } = backtest;
  return (
    <section className="backtest-panel" aria-labelledby="backtest-title" aria-busy={running}>
      <header className="row">
        <h2 id="backtest-title">Backtest</h2>
        <p className="hint">
          This draft replayed over the last {BACKTEST_DAYS} days (up to {BACKTEST_LIMIT.toLocaleString('en')} conversations), with the analyses and answer
          confidences recorded at the time. Nothing is saved or published.
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {running && <p role="status">Replaying past conversations…</p>}
      {report && !running && (
        <>
          <p role="status" className="backtest-summary">
            {report.conversations} conversation{report.conversations === 1 ? '' : 's'} replayed in {report.durationMs} ms: {report.changed.length} would go
            differently.
            {ranFor !== logicKey && ' The flow has changed since: run the backtest again to see your latest edits.'}
          </p>
          {report.conversations === 0 ? (
            <p className="empty-state">
              No conversations in the last {BACKTEST_DAYS} days to replay. The backtest has something to show once customers have written.
            </p>
          ) : (
            <div className="backtest-body">
              <BacktestTotals report={report} />
              <BacktestChanges changed={report.changed} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
