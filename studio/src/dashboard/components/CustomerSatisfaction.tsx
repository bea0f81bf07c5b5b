import { formatScore, formatShare } from '../helpers/metric-format';
import type { Metrics } from '../hooks/use-metrics';
import { DashboardCard } from './DashboardCard';

type Csat = Metrics['csat']['overall'];

const ratings = (count: number) => `${count} rating${count === 1 ? '' : 's'}`;

function CsatRow({ id, label, csat }: { id: string; label: string; csat: Csat }) {
  return (
    <tr data-csat={id}>
      <th scope="row">{label}</th>
      <td className="csat-average">{formatScore(csat.average)}</td>
      <td>{csat.satisfiedRate == null ? '—' : formatShare(csat.satisfiedRate)}</td>
      <td>{ratings(csat.count)}</td>
    </tr>
  );
}

/** The customers' 1-5 ratings after resolution: for the AI alone, when a person stepped in, and by agent. */
export function CustomerSatisfaction({ csat }: { csat: Metrics['csat'] }) {
  return (
    <DashboardCard
      title="Customer satisfaction (CSAT)"
      hint="Ratings from 1 to 5 customers gave once their conversation was resolved; satisfied means 4 or 5."
      empty={csat.overall.count === 0 ? 'No customer rated a resolved conversation in this range. The widget asks them once a conversation is resolved.' : null}
      className="csat"
    >
      <table className="csat-table" aria-label="Customer satisfaction" style={{ width: '100%', borderCollapse: 'collapse', textAlign: 'left', fontSize: 13 }}>
        <thead>
          <tr>
            <th scope="col">Conversations</th>
            <th scope="col">Average</th>
            <th scope="col">Satisfied</th>
            <th scope="col">Ratings</th>
          </tr>
        </thead>
        <tbody>
          <CsatRow id="overall" label="All" csat={csat.overall} />
          <CsatRow id="aiOnly" label="AI only" csat={csat.aiOnly} />
          <CsatRow id="handedOff" label="Handed off to a person" csat={csat.handedOff} />
          {csat.byAgent.map((agent) => (
            <CsatRow key={agent.label} id={`agent:${agent.label}`} label={`Agent: ${agent.label}`} csat={agent.csat} />
          ))}
        </tbody>
      </table>
    </DashboardCard>
  );
}
