import { formatShare } from '../helpers/metric-format';
import type { Metrics } from '../hooks/use-metrics';
import { ColumnChart } from './ColumnChart';
import { DashboardCard } from './DashboardCard';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** When customers write: conversations started per hour of day and per weekday, to plan who is on shift. */
export function VolumeByTime({ metrics }: { metrics: Metrics }) {
  const offHours =
    metrics.offHoursShare == null
      ? 'Set business hours for the workspace to see how much arrives outside them.'
      : `${formatShare(metrics.offHoursShare)} started outside business hours.`;
  return (
    <DashboardCard
      title="When customers write"
      hint={`Conversations started, in the workspace's business-hours time zone (UTC when none is set). ${offHours}`}
      className="volume-by-time"
    >
      <div className="two-charts">
        <div>
          <h3>By hour of day</h3>
          <ColumnChart
            label="Conversations by hour of day"
            slots={metrics.volumeByHour.map((count, hour) => ({ label: String(hour).padStart(2, '0'), count }))}
            labelEvery={3}
          />
        </div>
        <div>
          <h3>By weekday</h3>
          <ColumnChart
            label="Conversations by weekday"
            slots={metrics.volumeByWeekday.map((count, index) => ({ label: WEEKDAYS[index]!, count }))}
            width={240}
          />
        </div>
      </div>
    </DashboardCard>
  );
}
