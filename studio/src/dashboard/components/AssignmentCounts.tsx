import type { Metrics } from '../hooks/use-metrics';
import { BarList } from './BarList';
import { DashboardCard } from './DashboardCard';

type Counts = Metrics['assignmentsByAgent'];

/**
 * Who was given conversations (claimed, or assigned by automatic assignment) and, beneath, whose
 * went back to the queue because the agent did not answer: by agent or by team.
 */
export function AssignmentCounts({ by, counts }: { by: 'agent' | 'team'; counts: Counts }) {
  const requeued = counts.filter((count) => count.requeues > 0).sort((a, b) => b.requeues - a.requeues || a.label.localeCompare(b.label));
  const title = by === 'agent' ? 'Assignments by agent' : 'Assignments by team';
  return (
    <DashboardCard
      title={title}
      hint={
        by === 'agent'
          ? 'Conversations each agent claimed or was assigned, and how many went back to the queue because they did not answer.'
          : 'Conversations given to an agent, by the team the flow routed them to, and how many went back to the queue unanswered.'
      }
      empty={
        counts.length === 0
          ? 'No conversation was given to an agent in this range. Claims from the inbox, and automatic assignment once an admin turns it on, show here.'
          : null
      }
    >
      <BarList
        label={title}
        items={counts.filter((count) => count.assignments > 0).map((count) => ({ key: count.label, label: count.label, count: count.assignments }))}
      />
      {requeued.length > 0 && (
        <>
          <h3>Went back to the queue unanswered</h3>
          <BarList
            label={by === 'agent' ? 'Requeues by agent' : 'Requeues by team'}
            items={requeued.map((count) => ({ key: count.label, label: count.label, count: count.requeues }))}
          />
        </>
      )}
    </DashboardCard>
  );
}
