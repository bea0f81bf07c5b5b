import { useEffect, useRef, useState } from 'react';
import type { AgentStatusFragment, ThreadFragment } from '../../gql/graphql';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { newClientId } from '../../shared/helpers/client-id';
import { formatDateTime } from '../../shared/helpers/time';
import { appApi } from '../../shared/session/session-store';
import {
  ClaimMutation,
  NoteMutation,
  PriorityMutation,
  ReleaseMutation,
  ReplyMutation,
  ResolveMutation,
  TagMutation,
  TransferMutation,
} from '../api/operations';
import { STATUS_LABEL, STATUS_TONE } from '../helpers/labels';
import { typingLine } from '../helpers/presence';
import { timelineWithHandoff } from '../helpers/timeline-with-handoff';
import { useConversation } from '../hooks/use-conversation';
import { usePresence } from '../hooks/use-presence';
import { Composer } from './Composer';
import { ExportTranscriptButton } from './ExportTranscriptButton';
import { HandoffSummaryCard } from './HandoffSummaryCard';
import { PresenceBar } from './PresenceBar';
import { ThreadActions, type ThreadCommand } from './ThreadActions';
import { TimelineEntryView } from './TimelineEntryView';

async function run(command: ThreadCommand, id: string): Promise<ThreadFragment> {
  switch (command.type) {
    case 'claim':
      return (await request(appApi, ClaimMutation, { id })).claimConversation;
    case 'release':
      return (await request(appApi, ReleaseMutation, { id })).releaseConversation;
    case 'resolve':
      return (await request(appApi, ResolveMutation, { id })).resolveConversation;
    case 'transfer':
      return (await request(appApi, TransferMutation, { id, toAgentId: command.toAgentId })).transferConversation;
    case 'priority':
      return (await request(appApi, PriorityMutation, { id, priority: command.priority })).setPriority;
    case 'tags':
      return (await request(appApi, TagMutation, { id, tags: command.tags })).tagConversation;
  }
}

/** The whole conversation in one column, with what an agent can do next. */
export function ThreadView({ id, me, agents }: { id: string; me: string; agents: AgentStatusFragment[] }) {
  const { conversation, error, replace } = useConversation(id);
  const presence = usePresence(id, me);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const timelineRef = useRef<HTMLOListElement>(null);
  const entryCount = conversation?.timeline.length ?? 0;

  useEffect(() => setProblem(null), [id]);
  useEffect(() => {
    const list = timelineRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [entryCount]);

  if (error)
    return (
      <p className="notice" role="alert">
        {error}
      </p>
    );
  if (!conversation) return <div className="thread-empty">Loading the conversation…</div>;

  const attempt = async (work: () => Promise<ThreadFragment>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      replace(await work());
      return true;
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : String(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const canReply = conversation.status === 'HUMAN_ACTIVE' && conversation.assignee?.id === me;
  const replyOwner = conversation.assignee && conversation.assignee.id !== me ? conversation.assignee.name : null;
  return (
    <section className="thread" aria-label="Conversation">
      <header className="thread-head">
        <div className="line">
          <h1>Conversation</h1>
          <span className={`badge ${STATUS_TONE[conversation.status]} status`}>{STATUS_LABEL[conversation.status]}</span>
          {conversation.assignee && <span className="badge good">Assigned to {conversation.assignee.id === me ? 'you' : conversation.assignee.name}</span>}
          {conversation.team && (
            <span className="badge plain team" data-team-id={conversation.team.id}>
              Team {conversation.team.name}
            </span>
          )}
          <span className="badge plain flow-version">Flow v{conversation.flowVersion}</span>
          <span className="muted">
            started {formatDateTime(conversation.createdAt)}
            {conversation.customer.email ? ` · ${conversation.customer.email}` : ''}
          </span>
          <ExportTranscriptButton conversationId={conversation.id} onError={setProblem} />
        </div>
        <PresenceBar viewers={presence.viewers} />
        <ThreadActions
          conversation={conversation}
          me={me}
          agents={agents}
          busy={busy}
          onCommand={(command) => void attempt(() => run(command, conversation.id))}
        />
      </header>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      <ol className="timeline" aria-label="Timeline" ref={timelineRef}>
        {timelineWithHandoff(conversation).map((item) =>
          item.type === 'entry' ? (
            <TimelineEntryView key={item.entry.id} entry={item.entry} />
          ) : (
            <HandoffSummaryCard key="handoff" escalation={item.escalation} />
          ),
        )}
      </ol>
      <Composer
        canReply={canReply}
        replyOwner={replyOwner}
        busy={busy}
        typingLine={typingLine(presence.viewers.filter((viewer) => viewer.typing).map((viewer) => viewer.name))}
        onTyping={presence.typing}
        onReply={(text) =>
          attempt(
            async () =>
              (await request(appApi, ReplyMutation, { conversationId: conversation.id, text, clientMessageId: newClientId('agent') })).sendAgentMessage,
          )
        }
        onNote={(text) =>
          attempt(async () => (await request(appApi, NoteMutation, { conversationId: conversation.id, text, clientNoteId: newClientId('note') })).addNote)
        }
      />
    </section>
  );
}
