import { formatDateTime } from '../../shared/helpers/time';
import type { RangeDays } from '../helpers/time-range';
import type { LoadedMetrics } from '../hooks/use-metrics';
import { RangePicker } from './RangePicker';

/** The dashboard's title, the range picker, and which conversations the figures on screen cover. */
export function DashboardHeader({
  days,
  onDaysChange,
  loaded,
  loading,
}: {
  days: RangeDays;
  onDaysChange: (days: RangeDays) => void;
  loaded: LoadedMetrics | null;
  loading: boolean;
}) {
  return (
    <header className="dash-head">
      <div>
        <h1>Dashboard</h1>
        <p className="muted" role="status">
          {loading ? 'Loading the figures…' : loaded ? `Conversations started ${formatDateTime(loaded.range.from)} – ${formatDateTime(loaded.range.to)}` : ''}
        </p>
      </div>
      <RangePicker days={days} onChange={onDaysChange} />
    </header>
  );
}
