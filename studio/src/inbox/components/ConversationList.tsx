import type { InboxItemFragment } from '../../gql/graphql';
import { useNow } from '../hooks/use-now';
import { ConversationListItem } from './ConversationListItem';

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
  return (
    <>
      <div className="list-head" role="status">
        {loading ? 'Loading…' : `${totalCount} conversation${totalCount === 1 ? '' : 's'}`}
      </div>
      <ul className="conversation-list" aria-label="Conversations">
        {items.map((conversation) => (
          <ConversationListItem
            key={conversation.id}
            conversation={conversation}
            selected={conversation.id === selectedId}
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
