import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SavedReplyItemFragment } from '../../gql/graphql';
import { expandSavedReply, insertSavedReply, matchSavedReplies, slashQueryAt, type SavedReplyValues, type SlashQuery } from '../helpers/saved-reply-text';
import { useSavedReplies } from '../hooks/use-saved-replies';
import { SavedReplyPicker, SAVED_REPLY_LISTBOX_ID, savedReplyOptionId } from './SavedReplyPicker';
import { SuggestReplyButton } from './SuggestReplyButton';

type Mode = 'reply' | 'note';

/**
 * Reply to the customer (only the agent who holds the conversation) or leave an internal note (any agent).
 * Enter sends in the chosen mode and Shift+Enter breaks the line, as in the widget; "/" opens the saved
 * replies; "Suggest a reply" drafts one from the help centre into the box, never sending it.
 * `replyOwner` names whoever else holds it: their colleagues write notes, not replies.
 */
export function Composer({
  conversationId,
  canReply,
  replyOwner,
  busy,
  typingLine,
  savedReplyValues,
  onTyping,
  onReply,
  onNote,
}: {
  conversationId: string;
  canReply: boolean;
  replyOwner: string | null;
  busy: boolean;
  typingLine: string | null;
  savedReplyValues: SavedReplyValues;
  onTyping: () => void;
  onReply: (text: string) => Promise<boolean>;
  onNote: (text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<Mode>(canReply ? 'reply' : 'note');
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [active, setActive] = useState(0);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const saved = useSavedReplies();

  // Claiming the conversation makes replying the natural thing; losing it leaves notes.
  useEffect(() => setMode(canReply ? 'reply' : 'note'), [canReply]);
  useEffect(() => {
    const box = textareaRef.current;
    if (box && pendingCaret.current != null) {
      box.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [text]);

  const matches = slash ? matchSavedReplies(saved.replies, slash.query) : [];
  const picking = slash !== null;
  const effectiveMode: Mode = canReply ? mode : 'note';

  const send = async (how: Mode) => {
    if (!text.trim() || busy) return;
    if (how === 'reply' && !canReply) return;
    if (await (how === 'reply' ? onReply : onNote)(text.trim())) {
      setText('');
      setSlash(null);
    }
  };

  const follow = (value: string, caret: number) => {
    const next = slashQueryAt(value, caret);
    if (next && !slash) saved.refresh();
    if (next?.query !== slash?.query) setActive(0);
    setSlash(next);
  };

  const pick = (reply: SavedReplyItemFragment) => {
    if (!slash) return;
    const inserted = insertSavedReply(text, slash, expandSavedReply(reply.text, savedReplyValues));
    pendingCaret.current = inserted.caret;
    setText(inserted.text);
    setSlash(null);
    textareaRef.current?.focus();
  };

  const insertDraft = (draft: string) => {
    const next = text.trim() ? `${text.trimEnd()}\n\n${draft}` : draft;
    pendingCaret.current = next.length;
    setText(next);
    setSlash(null);
    textareaRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (picking) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setSlash(null);
        return;
      }
      if (matches.length > 0) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setActive((current) => (current + step + matches.length) % matches.length);
          return;
        }
        if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
          event.preventDefault();
          pick(matches[Math.min(active, matches.length - 1)]!);
          return;
        }
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send(effectiveMode);
    }
  };

  const whyNoReply = replyOwner
    ? `Only ${replyOwner} can reply; add a note or ask them to transfer.`
    : 'Only the agent who claimed the conversation can reply.';
  const activeOption = picking && matches.length > 0 ? savedReplyOptionId(matches[Math.min(active, matches.length - 1)]!.id) : undefined;
  return (
    <form
      className={`composer composer-${effectiveMode}`}
      aria-label="Reply"
      onSubmit={(event) => {
        event.preventDefault();
        void send('reply');
      }}
    >
      <p className="typing" aria-live="polite">
        {typingLine ?? ''}
      </p>
      <div className="composer-mode" role="group" aria-label="Enter sends">
        <button type="button" aria-pressed={effectiveMode === 'reply'} disabled={!canReply} onClick={() => setMode('reply')}>
          Reply
        </button>
        <button type="button" aria-pressed={effectiveMode === 'note'} onClick={() => setMode('note')}>
          Internal note
        </button>
        <SuggestReplyButton conversationId={conversationId} disabled={busy} onDraft={insertDraft} />
      </div>
      <label htmlFor="composer-text" className="visually-hidden">
        Message
      </label>
      <textarea
        id="composer-text"
        ref={textareaRef}
        aria-describedby="composer-hint"
        aria-controls={activeOption ? SAVED_REPLY_LISTBOX_ID : undefined}
        aria-activedescendant={activeOption}
        placeholder={
          effectiveMode === 'reply'
            ? 'Write a reply to the customer… (type / for saved replies)'
            : replyOwner
              ? `Write an internal note (${replyOwner} replies to the customer)…`
              : canReply
                ? 'Write an internal note for your colleagues…'
                : 'Write an internal note (claim the conversation to reply to the customer)…'
        }
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          follow(event.target.value, event.target.selectionStart);
          if (event.target.value) onTyping();
        }}
        onSelect={(event) => picking && follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setSlash(null)}
        onKeyDown={onKeyDown}
      />
      {picking && <SavedReplyPicker matches={matches} active={active} error={saved.error} query={slash.query} onPick={pick} onHover={setActive} />}
      <p id="composer-hint" className="composer-hint muted">
        {effectiveMode === 'reply' ? 'Enter sends the reply' : 'Enter adds the internal note'} · Shift+Enter for a new line · / for saved replies
      </p>
      <div className="buttons">
        <button type="submit" className="primary" disabled={!canReply || busy || !text.trim()}>
          Send reply
        </button>
        <button type="button" disabled={busy || !text.trim()} onClick={() => void send('note')}>
          Add internal note
        </button>
        {!canReply && <span className={`muted${replyOwner ? ' reply-owner' : ''}`}>{whyNoReply}</span>}
      </div>
    </form>
  );
}
