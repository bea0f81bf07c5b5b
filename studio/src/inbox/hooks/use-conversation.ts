import { useCallback, useEffect, useState } from 'react';
import type { ThreadFragment } from '../../gql/graphql';
import { ApiError, request, subscribe } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { ConversationQuery, ConversationUpdatedSubscription, EarlierEntriesQuery } from '../api/operations';
import { prependEntries, TIMELINE_PAGE, withEarlierEntries } from '../helpers/thread-pages';

/** One conversation, whole and live (`conversationUpdated`), for the thread view. The API sends the newest timeline page; older pages are fetched once. */
export function useConversation(id: string | null) {
  const [conversation, setConversation] = useState<ThreadFragment | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setConversation(null);
    setError(null);
    if (!id) return;
    let current = true;
    const showError = (caught: unknown) => current && setError(caught instanceof ApiError ? caught.message : String(caught));
    const load = () =>
      request(appApi, ConversationQuery, { id })
        .then(({ conversation: loaded }) => {
          if (!current) return;
          if (!loaded) return setError('This conversation does not exist or is not in your workspace.');
          setConversation((shown) => withEarlierEntries(shown, loaded));
          if (loaded.timeline.length >= TIMELINE_PAGE) loadEarlier(loaded.timeline[0]!.id).catch(showError);
        })
        .catch(showError);
    const loadEarlier = async (before: string): Promise<void> => {
      const { conversation: older } = await request(appApi, EarlierEntriesQuery, { id, before });
      if (!current || !older) return;
      setConversation((shown) => (shown && shown.id === older.id ? prependEntries(shown, older.timeline) : shown));
      if (older.timeline.length >= TIMELINE_PAGE) await loadEarlier(older.timeline[0]!.id);
    };
    const close = subscribe(appApi, ConversationUpdatedSubscription, () => ({ id }), {
      next: ({ conversationUpdated }) => current && setConversation((shown) => withEarlierEntries(shown, conversationUpdated)),
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
    setConversation((current) => (current && current.id !== next.id ? current : withEarlierEntries(current, next)));
  }, []);

  return { conversation, error, replace };
}
