import type { InboxItemFragment } from '../../gql/graphql';
import { formatDuration, formatTime } from '../../shared/helpers/time';
import { PRIORITY_TONE, STATUS_LABEL, STATUS_TONE } from '../helpers/labels';

/** One conversation in the inbox list; escalations waiting for a person stand out with their reason and waiting time. */
export function ConversationListItem({
  conversation,
  selected,
  tabbable,
  me,
  now,
  onSelect,
}: {
  conversation: InboxItemFragment;
  selected: boolean;
  /** The one item of the list reached with Tab; the arrows move between the others. */
  tabbable: boolean;
  me: string;
  now: number;
  onSelect: (id: string) => void;
}) {
  const waiting = conversation.status === 'AWAITING_HUMAN';
  const owner = conversation.assignee;
  return (
    <li className={`conversation-item${waiting ? ' escalated' : ''}`} data-conversation-id={conversation.id} data-status={conversation.status}>
      <button
        type="button"
        className="conversation-open"
        data-conversation-id={conversation.id}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(conversation.id)}
      >
        <span className="line">
          <span className={`badge ${STATUS_TONE[conversation.status]}`}>{STATUS_LABEL[conversation.status]}</span>
          {conversation.priority && conversation.priority !== 'NORMAL' && (
            <span className={`badge ${PRIORITY_TONE[conversation.priority]}`}>{conversation.priority.toLowerCase()}</span>
          )}
          {conversation.escalation && conversation.status !== 'AI_ANSWERING' && conversation.status !== 'RESOLVED' && (
            <span className="badge warn reason" data-reason={conversation.escalation.reason}>
              {conversation.escalation.reasonText}
            </span>
          )}
          {waiting && conversation.waitingSince && <span className="meta">waiting {formatDuration(now - Date.parse(conversation.waitingSince))}</span>}
        </span>
        {conversation.escalation && conversation.status !== 'AI_ANSWERING' && conversation.status !== 'RESOLVED' && (
          <span className="line meta escalation-step">via “{conversation.escalation.triggerLabel}”</span>
        )}
        <p className="preview">{conversation.lastMessagePreview ?? '(no messages yet)'}</p>
        <span className="line meta">
          {conversation.team && (
            <span className="badge plain team" data-team-id={conversation.team.id}>
              {conversation.team.name}
            </span>
          )}
          <span className="assignee">{owner ? (owner.id === me ? 'Claimed by you' : `Claimed by ${owner.name}`) : 'Unassigned'}</span>
          {conversation.tags.map((tag) => (
            <span key={tag} className="badge plain">
              #{tag}
            </span>
          ))}
          {conversation.lastMessageAt && <span>· {formatTime(conversation.lastMessageAt)}</span>}
        </span>
      </button>
    </li>
  );
}
