import { useEffect, useRef } from 'react';

/** "Resolved · Undo": a short-lived notice with one way back; it goes by itself after `lastsMs`. */
export function UndoToast({ text, lastsMs, busy, onUndo, onGone }: { text: string; lastsMs: number; busy: boolean; onUndo: () => void; onGone: () => void }) {
  // The parent re-renders with new callbacks; the countdown starts once, when the toast appears.
  const gone = useRef(onGone);
  gone.current = onGone;
  useEffect(() => {
    const timer = setTimeout(() => gone.current(), lastsMs);
    return () => clearTimeout(timer);
  }, [lastsMs]);
  return (
    <div className="toast" role="status">
      {text} ·{' '}
      <button type="button" className="link" disabled={busy} onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
