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
  ReopenMutation,
  ReplyMutation,
  ResolveMutation,
  TagMutation,
  TransferMutation,
} from '../api/operations';
import { STATUS_LABEL, STATUS_TONE } from '../helpers/labels';
import { typingLine } from '../helpers/presence';
import { timelineWithHandoff } from '../helpers/timeline-with-handoff';
import { seenAgentReplyId } from '../helpers/timeline-roles';
import { useConversation } from '../hooks/use-conversation';
import { useCustomerPresence } from '../hooks/use-customer-presence';
import { usePresence } from '../hooks/use-presence';
import { Composer } from './Composer';
import { CustomerStatus } from './CustomerStatus';
import { UndoToast } from './UndoToast';
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
    case 'reopen':
      return (await request(appApi, ReopenMutation, { id })).reopenConversation;
    case 'transfer':
      return (await request(appApi, TransferMutation, { id, toAgentId: command.toAgentId })).transferConversation;
    case 'priority':
      return (await request(appApi, PriorityMutation, { id, priority: command.priority })).setPriority;
    case 'tags':
      return (await request(appApi, TagMutation, { id, tags: command.tags })).tagConversation;
  }
}

/** How long "Resolved · Undo" stays after resolving. */
const UNDO_RESOLVE_MS = 8_000;

/** The whole conversation in one column, with what an agent can do next. */
export function ThreadView({
  id,
  me,
  myName,
  workspaceName,
  agents,
}: {
  id: string;
  me: string;
  myName: string;
  workspaceName: string | null;
  agents: AgentStatusFragment[];
}) {
  const { conversation, error, replace } = useConversation(id);
  const presence = usePresence(id, me);
  const customer = useCustomerPresence(id, conversation?.customerConnected ?? false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [resolvedAt, setResolvedAt] = useState<number | null>(null);
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

  const command = async (next: ThreadCommand) => {
    const done = await attempt(() => run(next, conversation.id));
    if (next.type === 'resolve' && done) setResolvedAt(Date.now());
    if (next.type === 'reopen' && done) setResolvedAt(null);
  };

  const canReply = conversation.status === 'HUMAN_ACTIVE' && conversation.assignee?.id === me;
  const replyOwner = conversation.assignee && conversation.assignee.id !== me ? conversation.assignee.name : null;
  const seenReply = seenAgentReplyId(conversation.timeline, conversation.customerSeenEntryId);
  const typingNames = presence.viewers.filter((viewer) => viewer.typing).map((viewer) => viewer.name);
  const typing = [customer.typing ? 'Customer is typing…' : null, typingLine(typingNames)].filter(Boolean).join(' · ') || null;
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
          <CustomerStatus online={customer.online} typing={customer.typing} />
          <span className="muted">
            started {formatDateTime(conversation.createdAt)}
            {conversation.customer.email ? ` · ${conversation.customer.email}` : ''}
          </span>
          <ExportTranscriptButton conversationId={conversation.id} onError={setProblem} />
        </div>
        {conversation.escalation && (
          <p className="escalation-line" data-reason={conversation.escalation.reason}>
            <span className="badge warn">{conversation.escalation.reasonText}</span>{' '}
            <span className="muted">
              by the flow step “<span className="escalation-step">{conversation.escalation.triggerLabel}</span>”
            </span>
          </p>
        )}
        <PresenceBar viewers={presence.viewers} />
        <ThreadActions conversation={conversation} me={me} agents={agents} busy={busy} onCommand={(next) => void command(next)} />
      </header>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {/* Focusable, so a keyboard can scroll a long thread even when none of its entries has a link. */}
      <ol className="timeline" aria-label="Timeline" ref={timelineRef} tabIndex={0}>
        {timelineWithHandoff(conversation).map((item) =>
          item.type === 'entry' ? (
            <TimelineEntryView key={item.entry.id} entry={item.entry} seen={item.entry.id === seenReply} />
          ) : (
            <HandoffSummaryCard key="handoff" escalation={item.escalation} />
          ),
        )}
      </ol>
      {resolvedAt !== null && conversation.status === 'RESOLVED' && (
        <UndoToast
          key={resolvedAt}
          text="Resolved"
          lastsMs={UNDO_RESOLVE_MS}
          busy={busy}
          onUndo={() => void command({ type: 'reopen' })}
          onGone={() => setResolvedAt(null)}
        />
      )}
      <Composer
        conversationId={conversation.id}
        canReply={canReply}
        replyOwner={replyOwner}
        busy={busy}
        typingLine={typing}
        savedReplyValues={{ 'customer.email': conversation.customer.email, 'agent.name': myName, 'workspace.name': workspaceName }}
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
