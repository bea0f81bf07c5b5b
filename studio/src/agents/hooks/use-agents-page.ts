import { useCallback, useEffect, useState } from 'react';
import type { AgentsPageQuery } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { AgentsPageQuery as AgentsPage } from '../api/operations';

export type AgentsPageData = AgentsPageQuery;

function message(caught: unknown): string {
  return caught instanceof ApiError ? caught.message : String(caught);
}

/**
 * The agents, teams and assignment settings, and `act`: runs one admin change, then reads the
 * page again (a change to teams shows in the agents' rows and the other way round). The server's
 * error (a CONFLICT, say) is shown as it says it; `done` is the confirmation to show on success.
 */
export function useAgentsPage() {
  const [data, setData] = useState<AgentsPageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await request(appApi, AgentsPage));
    } catch (caught) {
      setError(message(caught));
    }
  }, []);

  useEffect(() => void load(), [load]);

  const act = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
      setBusy(true);
      setError(null);
      setConfirmation(null);
      try {
        await work();
        setConfirmation(done);
        return true;
      } catch (caught) {
        setError(message(caught));
        return false;
      } finally {
        // Not busy while reading back: the controls the new data shows (a new team's boxes) work at once.
        setBusy(false);
        await load();
      }
    },
    [load],
  );

  return { data, error, confirmation, busy, act, showError: setError };
}
