import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummaryFragment } from '../gql/graphql';
import { request } from '../shared/api/graphql-transport';
import { draftTitleFrom } from '../shared/helpers/page-links';
import { formatDateTime } from '../shared/helpers/time';
import { appApi } from '../shared/session/session-store';
import { ArticlesQuery } from './api/operations';
import { ArticleEditor } from './components/ArticleEditor';
import { UploadArticles } from './components/UploadArticles';

const DRAFT_NOTICE = 'Customers asked this and the help centre had no answer. Write the answer in the body, then add the article.';

/** The help centre the AI answers from: list, search, add, edit, delete and upload articles. */
export function KnowledgeApp() {
  // A new article the address asks for (the dashboard's "Draft an article"), until the admin moves on.
  const [draftTitle, setDraftTitle] = useState(() => draftTitleFrom(window.location.search));
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [articles, setArticles] = useState<ArticleSummaryFragment[]>([]);
  const [totalCount, setTotalCount] = useState(0);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | 'new' | null>(draftTitle ? 'new' : null);
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string | null>(draftTitle ? DRAFT_NOTICE : null);

  useEffect(() => {
    // Taken: tidy the address, so a reload or a bookmark does not start the same draft again.
    if (draftTitle) window.history.replaceState(null, '', window.location.pathname);
  }, [draftTitle]);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const load = useCallback(
    async (after: string | null) => {
      const { articles: page } = await request(appApi, ArticlesQuery, { search: query || null, first: 50, after });
      const nodes = page.edges.map((edge) => edge.node);
      setArticles((current) => (after ? [...current, ...nodes] : nodes));
      setTotalCount(page.totalCount);
      setEndCursor(page.pageInfo.endCursor ?? null);
      setHasNextPage(page.pageInfo.hasNextPage);
      setError(null);
    },
    [query],
  );

  useEffect(() => {
    load(null).catch((caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)));
  }, [load, reloads]);
  const reload = () => setReloads((count) => count + 1);

  return (
    <main className="knowledge">
      <aside className="knowledge-side" aria-label="Articles">
        <div className="knowledge-tools">
          <input type="search" aria-label="Search articles" placeholder="Search articles…" value={search} onChange={(event) => setSearch(event.target.value)} />
          <button
            type="button"
            className="primary"
            onClick={() => {
              setNotice(null);
              setDraftTitle(null);
              setSelected('new');
            }}
          >
            New article
          </button>
          <UploadArticles onUploaded={reload} />
        </div>
        <div className="list-head" role="status">
          {totalCount} article{totalCount === 1 ? '' : 's'}
          {query ? ` matching “${query}”` : ''}
        </div>
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        <ul className="article-list" aria-label="Article list">
          {articles.map((article) => (
            <li key={article.id}>
              <button
                type="button"
                aria-current={selected === article.id ? 'true' : undefined}
                onClick={() => {
                  setNotice(null);
                  setDraftTitle(null);
                  setSelected(article.id);
                }}
              >
                <strong>{article.title}</strong>
                <span className="meta muted">{[...article.tags.map((tag) => `#${tag}`), `updated ${formatDateTime(article.updatedAt)}`].join(' · ')}</span>
              </button>
            </li>
          ))}
          {hasNextPage && (
            <li>
              <button type="button" onClick={() => void load(endCursor)}>
                Load more
              </button>
            </li>
          )}
        </ul>
      </aside>
      {selected ? (
        <ArticleEditor
          key={selected}
          id={selected === 'new' ? null : selected}
          draftTitle={selected === 'new' ? draftTitle : null}
          notice={notice}
          onSaved={(id, title) => {
            setDraftTitle(null);
            setNotice(`Saved “${title}”. The AI answers from it now.`);
            setSelected(id);
            reload();
          }}
          onDeleted={() => {
            setNotice('Article deleted.');
            setSelected(null);
            reload();
          }}
        />
      ) : (
        <div className="thread-empty" role="status">
          {notice ? `${notice} ` : ''}Pick an article, add one, or upload Markdown files.
        </div>
      )}
    </main>
  );
}
