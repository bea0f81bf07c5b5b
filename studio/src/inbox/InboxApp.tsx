import { useCallback, useEffect, useState } from 'react';
import type { InboxFilter } from '../gql/graphql';
import { request } from '../shared/api/graphql-transport';
import { appApi } from '../shared/session/session-store';
import { useSession } from '../shared/session/use-session';
import { AgentsQuery } from './api/operations';
import { ConversationList } from './components/ConversationList';
import { InboxFilters } from './components/InboxFilters';
import { ThreadView } from './components/ThreadView';
import { useEscalationNotifications } from './hooks/use-escalation-notifications';
import { useInbox } from './hooks/use-inbox';
import { useSelectedConversation } from './hooks/use-selected-conversation';

/** The shared inbox: every conversation of the workspace, live, and the open thread. */
export function InboxApp() {
  const session = useSession();
  const me = session?.user.id ?? '';
  const [filter, setFilter] = useState<InboxFilter>({ assigned: 'ANYONE' });
  const [selectedId, select] = useSelectedConversation();
  const notifications = useEscalationNotifications();
  const inbox = useInbox(filter, notifications.notify);
  const [agents, setAgents] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => {
    request(appApi, AgentsQuery)
      .then(({ agents: loaded }) => setAgents(loaded))
      .catch(() => setAgents([]));
  }, []);
  const changeFilter = useCallback((next: InboxFilter) => setFilter(next), []);

  return (
    <main className="inbox">
      <aside className="inbox-side" aria-label="Inbox">
        <InboxFilters filter={filter} onChange={changeFilter} />
        {notifications.permission === 'default' && (
          <div className="list-head">
            <button type="button" className="link" onClick={() => void notifications.ask()}>
              Notify me of new escalations on this desktop
            </button>
          </div>
        )}
        {inbox.error && (
          <p className="notice" role="alert">
            {inbox.error}
          </p>
        )}
        <ConversationList
          items={inbox.items}
          totalCount={inbox.totalCount}
          loading={inbox.loading}
          hasNextPage={inbox.hasNextPage}
          selectedId={selectedId}
          me={me}
          onSelect={select}
          onLoadMore={() => void inbox.loadMore()}
        />
      </aside>
      {selectedId ? (
        <ThreadView key={selectedId} id={selectedId} me={me} agents={agents} />
      ) : (
        <div className="thread-empty">Pick a conversation from the list.</div>
      )}
    </main>
  );
}
