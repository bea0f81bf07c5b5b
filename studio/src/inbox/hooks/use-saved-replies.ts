import { useCallback, useRef, useState } from 'react';
import type { SavedReplyItemFragment } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { SavedRepliesQuery } from '../api/assist-operations';

/**
 * The workspace's saved replies for the composer's "/" picker: read when the picker opens (so an admin's
 * edit shows up without a reload), filtered in the page as the agent types.
 */
export function useSavedReplies() {
  const [replies, setReplies] = useState<SavedReplyItemFragment[]>([]);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);

  const refresh = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    request(appApi, SavedRepliesQuery, {})
      .then(({ savedReplies }) => {
        setReplies(savedReplies);
        setError(null);
      })
      .catch((caught: unknown) => setError(`Saved replies could not load: ${caught instanceof ApiError ? caught.message : String(caught)}`))
      .finally(() => {
        loading.current = false;
      });
  }, []);

  return { replies, error, refresh };
}
