import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxChangedSubscription, InboxFilter, InboxItemFragment } from '../../gql/graphql';
import { request, subscribe } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { InboxChangedSubscription as InboxChanged, InboxQuery } from '../api/operations';

export type InboxEvent = InboxChangedSubscription['inboxChanged'];

type InboxState = {
  items: InboxItemFragment[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error: string | null;
};

const PAGE_SIZE = 25;
const MAX_PAGE = 100;

/**
 * The shared inbox for a filter, kept live: every `inboxChanged` event patches the conversation
 * in place at once, then the list is re-read (coalesced) so order, counts and filters stay right.
 */
export function useInbox(filter: InboxFilter, onEvent: (event: InboxEvent) => void) {
  const [state, setState] = useState<InboxState>({ items: [], totalCount: 0, endCursor: null, hasNextPage: false, loading: true, error: null });
  const filterKey = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const generation = useRef(0);
  const loadedCount = useRef(PAGE_SIZE);
  const inFlight = useRef(false);
  const dirty = useRef(false);
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  const reload = useCallback(async () => {
    if (inFlight.current) {
      dirty.current = true;
      return;
    }
    inFlight.current = true;
    const mine = generation.current;
    try {
      do {
        dirty.current = false;
        const first = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, loadedCount.current));
        const { inbox } = await request(appApi, InboxQuery, { filter: filterRef.current, first });
        if (mine !== generation.current) return;
        setState({
          items: inbox.edges.map((edge) => edge.node),
          totalCount: inbox.totalCount,
          endCursor: inbox.pageInfo.endCursor ?? null,
          hasNextPage: inbox.pageInfo.hasNextPage,
          loading: false,
          error: null,
        });
      } while (dirty.current && mine === generation.current);
    } catch (error) {
      if (mine === generation.current) setState((current) => ({ ...current, loading: false, error: error instanceof Error ? error.message : String(error) }));
    } finally {
      inFlight.current = false;
      // The filter changed while this page was loading: load the new one.
      if (mine !== generation.current) void reload();
    }
  }, []);

  useEffect(() => {
    generation.current += 1;
    loadedCount.current = PAGE_SIZE;
    setState((current) => ({ ...current, loading: true }));
    if (!inFlight.current) void reload();
  }, [filterKey, reload]);

  useEffect(
    () =>
      subscribe(appApi, InboxChanged, () => ({}), {
        next: ({ inboxChanged }) => {
          setState((current) => ({
            ...current,
            items: current.items.map((item) => (item.id === inboxChanged.conversation.id ? inboxChanged.conversation : item)),
          }));
          onEventRef.current(inboxChanged);
          void reload();
        },
        // Catch up on whatever changed while the stream was down.
        connected: () => void reload(),
        failed: (error) => setState((current) => ({ ...current, error: error.message })),
      }),
    [reload],
  );

  const loadMore = useCallback(async () => {
    if (!state.hasNextPage || !state.endCursor) return;
    const mine = generation.current;
    try {
      const { inbox } = await request(appApi, InboxQuery, { filter: filterRef.current, first: PAGE_SIZE, after: state.endCursor });
      if (mine !== generation.current) return;
      setState((current) => {
        const known = new Set(current.items.map((item) => item.id));
        const items = [...current.items, ...inbox.edges.map((edge) => edge.node).filter((node) => !known.has(node.id))];
        loadedCount.current = items.length;
        return { ...current, items, endCursor: inbox.pageInfo.endCursor ?? null, hasNextPage: inbox.pageInfo.hasNextPage, totalCount: inbox.totalCount };
      });
    } catch (error) {
      setState((current) => ({ ...current, error: error instanceof Error ? error.message : String(error) }));
    }
  }, [state.hasNextPage, state.endCursor]);

  return { ...state, loadMore };
}
