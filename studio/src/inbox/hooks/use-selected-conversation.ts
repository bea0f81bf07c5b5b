import { useCallback, useEffect, useState } from 'react';

function fromHash(): string | null {
  const match = /^#c=(.+)$/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The open conversation, kept in the URL (#c=<id>) so a reload or a shared link opens it again. */
export function useSelectedConversation(): [string | null, (id: string | null) => void] {
  const [selected, setSelected] = useState<string | null>(fromHash);
  useEffect(() => {
    const follow = () => setSelected(fromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const select = useCallback((id: string | null) => {
    window.location.hash = id ? `c=${encodeURIComponent(id)}` : '';
  }, []);
  return [selected, select];
}
