import { useEffect, useRef, useState } from 'react';
import type { SavedReplyItemFragment } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { CreateSavedReplyMutation, DeleteSavedReplyMutation, SavedRepliesQuery, UpdateSavedReplyMutation } from '../api/assist-operations';

type Draft = { id: string | null; shortcut: string; title: string; text: string };
const EMPTY: Draft = { id: null, shortcut: '', title: '', text: '' };

const message = (caught: unknown) => (caught instanceof ApiError ? caught.message : String(caught));

/**
 * Admins' list of the workspace's saved replies, to add, change and remove them. The server checks
 * each one (a shortcut taken, an unknown {{variable}}) and its message is shown as it is.
 */
export function SavedRepliesDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [replies, setReplies] = useState<SavedReplyItemFragment[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () =>
    request(appApi, SavedRepliesQuery, {})
      .then(({ savedReplies }) => setReplies(savedReplies))
      .catch((caught: unknown) => setProblem(`Saved replies could not load: ${message(caught)}`));

  useEffect(() => {
    dialogRef.current?.showModal();
    void load();
  }, []);

  const work = async (what: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      setNotice(await what());
      await load();
    } catch (caught) {
      setProblem(message(caught));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    work(async () => {
      const input = { shortcut: draft.shortcut.trim(), title: draft.title.trim(), text: draft.text };
      if (draft.id) await request(appApi, UpdateSavedReplyMutation, { id: draft.id, input });
      else await request(appApi, CreateSavedReplyMutation, { input });
      setDraft(EMPTY);
      return `Saved /${input.shortcut}.`;
    });

  const remove = (reply: SavedReplyItemFragment) =>
    work(async () => {
      await request(appApi, DeleteSavedReplyMutation, { id: reply.id });
      if (draft.id === reply.id) setDraft(EMPTY);
      return `Deleted /${reply.shortcut}.`;
    });

  return (
    <dialog ref={dialogRef} className="saved-replies-dialog" aria-labelledby="saved-replies-title" onClose={onClose}>
      <header className="line">
        <h2 id="saved-replies-title">Saved replies</h2>
        <button type="button" className="close" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      <p className="muted">
        Agents insert these by typing / and the shortcut in the composer. The text may use {'{{customer.email}}'}, {'{{agent.name}}'} and {'{{workspace.name}}'}
        .
      </p>
      {replies.length === 0 ? (
        <p className="muted">No saved replies yet.</p>
      ) : (
        <ul className="saved-replies" aria-label="Saved replies of the workspace">
          {replies.map((reply) => (
            <li key={reply.id} data-shortcut={reply.shortcut}>
              <span className="shortcut">/{reply.shortcut}</span> <span className="title">{reply.title}</span>
              <span className="preview muted">{reply.text}</span>
              <span className="row">
                <button type="button" disabled={busy} aria-label={`Edit /${reply.shortcut}`} onClick={() => setDraft({ ...reply })}>
                  Edit
                </button>
                <button type="button" disabled={busy} aria-label={`Delete /${reply.shortcut}`} onClick={() => void remove(reply)}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="saved-reply-form"
        aria-label={draft.id ? 'Edit saved reply' : 'New saved reply'}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h3>{draft.id ? `Edit /${replies.find((reply) => reply.id === draft.id)?.shortcut ?? draft.shortcut}` : 'New saved reply'}</h3>
        <label htmlFor="saved-reply-shortcut">Shortcut</label>
        <input
          id="saved-reply-shortcut"
          value={draft.shortcut}
          required
          maxLength={40}
          onChange={(event) => setDraft({ ...draft, shortcut: event.target.value })}
        />
        <label htmlFor="saved-reply-title">Title</label>
        <input id="saved-reply-title" value={draft.title} required maxLength={120} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
        <label htmlFor="saved-reply-text">Text</label>
        <textarea
          id="saved-reply-text"
          value={draft.text}
          required
          maxLength={5000}
          rows={4}
          onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        />
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <p className="muted" role="status">
          {notice ?? ''}
        </p>
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {draft.id ? 'Save changes' : 'Add saved reply'}
          </button>
          {draft.id && (
            <button type="button" disabled={busy} onClick={() => setDraft(EMPTY)}>
              Cancel editing
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
