import { safeHref } from '../../shared/helpers/safe-url';
import type { Metrics } from '../hooks/use-metrics';
import { DashboardCard } from './DashboardCard';

/** The help articles the AI answered from most often. */
export function TopCitedArticles({ articles }: { articles: Metrics['topCitedArticles'] }) {
  return (
    <DashboardCard
      title="Top cited articles"
      hint="The help articles the AI answered from, most cited first."
      empty={articles.length === 0 ? 'The AI cited no articles in this range. Add help articles in the knowledge base so it can answer from them.' : null}
    >
      <ol className="ranked" aria-label="Top cited articles">
        {articles.map((article) => {
          const href = safeHref(article.url);
          return (
            <li key={article.url ?? article.title}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {article.title}
                </a>
              ) : (
                <span>{article.title}</span>
              )}
              <span className="count">
                {article.count} citation{article.count === 1 ? '' : 's'}
              </span>
            </li>
          );
        })}
      </ol>
    </DashboardCard>
  );
}
