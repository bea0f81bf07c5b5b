import type { FlowVersionSummaryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/helpers/time';

/** Every published version: who published it and when; the live one marked. Conversations keep the version they started on. */
export function VersionList({ versions, live, onOpen }: { versions: FlowVersionSummaryFragment[]; live: number | null; onOpen: (version: number) => void }) {
  return (
    <section className="side-section" aria-labelledby="versions-title">
      <h2 id="versions-title">Published versions</h2>
      <p className="hint">New conversations use the live version; running ones keep the version they started on.</p>
      <ul className="versions" aria-label="Published versions">
        {versions.map((version) => (
          <li key={version.version} data-version={version.version}>
            <span>
              <strong>v{version.version}</strong>
              {version.version === live && <span className="badge good"> live</span>} · {version.publishedBy?.name ?? 'Baton (seed)'} ·{' '}
              {formatDateTime(version.publishedAt)}
              {version.note ? ` · “${version.note}”` : ''}
            </span>
            <button type="button" className="link" onClick={() => onOpen(version.version)} aria-label={`Open version ${version.version} in the editor`}>
              open
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
