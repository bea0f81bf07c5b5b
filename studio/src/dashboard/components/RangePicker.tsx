import { RANGE_DAYS, type RangeDays } from '../helpers/time-range';

/** Last 7, 30 or 90 days: which conversations the dashboard counts. */
export function RangePicker({ days, onChange }: { days: RangeDays; onChange: (days: RangeDays) => void }) {
  return (
    <div className="range-picker" role="group" aria-label="Time range">
      {RANGE_DAYS.map((option) => (
        <button key={option} type="button" aria-pressed={option === days} onClick={() => onChange(option)}>
          Last {option} days
        </button>
      ))}
    </div>
  );
}
