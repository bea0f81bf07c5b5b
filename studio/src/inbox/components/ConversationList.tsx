import { useState, type KeyboardEvent } from 'react';
import type { InboxItemFragment } from '../../gql/graphql';
import { nextFocusIndex } from '../helpers/roving-focus';
import { useNow } from '../hooks/use-now';
import { ConversationListItem } from './ConversationListItem';

/**
 * The inbox list. One item takes the Tab stop (the focused one, else the open one, else the first);
 * ArrowUp/ArrowDown, Home and End move between items, and Enter opens the focused one.
 */
export function ConversationList({
  items,
  totalCount,
  loading,
  hasNextPage,
  selectedId,
  me,
  onSelect,
  onLoadMore,
}: {
  items: InboxItemFragment[];
  totalCount: number;
  loading: boolean;
  hasNextPage: boolean;
  selectedId: string | null;
  me: string;
  onSelect: (id: string) => void;
  onLoadMore: () => void;
}) {
  const now = useNow();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const ids = items.map((item) => item.id);
  const tabStop = [focusedId, selectedId].find((id) => id && ids.includes(id)) ?? ids[0] ?? null;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    const current = ids.indexOf(target.dataset.conversationId ?? '');
    if (current < 0) return;
    const next = nextFocusIndex(event.key, current, ids.length);
    if (next === null) return;
    event.preventDefault();
    const id = ids[next]!;
    setFocusedId(id);
    event.currentTarget.querySelector<HTMLButtonElement>(`button.conversation-open[data-conversation-id="${CSS.escape(id)}"]`)?.focus();
  };

  return (
    <>
      <div className="list-head" role="status">
        {loading ? 'Loading…' : `${totalCount} conversation${totalCount === 1 ? '' : 's'}`}
      </div>
      <ul
        className="conversation-list"
        aria-label="Conversations"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const id = (event.target as HTMLElement).dataset.conversationId;
          if (id) setFocusedId(id);
        }}
      >
        {items.map((conversation) => (
          <ConversationListItem
            key={conversation.id}
            conversation={conversation}
            selected={conversation.id === selectedId}
            tabbable={conversation.id === tabStop}
            me={me}
            now={now}
            onSelect={onSelect}
          />
        ))}
        {hasNextPage && (
          <li className="conversation-item">
            <button type="button" onClick={onLoadMore}>
              Load more
            </button>
          </li>
        )}
      </ul>
    </>
  );
}
