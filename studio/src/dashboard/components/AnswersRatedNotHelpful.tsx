import { formatDateTime } from '../../shared/helpers/time';
import { truncateText } from '../helpers/metric-format';
import type { Metrics } from '../hooks/use-metrics';
import { CitedArticleLinks } from './CitedArticleLinks';
import { DashboardCard } from './DashboardCard';

const times = (count: number) => `${count} time${count === 1 ? '' : 's'}`;

/** AI answers customers said did not help, with the articles they came from: the articles to fix first. */
export function AnswersRatedNotHelpful({ answers }: { answers: Metrics['answersRatedNotHelpful'] }) {
  return (
    <DashboardCard
      title="Answers rated not helpful"
      hint={'AI answers customers rated "No", most often first, with the articles they cited. Fixing those articles fixes the answers.'}
      empty={answers.length === 0 ? 'No answer was rated "No" in this range. When customers say an answer did not help, it shows here.' : null}
      className="unanswered rated-answers"
    >
      <ul className="questions" aria-label="Answers rated not helpful">
        {answers.map((answer) => (
          <li key={answer.answer}>
            <div>
              <p className="question" title={answer.answer}>
                {truncateText(answer.answer)}
              </p>
              <span className="muted">
                rated No {times(answer.notHelpful)}
                {answer.helpful > 0 && `, Yes ${times(answer.helpful)}`} · last {formatDateTime(answer.lastRatedAt)}
              </span>
              <br />
              <CitedArticleLinks citations={answer.citations} />
            </div>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
