import type { Metrics } from '../hooks/use-metrics';
import { formatSeconds, formatShare } from '../helpers/metric-format';
import { AUTOMATED_DEFINITION } from '../../../../machines/support-measures';
import { StatCard } from './StatCard';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The figures a support lead looks at first: volume, how much the AI resolves, how fast people step in. */
export function HeadlineNumbers({ metrics, days }: { metrics: Metrics; days: number }) {
  const { aiFirstResponseSeconds: aiFirst, timeToClaimSeconds: toClaim, resolutionSeconds: resolution, timeToAssignmentSeconds: toAssignment } = metrics;
  return (
    <dl className="headline" aria-label="Headline numbers">
      <StatCard id="conversations" label="Conversations" value={String(metrics.conversations)} detail={`started in the last ${days} days`} />
      <StatCard
        id="automationRate"
        label="Automation rate"
        value={formatShare(metrics.automationRate)}
        detail={`${plural(metrics.automated, 'conversation')} ${AUTOMATED_DEFINITION}`}
      />
      <StatCard
        id="escalationRate"
        label="Escalation rate"
        value={formatShare(metrics.escalationRate)}
        detail={`${plural(metrics.escalated, 'conversation')} handed to a person`}
      />
      <StatCard
        id="aiFirstResponse"
        label="AI first response (p50)"
        value={formatSeconds(aiFirst.p50)}
        detail={aiFirst.count ? `p90 ${formatSeconds(aiFirst.p90)} · ${plural(aiFirst.count, 'answer')}` : 'no AI answers yet'}
      />
      {/* One figure a card, p90 in the detail: two long durations side by side wrapped in a headline card. */}
      <StatCard
        id="timeToClaim"
        label="Time to claim (p50)"
        value={formatSeconds(toClaim.p50)}
        detail={toClaim.count ? `p90 ${formatSeconds(toClaim.p90)} · escalation to an agent, ${plural(toClaim.count, 'claim')}` : 'no escalation claimed yet'}
      />
      <StatCard
        id="timeToAssignment"
        label="Time to assignment (p50)"
        value={formatSeconds(toAssignment.p50)}
        detail={
          toAssignment.count
            ? `p90 ${formatSeconds(toAssignment.p90)} · waiting to an agent holding it, ${plural(toAssignment.count, 'assignment')}`
            : 'no conversation assigned yet'
        }
      />
      <StatCard
        id="resolution"
        label="Resolution (p50)"
        value={formatSeconds(resolution.p50)}
        detail={resolution.count ? `p90 ${formatSeconds(resolution.p90)} · ${plural(resolution.count, 'resolution')}` : 'none resolved yet'}
      />
    </dl>
  );
}
