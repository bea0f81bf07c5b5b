import type { Metrics } from '../hooks/use-metrics';
import { formatShare } from '../helpers/metric-format';
import { BarList } from './BarList';
import { DashboardCard } from './DashboardCard';

/**
 * How much of the automation customers confirmed: an automated conversation is confirmed when its
 * customer answered "Yes" to "Did that help?"; the rest ended without saying (they may have given up).
 */
export function AutomationConfirmed({ metrics }: { metrics: Pick<Metrics, 'automated' | 'confirmedAutomated'> }) {
  const { automated, confirmedAutomated: confirmed } = metrics;
  const unconfirmed = Math.max(0, automated - confirmed);
  return (
    <DashboardCard
      title="Automation confirmed by customers"
      hint={'Automated conversations whose customer answered "Yes" to "Did that help?", against those that ended without a word.'}
      empty={automated === 0 ? 'No conversation was automated in this range. When the AI resolves conversations on its own, they show here.' : null}
      className="automation-confirmed"
    >
      <p className="confirmed-figure" data-figure="confirmedAutomated">
        <strong>{confirmed}</strong> of {automated} confirmed ({formatShare(automated ? confirmed / automated : 0)})
      </p>
      <BarList
        label="Automation confirmed"
        items={[
          { key: 'confirmed', label: 'Confirmed ("Yes")', count: confirmed },
          { key: 'unconfirmed', label: 'Not confirmed', count: unconfirmed },
        ]}
      />
    </DashboardCard>
  );
}
