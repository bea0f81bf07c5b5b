import { useCallback, useEffect, useState } from 'react';
import type { ThreadFragment } from '../../gql/graphql';
import { ApiError, request, subscribe } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { ConversationQuery, ConversationUpdatedSubscription } from '../api/operations';

/** One conversation, whole and live (`conversationUpdated`), for the thread view. */
export function useConversation(id: string | null) {
  const [conversation, setConversation] = useState<ThreadFragment | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setConversation(null);
    setError(null);
    if (!id) return;
    let current = true;
    const load = () =>
      request(appApi, ConversationQuery, { id })
        .then(({ conversation: loaded }) => {
          if (!current) return;
          if (loaded) setConversation(loaded);
          else setError('This conversation does not exist or is not in your workspace.');
        })
        .catch((caught: unknown) => current && setError(caught instanceof ApiError ? caught.message : String(caught)));
    const close = subscribe(appApi, ConversationUpdatedSubscription, () => ({ id }), {
      next: ({ conversationUpdated }) => current && setConversation(conversationUpdated),
      connected: () => void load(),
      failed: (caught) => current && setError(caught.message),
    });
    return () => {
      current = false;
      close();
    };
  }, [id]);

  /** A mutation's answer is the newest conversation: show it without waiting for the event. */
  const replace = useCallback((next: ThreadFragment) => {
    setConversation((current) => (current && current.id !== next.id ? current : next));
  }, []);

  return { conversation, error, replace };
}
