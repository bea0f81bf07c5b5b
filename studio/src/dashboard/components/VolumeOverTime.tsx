import { dailySeries } from '../helpers/time-range';
import type { LoadedMetrics } from '../hooks/use-metrics';
import { DailyVolumeChart } from './DailyVolumeChart';
import { DashboardCard } from './DashboardCard';

/** Volume and automation day by day over the chosen range. */
export function VolumeOverTime({ loaded }: { loaded: LoadedMetrics }) {
  return (
    <DashboardCard
      title="Volume and automation"
      hint="Conversations started per day, and how many of them the AI resolved with no person involved."
      className="volume-over-time"
    >
      <DailyVolumeChart days={dailySeries(loaded.range, loaded.metrics.daily)} />
    </DashboardCard>
  );
}
