import { useCallback, useEffect, useMemo, useState } from 'react';
import type { InboxFilter } from '../gql/graphql';
import { request } from '../shared/api/graphql-transport';
import { appApi } from '../shared/session/session-store';
import { useSession } from '../shared/session/use-session';
import { InboxTeamsQuery } from './api/team-operations';
import { ConversationList } from './components/ConversationList';
import { InboxFilters } from './components/InboxFilters';
import { SavedRepliesDialog } from './components/SavedRepliesDialog';
import { TeamPanel } from './components/TeamPanel';
import { ThreadView } from './components/ThreadView';
import { useEscalationNotifications } from './hooks/use-escalation-notifications';
import { useInbox } from './hooks/use-inbox';
import { useSelectedConversation } from './hooks/use-selected-conversation';
import { useWorkspaceName } from './hooks/use-workspace-name';
import { startHeartbeat, useTeamStatus } from './hooks/team-status-store';

/** The shared inbox: every conversation of the workspace, live, and the open thread. */
export function InboxApp() {
  const session = useSession();
  const me = session?.user.id ?? '';
  const isAdmin = session?.user.role === 'ADMIN';
  const workspaceName = useWorkspaceName();
  const [managingReplies, setManagingReplies] = useState(false);
  const [filter, setFilter] = useState<InboxFilter>({ assigned: 'ANYONE' });
  const [selectedId, select] = useSelectedConversation();
  const notifications = useEscalationNotifications();
  const inbox = useInbox(filter, notifications.notify);
  const team = useTeamStatus();
  const [loadedTeams, setLoadedTeams] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => startHeartbeat(), []);
  useEffect(() => {
    request(appApi, InboxTeamsQuery)
      .then(({ teams }) => setLoadedTeams(teams))
      .catch(() => setLoadedTeams([]));
  }, []);
  // A team created after the page loaded still shows up in the filter once a conversation is routed to it.
  const teams = useMemo(() => {
    const byId = new Map(loadedTeams.map((known) => [known.id, known]));
    for (const item of inbox.items) if (item.team && !byId.has(item.team.id)) byId.set(item.team.id, item.team);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [loadedTeams, inbox.items]);
  const changeFilter = useCallback((next: InboxFilter) => setFilter(next), []);

  return (
    <main className="inbox">
      <aside className="inbox-side" aria-label="Inbox">
        {isAdmin && (
          <div className="list-head inbox-tools">
            <button type="button" onClick={() => setManagingReplies(true)}>
              Saved replies
            </button>
          </div>
        )}
        <InboxFilters filter={filter} teams={teams} onChange={changeFilter} />
        <TeamPanel agents={team.agents} me={me} error={team.error} />
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
        <ThreadView key={selectedId} id={selectedId} me={me} myName={session?.user.name ?? ''} workspaceName={workspaceName} agents={team.agents} />
      ) : (
        <div className="thread-empty">Pick a conversation from the list.</div>
      )}
      {managingReplies && <SavedRepliesDialog onClose={() => setManagingReplies(false)} />}
    </main>
  );
}
