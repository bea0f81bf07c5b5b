import type { Metrics } from '../hooks/use-metrics';
import { BarList } from './BarList';
import { DashboardCard } from './DashboardCard';

/** How long escalated customers waited for an agent to claim them, bucketed. */
export function TimeToClaimDistribution({ timeToClaim }: { timeToClaim: Metrics['timeToClaimSeconds'] }) {
  return (
    <DashboardCard
      title="Time to claim"
      hint="From the escalation until an agent claimed the conversation."
      empty={
        timeToClaim.count === 0 ? 'No escalation was claimed in this range. When agents claim waiting conversations in the inbox, their waits show here.' : null
      }
    >
      <BarList label="Time to claim" items={timeToClaim.buckets.map((bucket) => ({ key: bucket.label, label: bucket.label, count: bucket.count }))} />
    </DashboardCard>
  );
}
