import { useEffect, useState } from 'react';
import type { ArticleFormat, ArticleInput } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { ArticleQuery, DeleteArticleMutation, UpsertArticleMutation } from '../api/operations';

const EMPTY: ArticleInput = { title: '', url: '', tags: [], body: '', format: 'MARKDOWN' };

/** Add or edit one article (a new one may start with a title); the API re-chunks and re-indexes it on save. Deleting asks for a second click. */
export function ArticleEditor({
  id,
  draftTitle,
  notice,
  onSaved,
  onDeleted,
}: {
  id: string | null;
  draftTitle?: string | null;
  notice?: string | null;
  onSaved: (id: string, title: string) => void;
  onDeleted: () => void;
}) {
  const [article, setArticle] = useState<ArticleInput>(id ? EMPTY : { ...EMPTY, title: draftTitle ?? '' });
  const [tagsText, setTagsText] = useState('');
  const [loading, setLoading] = useState(!!id);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(notice ? { tone: 'ok', text: notice } : null);

  useEffect(() => {
    setConfirmDelete(false);
    if (!id) {
      setArticle({ ...EMPTY, title: draftTitle ?? '' });
      setTagsText('');
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    request(appApi, ArticleQuery, { id })
      .then(({ article: loaded }) => {
        if (!current) return;
        if (!loaded) return setMessage({ tone: 'error', text: 'This article no longer exists.' });
        setArticle({ id: loaded.id, title: loaded.title, url: loaded.url ?? '', tags: loaded.tags, body: loaded.body, format: loaded.format });
        setTagsText(loaded.tags.join(', '));
      })
      .catch((error: unknown) => current && setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) }))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [id, draftTitle]);

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const tags = tagsText
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean);
      const input: ArticleInput = { ...article, tags, url: article.url?.trim() || null, ...(id ? { id } : {}) };
      const { upsertArticle } = await request(appApi, UpsertArticleMutation, { input });
      setMessage({ tone: 'ok', text: `Saved “${upsertArticle.title}”. The AI answers from it now.` });
      onSaved(upsertArticle.id, upsertArticle.title);
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!id) return;
    setBusy(true);
    try {
      await request(appApi, DeleteArticleMutation, { id });
      onDeleted();
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof ApiError ? error.message : String(error) });
      setBusy(false);
    }
  };

  if (loading) return <p className="muted article-editor">Loading the article…</p>;
  return (
    <form
      className="article-editor"
      aria-label={id ? 'Edit article' : 'New article'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1>{id ? 'Edit article' : 'New article'}</h1>
      <label>
        Title
        <input required value={article.title} onChange={(event) => setArticle({ ...article, title: event.target.value })} />
      </label>
      <label>
        Public address (optional; the AI cites it)
        <input
          type="url"
          placeholder="https://help.example.com/articles/…"
          value={article.url ?? ''}
          onChange={(event) => setArticle({ ...article, url: event.target.value })}
        />
      </label>
      <label>
        Tags (comma-separated)
        <input value={tagsText} onChange={(event) => setTagsText(event.target.value)} />
      </label>
      <label>
        Format
        <select value={article.format ?? 'MARKDOWN'} onChange={(event) => setArticle({ ...article, format: event.target.value as ArticleFormat })}>
          <option value="MARKDOWN">Markdown</option>
          <option value="HTML">HTML</option>
          <option value="TEXT">Plain text</option>
        </select>
      </label>
      <label>
        Body
        <textarea required value={article.body} onChange={(event) => setArticle({ ...article, body: event.target.value })} />
      </label>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone}>
          {message.text}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {id ? 'Save changes' : 'Add article'}
        </button>
        {id &&
          (confirmDelete ? (
            <>
              <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
                Yes, delete it
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete
            </button>
          ))}
      </div>
    </form>
  );
}
