import { useState } from 'react';
import type { AgentStatusFragment, Priority, ThreadFragment } from '../../gql/graphql';
import { AVAILABILITIES, AVAILABILITY_LABEL, loadLabel } from '../helpers/availability';
import { PRIORITIES } from '../helpers/labels';

export type ThreadCommand =
  | { type: 'claim' }
  | { type: 'release' }
  | { type: 'resolve' }
  | { type: 'reopen' }
  | { type: 'transfer'; toAgentId: string }
  | { type: 'priority'; priority: Priority }
  | { type: 'tags'; tags: string[] };

/** Claim, hand back, resolve, transfer, priority and tags, offered as the conversation's state allows. */
export function ThreadActions({
  conversation,
  me,
  agents,
  busy,
  onCommand,
}: {
  conversation: ThreadFragment;
  me: string;
  agents: AgentStatusFragment[];
  busy: boolean;
  onCommand: (command: ThreadCommand) => void;
}) {
  const [transferTo, setTransferTo] = useState('');
  const [tagText, setTagText] = useState('');
  const mine = conversation.assignee?.id === me;
  const takenBy = conversation.assignee && !mine ? conversation.assignee.name : null;
  const open = conversation.status !== 'RESOLVED';
  const others = agents.filter((agent) => agent.id !== me && agent.active);
  const target = others.find((agent) => agent.id === transferTo);

  return (
    <div className="thread-actions">
      {open && !conversation.assignee && (
        <button type="button" className="primary" disabled={busy} onClick={() => onCommand({ type: 'claim' })}>
          Claim
        </button>
      )}
      {takenBy && <span className="badge warn taken">Taken by {takenBy}</span>}
      {mine && open && (
        <>
          <button type="button" disabled={busy} onClick={() => onCommand({ type: 'release' })}>
            Release to AI
          </button>
          <label className="row">
            <span className="visually-hidden">Transfer to</span>
            <select aria-label="Transfer to" value={transferTo} onChange={(event) => setTransferTo(event.target.value)}>
              <option value="">Transfer to…</option>
              {/* Grouped by availability; the option text stays the bare name so it reads (and selects) as the person. */}
              {AVAILABILITIES.map((availability) => {
                const group = others.filter((agent) => agent.availability === availability);
                return group.length === 0 ? null : (
                  <optgroup key={availability} label={AVAILABILITY_LABEL[availability]}>
                    {group.map((agent) => (
                      <option key={agent.id} value={agent.id}>
                        {agent.name}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </label>
          {target && (
            <span className="muted transfer-target">
              {AVAILABILITY_LABEL[target.availability]} · {loadLabel(target)} conversations
            </span>
          )}
          <button type="button" disabled={busy || !transferTo} onClick={() => onCommand({ type: 'transfer', toAgentId: transferTo })}>
            Transfer
          </button>
        </>
      )}
      {!open && (
        <button type="button" className="primary" disabled={busy} onClick={() => onCommand({ type: 'reopen' })}>
          Reopen
        </button>
      )}
      {open && (mine || !conversation.assignee) && (
        <button type="button" disabled={busy} onClick={() => onCommand({ type: 'resolve' })}>
          Resolve
        </button>
      )}
      <label className="row">
        Priority
        <select
          aria-label="Priority of this conversation"
          value={conversation.priority ?? 'NORMAL'}
          disabled={busy}
          onChange={(event) => onCommand({ type: 'priority', priority: event.target.value as Priority })}
        >
          {PRIORITIES.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          const tag = tagText.trim().toLowerCase();
          if (!tag || conversation.tags.includes(tag)) return;
          onCommand({ type: 'tags', tags: [...conversation.tags, tag] });
          setTagText('');
        }}
      >
        {conversation.tags.map((tag) => (
          <span key={tag} className="badge plain">
            #{tag}{' '}
            <button
              type="button"
              className="link"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onCommand({ type: 'tags', tags: conversation.tags.filter((other) => other !== tag) })}
            >
              ×
            </button>
          </span>
        ))}
        <input aria-label="Add a tag" placeholder="Add tag" size={10} value={tagText} onChange={(event) => setTagText(event.target.value)} />
      </form>
    </div>
  );
}
