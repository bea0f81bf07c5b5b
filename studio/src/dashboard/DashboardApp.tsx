import { useState } from 'react';
import { useSession } from '../shared/session/use-session';
import { DashboardHeader } from './components/DashboardHeader';
import { AnswersRatedNotHelpful } from './components/AnswersRatedNotHelpful';
import { AssignmentCounts } from './components/AssignmentCounts';
import { AutomationConfirmed } from './components/AutomationConfirmed';
import { CustomerSatisfaction } from './components/CustomerSatisfaction';
import { EmptyDashboard } from './components/EmptyDashboard';
import { EscalationsByTrigger } from './components/EscalationsByTrigger';
import { HeadlineNumbers } from './components/HeadlineNumbers';
import { QueueLength } from './components/QueueLength';
import { TimeToClaimDistribution } from './components/TimeToClaimDistribution';
import { TopCitedArticles } from './components/TopCitedArticles';
import { UnansweredQuestions } from './components/UnansweredQuestions';
import { VolumeByTime } from './components/VolumeByTime';
import { VolumeOverTime } from './components/VolumeOverTime';
import type { RangeDays } from './helpers/time-range';
import { useMetrics } from './hooks/use-metrics';

/** The support dashboard: how much the AI resolves, where handoffs come from, how fast people step in, what the docs miss. */
export function DashboardApp() {
  const session = useSession();
  const [days, setDays] = useState<RangeDays>(30);
  const { loaded, loading, error } = useMetrics(days);

  return (
    <main className="dashboard" aria-busy={loading} data-loaded-days={loaded?.days}>
      <DashboardHeader days={days} onDaysChange={setDays} loaded={loaded} loading={loading} />
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {loaded &&
        (loaded.metrics.conversations === 0 ? (
          <EmptyDashboard days={loaded.days} />
        ) : (
          <>
            <HeadlineNumbers metrics={loaded.metrics} days={loaded.days} />
            <div className="dash-grid">
              <VolumeOverTime loaded={loaded} />
              <AutomationConfirmed metrics={loaded.metrics} />
              <CustomerSatisfaction csat={loaded.metrics.csat} />
              <EscalationsByTrigger escalations={loaded.metrics.escalationsByTrigger} />
              <TimeToClaimDistribution timeToClaim={loaded.metrics.timeToClaimSeconds} />
              <QueueLength points={loaded.metrics.queueLength} />
              <AssignmentCounts by="agent" counts={loaded.metrics.assignmentsByAgent} />
              <AssignmentCounts by="team" counts={loaded.metrics.assignmentsByTeam} />
              <VolumeByTime metrics={loaded.metrics} />
              <TopCitedArticles articles={loaded.metrics.topCitedArticles} />
              <UnansweredQuestions questions={loaded.metrics.unansweredQuestions} canDraft={session?.user.role === 'ADMIN'} />
              <AnswersRatedNotHelpful answers={loaded.metrics.answersRatedNotHelpful} />
            </div>
          </>
        ))}
    </main>
  );
}
