import { conversationHref } from '../../shared/helpers/page-links';
import type { BacktestReport } from '../hooks/use-backtest';
import { VERDICT_LABEL, escalationLabel } from '../helpers/backtest';

const VERDICT_TONE: Record<BacktestReport['changed'][number]['verdict'], string> = {
  SAME: 'plain',
  EARLIER: 'warn',
  LATER: 'good',
  WOULD_NOT_ESCALATE: 'good',
  WOULD_ESCALATE: 'warn',
  DIFFERENT_TRIGGER: 'plain',
};

/** Every recorded conversation the draft decides differently, each opening in the inbox (in a new tab, so the draft stays). */
export function BacktestChanges({ changed }: { changed: BacktestReport['changed'] }) {
  if (changed.length === 0) return <p className="empty-state">The draft decides every one of these conversations as the flow did at the time.</p>;
  return (
    <table className="backtest-changes" aria-label="Changed conversations">
      <thead>
        <tr>
          <th scope="col">Conversation</th>
          <th scope="col">Draft</th>
          <th scope="col">What happened</th>
          <th scope="col">With the draft</th>
        </tr>
      </thead>
      <tbody>
        {changed.map((row) => (
          <tr key={row.conversationId} data-conversation-id={row.conversationId} data-verdict={row.verdict}>
            <td>
              <a href={conversationHref(row.conversationId)} target="_blank" rel="noopener">
                {row.conversationId}
              </a>
            </td>
            <td>
              <span className={`badge ${VERDICT_TONE[row.verdict]}`}>{VERDICT_LABEL[row.verdict]}</span>
              {row.estimated && (
                <>
                  {' '}
                  <span className="badge plain estimate" title="The draft went past what was recorded (an answer never attempted), so this row is an estimate.">
                    estimate
                  </span>
                </>
              )}
            </td>
            <td>{escalationLabel(row.actualTrigger, row.actualTurn)}</td>
            <td>{escalationLabel(row.draftTrigger, row.draftTurn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
