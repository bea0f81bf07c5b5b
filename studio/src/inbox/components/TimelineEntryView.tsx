import type { ThreadFragment } from '../../gql/graphql';
import { safeHref } from '../../shared/helpers/safe-url';
import { formatTime } from '../../shared/helpers/time';
import { isSystemEvent } from '../helpers/timeline-roles';

type Entry = ThreadFragment['timeline'][number];

const WHO: Record<Entry['kind'], string> = { CUSTOMER: 'Customer', AI: 'AI', AGENT: 'Agent', SYSTEM: 'System', NOTE: 'Internal note' };

/**
 * One timeline entry. Text from customers, the model and agents is rendered as text, never as HTML.
 * What the desk itself recorded (claimed, assigned, transferred, an SLA missed) is a compact system
 * event, apart from the notes agents write; `seen` marks the agent reply the customer has displayed.
 */
export function TimelineEntryView({ entry, seen = false }: { entry: Entry; seen?: boolean }) {
  if (isSystemEvent(entry)) {
    return (
      <li className="entry entry-event" data-kind={entry.kind} data-entry-id={entry.id} data-system-event="true" aria-label="System event">
        <span className="event-icon" aria-hidden="true">
          ⚙
        </span>
        <p className="text">{entry.text}</p>
        <time dateTime={entry.at}>{formatTime(entry.at)}</time>
      </li>
    );
  }
  const kind = entry.kind.toLowerCase();
  const who =
    entry.kind === 'AGENT' ? (entry.author?.name ?? 'Agent') : entry.kind === 'NOTE' ? `Internal note · ${entry.author?.name ?? ''}` : WHO[entry.kind];
  return (
    <li className={`entry entry-${kind}`} data-kind={entry.kind} data-entry-id={entry.id}>
      {entry.kind !== 'SYSTEM' && (
        <span className="who">
          {who}
          <time dateTime={entry.at}>{formatTime(entry.at)}</time>
          {entry.kind === 'AI' && entry.confidence != null && <span className="confidence">confidence {Math.round(entry.confidence * 100)}%</span>}
        </span>
      )}
      <p className="text">{entry.text}</p>
      {entry.citations.length > 0 && (
        <div className="sources">
          Sources:
          <ul>
            {entry.citations.map((citation, index) => {
              const href = safeHref(citation.url);
              return (
                <li key={index}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                      {citation.title}
                    </a>
                  ) : (
                    citation.title
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {seen && (
        <span className="seen" data-seen="true">
          Seen by the customer
        </span>
      )}
    </li>
  );
}
