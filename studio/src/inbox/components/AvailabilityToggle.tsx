import { AVAILABILITIES, AVAILABILITY_LABEL } from '../helpers/availability';
import { setMyAvailability, useTeamStatus } from '../hooks/team-status-store';

/** The signed-in agent's availability (Available / Away / Offline), in the page header. */
export function AvailabilityToggle() {
  const { mine } = useTeamStatus();
  return (
    <div className="availability-toggle" role="group" aria-label="Your availability" data-availability={mine ?? undefined}>
      {AVAILABILITIES.map((value) => (
        <button
          key={value}
          type="button"
          className={`availability-${value.toLowerCase()}`}
          aria-pressed={mine === value}
          onClick={() => mine !== value && void setMyAvailability(value)}
        >
          {AVAILABILITY_LABEL[value]}
        </button>
      ))}
    </div>
  );
}
