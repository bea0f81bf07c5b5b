import { useState } from 'react';

/** Reply to the customer (only the agent who holds the conversation) or leave an internal note (any agent). */
export function Composer({
  canReply,
  busy,
  onReply,
  onNote,
}: {
  canReply: boolean;
  busy: boolean;
  onReply: (text: string) => Promise<boolean>;
  onNote: (text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const send = async (how: (text: string) => Promise<boolean>) => {
    if (!text.trim()) return;
    if (await how(text.trim())) setText('');
  };
  return (
    <form
      className="composer"
      aria-label="Reply"
      onSubmit={(event) => {
        event.preventDefault();
        if (canReply) void send(onReply);
      }}
    >
      <label htmlFor="composer-text" className="visually-hidden">
        Message
      </label>
      <textarea
        id="composer-text"
        placeholder={
          canReply ? 'Write a reply to the customer, or an internal note…' : 'Write an internal note (claim the conversation to reply to the customer)…'
        }
        value={text}
        onChange={(event) => setText(event.target.value)}
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
        {!canReply && <span className="muted">Only the agent who claimed the conversation can reply.</span>}
      </div>
    </form>
  );
}
