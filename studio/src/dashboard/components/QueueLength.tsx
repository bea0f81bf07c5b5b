import type { Metrics } from '../hooks/use-metrics';
import { DashboardCard } from './DashboardCard';
import { QueueLengthChart } from './QueueLengthChart';

/** How many conversations waited for a person at once, over the range: when more agents were needed. */
export function QueueLength({ points }: { points: Metrics['queueLength'] }) {
  const daily = points.length > 1 && new Date(points[1]!.at).getTime() - new Date(points[0]!.at).getTime() >= 86_400_000;
  return (
    <DashboardCard
      title="Queue length"
      hint={`The most conversations waiting for a person at once in each ${daily ? 'day' : 'hour'} (UTC).`}
      empty={points.every((point) => point.waiting === 0) ? 'No conversation waited for a person in this range.' : null}
    >
      <QueueLengthChart points={points} daily={daily} />
    </DashboardCard>
  );
}
