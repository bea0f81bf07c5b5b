import { useState } from 'react';
import { RESOLVERS, type BusinessHoursParams, type FlowIssue, type FlowTrigger } from '../../../../machines';

type Props = { trigger: FlowTrigger; issues: FlowIssue[]; onChange: (trigger: FlowTrigger) => void };

/** The issues validation reports for one parameter (by the path it gives, e.g. `edges[2].trigger.params.threshold`). */
function issuesFor(issues: FlowIssue[], field: string): FlowIssue[] {
  return issues.filter((issue) => issue.path?.includes(`.trigger.params.${field}`) || (field === '' && issue.path?.endsWith('.trigger.params')));
}

function FieldErrors({ issues }: { issues: FlowIssue[] }) {
  if (!issues.length) return null;
  return (
    <span className="field-error" role="alert">
      {issues.map((issue) => issue.message).join(' ')}
    </span>
  );
}

/** A number input that keeps what the admin typed (even out of range) so validation can say what is wrong. */
function NumberField({ label, hint, value, step, issues, onChange }: { label: string; hint?: string; value: number | undefined; step: number; issues: FlowIssue[]; onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined || Number.isNaN(value) ? '' : String(value));
  return (
    <label>
      {label}
      {hint && <span className="hint">{hint}</span>}
      <input
        type="number"
        step={step}
        value={text}
        aria-invalid={issues.length > 0}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.trim() === '' ? undefined : Number(event.target.value));
        }}
      />
      <FieldErrors issues={issues} />
    </label>
  );
}

function KeywordsField({ keywords, issues, onChange }: { keywords: string[]; issues: FlowIssue[]; onChange: (keywords: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const words = draft
      .split(',')
      .map((word) => word.trim())
      .filter((word) => word && !keywords.includes(word));
    if (words.length) onChange([...keywords, ...words]);
    setDraft('');
  };
  return (
    <div className="side-field">
      <span className="hint">The conversation escalates when the customer writes any of these words or phrases.</span>
      <ul className="chips" aria-label="Keywords">
        {keywords.map((keyword) => (
          <li key={keyword}>
            <span>{keyword}</span>
            <button type="button" aria-label={`Remove keyword ${keyword}`} onClick={() => onChange(keywords.filter((other) => other !== keyword))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label className="visually-hidden" htmlFor="keyword-draft">
          New keyword
        </label>
        <input
          id="keyword-draft"
          placeholder="e.g. invoice"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()}>
          Add keyword
        </button>
      </div>
      <FieldErrors issues={issuesFor(issues, 'keywords')} />
    </div>
  );
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function BusinessHoursFields({ params, issues, onChange }: { params: BusinessHoursParams; issues: FlowIssue[]; onChange: (params: BusinessHoursParams) => void }) {
  return (
    <>
      <label>
        Time zone
        <input value={params.timezone} onChange={(event) => onChange({ ...params, timezone: event.target.value })} placeholder="Europe/Paris" aria-invalid={issuesFor(issues, 'timezone').length > 0} />
        <FieldErrors issues={issuesFor(issues, 'timezone')} />
      </label>
      <fieldset className="row">
        <legend className="hint">Open days</legend>
        {DAYS.map((day, index) => (
          <label key={day} className="inline">
            <input
              type="checkbox"
              checked={params.days.includes(index + 1)}
              onChange={(event) =>
                onChange({ ...params, days: event.target.checked ? [...params.days, index + 1].sort() : params.days.filter((other) => other !== index + 1) })
              }
            />
            {day}
          </label>
        ))}
      </fieldset>
      <FieldErrors issues={issuesFor(issues, 'days')} />
      <div className="row">
        <label>
          Opens
          <input type="time" value={params.open} onChange={(event) => onChange({ ...params, open: event.target.value })} />
        </label>
        <label>
          Closes
          <input type="time" value={params.close} onChange={(event) => onChange({ ...params, close: event.target.value })} />
        </label>
      </div>
      <FieldErrors issues={[...issuesFor(issues, 'open'), ...issuesFor(issues, 'close')]} />
      <label>
        Fires when the business
        <select value={params.when ?? 'closed'} onChange={(event) => onChange({ ...params, when: event.target.value as 'open' | 'closed' })}>
          <option value="closed">closes (or is closed)</option>
          <option value="open">opens</option>
        </select>
      </label>
    </>
  );
}

/** The parameters of one trigger, by its type; validation messages from machines/ show under each field. */
export function TriggerParamsForm({ trigger, issues, onChange }: Props) {
  const set = (params: Record<string, unknown>) => onChange({ ...trigger, params } as FlowTrigger);
  const number = (field: string, label: string, step: number, hint?: string) => (
    <NumberField
      key={`${trigger.type}-${field}`}
      label={label}
      hint={hint}
      step={step}
      value={(trigger.params as Record<string, number | undefined>)[field]}
      issues={issuesFor(issues, field)}
      onChange={(value) => {
        const { [field]: _old, ...rest } = trigger.params as Record<string, unknown>;
        set(value === undefined ? rest : { ...rest, [field]: value });
      }}
    />
  );
  const unknownParams = issuesFor(issues, '').concat(issues.filter((issue) => issue.code === 'invalid_trigger_params' && /unknown parameter/.test(issue.message)));

  switch (trigger.type) {
    case 'human_request':
      return number('minScore', 'Minimum score (optional)', 0.05, 'Leave empty to trust the detector; 0–1, higher asks for more certainty.');
    case 'no_answer':
      return number('threshold', 'Confidence threshold', 0.05, 'Escalate when the AI’s confidence is below this (0–1) or it abstains.');
    case 'frustration':
      return number('threshold', 'Frustration threshold', 0.05, 'Escalate when the frustration score reaches this (0–1).');
    case 'failed_answers':
      return number('count', 'Unhelpful answers', 1, 'Escalate after this many “that didn’t help” replies.');
    case 'turns':
      return number('count', 'Customer messages', 1, 'Escalate when the customer has written more than this many messages.');
    case 'sla_timeout':
      return number('minutes', 'Minutes unclaimed', 1, 'Fires when no agent has claimed the conversation for this long.');
    case 'inactivity':
      return number('minutes', 'Minutes of silence', 1, 'Fires after this long without a message.');
    case 'keyword':
      return <KeywordsField keywords={trigger.params.keywords ?? []} issues={issues} onChange={(keywords) => set({ ...trigger.params, keywords })} />;
    case 'action':
      return (
        <label>
          Widget action
          <span className="hint">The name the widget sends, e.g. talk_to_human for the “Talk to a person” button.</span>
          <input value={trigger.params.action} onChange={(event) => set({ action: event.target.value })} aria-invalid={issuesFor(issues, 'action').length > 0} />
          <FieldErrors issues={issuesFor(issues, 'action')} />
        </label>
      );
    case 'business_hours':
      return <BusinessHoursFields params={trigger.params} issues={issues} onChange={(params) => set(params)} />;
    case 'resolve':
      return (
        <fieldset className="row">
          <legend className="hint">Resolved by (none checked = anyone)</legend>
          {RESOLVERS.map((resolver) => (
            <label key={resolver} className="inline">
              <input
                type="checkbox"
                checked={trigger.params.by?.includes(resolver) ?? false}
                onChange={(event) => {
                  const by = event.target.checked ? [...(trigger.params.by ?? []), resolver] : (trigger.params.by ?? []).filter((other) => other !== resolver);
                  set(by.length ? { by } : {});
                }}
              />
              {resolver}
            </label>
          ))}
        </fieldset>
      );
    default:
      return unknownParams.length ? <FieldErrors issues={unknownParams} /> : <p className="hint">This trigger has no parameters.</p>;
  }
}
