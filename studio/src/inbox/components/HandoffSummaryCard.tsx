import type { ThreadFragment } from '../../gql/graphql';
import { formatTime } from '../../shared/helpers/time';

/** What the agent needs to know, at the point where the AI handed the conversation over. */
export function HandoffSummaryCard({ escalation }: { escalation: NonNullable<ThreadFragment['escalation']> }) {
  return (
    <li className="handoff-card" aria-label="Handoff summary" data-reason={escalation.reason}>
      <h3>
        Handed to a person: <span className="reason">{escalation.reasonText}</span>
      </h3>
      <span className="muted">
        by the flow step “<span className="escalation-step">{escalation.triggerLabel}</span>” at{' '}
        <time dateTime={escalation.at}>{formatTime(escalation.at)}</time>
      </span>
      <p>{escalation.summary ?? 'The AI is writing a summary for you…'}</p>
    </li>
  );
}
