import type { FlowValidation } from '../../../../machines';

/** The verdict of machines/ validateFlow on the draft, each issue a link to the element to fix. */
export function IssueList({ validation, onSelect }: { validation: FlowValidation; onSelect: (target: { nodeId?: string; edgeId?: string }) => void }) {
  const errors = validation.issues.filter((issue) => issue.severity === 'error');
  const warnings = validation.issues.filter((issue) => issue.severity === 'warning');
  return (
    <section className="side-section" aria-labelledby="validation-title">
      <h2 id="validation-title">Validation</h2>
      <p role="status" className={`validation ${validation.ok ? 'ok' : 'bad'}`}>
        {validation.ok
          ? `✓ Flow is valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`
          : `✗ ${errors.length} error${errors.length === 1 ? '' : 's'}: publishing is blocked until ${errors.length === 1 ? 'it is' : 'they are'} fixed`}
      </p>
      {validation.issues.length > 0 && (
        <ul className="issues">
          {validation.issues.map((issue, index) => (
            <li key={index} className={issue.severity}>
              {issue.nodeId || issue.edgeId ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect({ ...(issue.nodeId ? { nodeId: issue.nodeId } : {}), ...(issue.edgeId ? { edgeId: issue.edgeId } : {}) })}
                >
                  {issue.message}
                </button>
              ) : (
                issue.message
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
