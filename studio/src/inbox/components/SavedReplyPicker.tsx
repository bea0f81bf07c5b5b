import type { SavedReplyItemFragment } from '../../gql/graphql';

export const SAVED_REPLY_LISTBOX_ID = 'saved-reply-options';
export const savedReplyOptionId = (id: string) => `saved-reply-${id}`;

/** The "/" picker under the composer: saved replies matching what follows the slash, the active one marked. */
export function SavedReplyPicker({
  matches,
  active,
  error,
  query,
  onPick,
  onHover,
}: {
  matches: SavedReplyItemFragment[];
  active: number;
  error: string | null;
  query: string;
  onPick: (reply: SavedReplyItemFragment) => void;
  onHover: (index: number) => void;
}) {
  return (
    <div className="saved-reply-picker">
      {matches.length > 0 && (
        <ul id={SAVED_REPLY_LISTBOX_ID} role="listbox" aria-label="Saved replies">
          {matches.map((reply, index) => (
            <li
              key={reply.id}
              id={savedReplyOptionId(reply.id)}
              role="option"
              aria-selected={index === active}
              data-shortcut={reply.shortcut}
              // mousedown, not click: the textarea keeps the focus (and its caret) while the reply goes in.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(reply);
              }}
              onMouseEnter={() => onHover(index)}
            >
              <span className="shortcut">/{reply.shortcut}</span> <span className="title">{reply.title}</span>
              <span className="preview">{reply.text}</span>
            </li>
          ))}
        </ul>
      )}
      {matches.length === 0 && (
        <p className="muted empty" role="status">
          {error ??
            (query
              ? `No saved reply matches “/${query}”. Keep typing to write it yourself, or press Escape.`
              : 'No saved replies yet. Admins add them with Saved replies in the inbox.')}
        </p>
      )}
      <p className="muted hint">↑ ↓ to choose · Enter or Tab to insert · Esc to close</p>
    </div>
  );
}
