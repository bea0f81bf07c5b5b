import { initials } from '../helpers/presence';

/** Who else has this conversation open, as small avatars with names. */
export function PresenceBar({ viewers }: { viewers: { id: string; name: string; typing: boolean }[] }) {
  if (viewers.length === 0) return null;
  return (
    <div className="presence" aria-label="Also viewing">
      <span className="muted">Also viewing:</span>
      <ul>
        {viewers.map((viewer) => (
          <li key={viewer.id} data-agent-id={viewer.id} title={viewer.typing ? `${viewer.name} (typing)` : viewer.name}>
            <span className={`avatar${viewer.typing ? ' typing' : ''}`} aria-hidden="true">
              {initials(viewer.name)}
            </span>
            <span className="name">{viewer.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
