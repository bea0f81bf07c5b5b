import { triggerLabel } from '../helpers/metric-format';
import type { Metrics } from '../hooks/use-metrics';
import { BarList } from './BarList';
import { DashboardCard } from './DashboardCard';

/** Why conversations went to a person: escalations counted by the flow trigger that fired. */
export function EscalationsByTrigger({ escalations }: { escalations: Metrics['escalationsByTrigger'] }) {
  const sorted = [...escalations].sort((a, b) => b.count - a.count || a.trigger.localeCompare(b.trigger));
  return (
    <DashboardCard
      title="Escalations by trigger"
      hint="Which trigger of the escalation flow handed each conversation to a person. Tune them in the flow studio, and backtest the change first."
      empty={sorted.length === 0 ? 'No escalations in this range: the AI handled every conversation. Escalations show here with the trigger that fired.' : null}
    >
      <BarList label="Escalations by trigger" items={sorted.map((entry) => ({ key: entry.trigger, label: triggerLabel(entry.trigger), count: entry.count }))} />
    </DashboardCard>
  );
}
