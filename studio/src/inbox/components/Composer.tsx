import { useState } from 'react';

/**
 * Reply to the customer (only the agent who holds the conversation) or leave an internal note (any agent).
 * `replyOwner` names whoever else holds it: their colleagues write notes, not replies.
 */
export function Composer({
  canReply,
  replyOwner,
  busy,
  typingLine,
  onTyping,
  onReply,
  onNote,
}: {
  canReply: boolean;
  replyOwner: string | null;
  busy: boolean;
  typingLine: string | null;
  onTyping: () => void;
  onReply: (text: string) => Promise<boolean>;
  onNote: (text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const send = async (how: (text: string) => Promise<boolean>) => {
    if (!text.trim()) return;
    if (await how(text.trim())) setText('');
  };
  const whyNoReply = replyOwner
    ? `Only ${replyOwner} can reply; add a note or ask them to transfer.`
    : 'Only the agent who claimed the conversation can reply.';
  return (
    <form
      className="composer"
      aria-label="Reply"
      onSubmit={(event) => {
        event.preventDefault();
        if (canReply) void send(onReply);
      }}
    >
      <p className="typing" aria-live="polite">
        {typingLine ?? ''}
      </p>
      <label htmlFor="composer-text" className="visually-hidden">
        Message
      </label>
      <textarea
        id="composer-text"
        placeholder={
          canReply
            ? 'Write a reply to the customer, or an internal note…'
            : replyOwner
              ? `Write an internal note (${replyOwner} replies to the customer)…`
              : 'Write an internal note (claim the conversation to reply to the customer)…'
        }
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value) onTyping();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            if (canReply) void send(onReply);
          }
        }}
      />
      <div className="buttons">
        <button type="submit" className="primary" disabled={!canReply || busy || !text.trim()}>
          Send reply
        </button>
        <button type="button" disabled={busy || !text.trim()} onClick={() => void send(onNote)}>
          Add internal note
        </button>
        {!canReply && <span className={`muted${replyOwner ? ' reply-owner' : ''}`}>{whyNoReply}</span>}
      </div>
    </form>
  );
}
