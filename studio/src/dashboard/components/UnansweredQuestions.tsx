import { draftArticleHref } from '../../shared/helpers/page-links';
import { formatDateTime } from '../../shared/helpers/time';
import { truncateText } from '../helpers/metric-format';
import type { Metrics } from '../hooks/use-metrics';
import { DashboardCard } from './DashboardCard';

/** What customers asked that the help centre could not answer, each a start for a new article (admins write them). */
export function UnansweredQuestions({ questions, canDraft }: { questions: Metrics['unansweredQuestions']; canDraft: boolean }) {
  return (
    <DashboardCard
      title="Unanswered questions"
      hint={
        canDraft
          ? 'The AI found no answer in the help centre. Draft an article for each, and it answers them next time.'
          : 'The AI found no answer in the help centre. An admin can turn each into a help article.'
      }
      empty={
        questions.length === 0 ? 'Nothing went unanswered in this range. Questions the help centre cannot answer show here, ready to become articles.' : null
      }
      className="unanswered"
    >
      <ul className="questions" aria-label="Unanswered questions">
        {questions.map((question) => (
          <li key={question.text}>
            <div>
              <p className="question" title={question.text}>
                {truncateText(question.text)}
              </p>
              <span className="muted">
                asked {question.count} time{question.count === 1 ? '' : 's'} · last {formatDateTime(question.lastAskedAt)}
              </span>
            </div>
            {canDraft && (
              <a className="button" href={draftArticleHref(question.text)} aria-label={`Draft an article: ${truncateText(question.text)}`}>
                Draft an article
              </a>
            )}
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
