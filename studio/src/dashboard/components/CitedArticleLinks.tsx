import { safeHref } from '../../shared/helpers/safe-url';

/** The help articles an answer cited, as links where they have a safe address. */
export function CitedArticleLinks({ citations }: { citations: { title: string; url?: string | null }[] }) {
  if (citations.length === 0) return <span className="muted">cited no article</span>;
  return (
    <span className="muted">
      cited{' '}
      {citations.map((citation, index) => {
        const href = safeHref(citation.url ?? null);
        return (
          <span key={`${citation.url ?? ''}|${citation.title}`}>
            {index > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                {citation.title}
              </a>
            ) : (
              citation.title
            )}
          </span>
        );
      })}
    </span>
  );
}
