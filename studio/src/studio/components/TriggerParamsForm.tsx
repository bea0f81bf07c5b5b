import { useState } from 'react';
import { triggerNamed, type FlowIssue, type FlowTrigger, type TriggerFormField } from '../../../../machines';
import { describeDuplicates, duplicatesWithin, splitNewWords, type DuplicateWord } from '../../../../machines/duplicate-words';

type Props = { trigger: FlowTrigger; issues: FlowIssue[]; onChange: (trigger: FlowTrigger) => void };
type FieldProps<V> = { field: TriggerFormField; value: V; issues: FlowIssue[]; onChange: (value: V) => void };

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
function NumberField({
  label,
  hint,
  value,
  step,
  issues,
  onChange,
}: {
  label: string;
  hint?: string;
  value: number | undefined;
  step: number;
  issues: FlowIssue[];
  onChange: (value: number | undefined) => void;
}) {
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

/** A list of words or phrases, added a few at a time (comma-separated) and removed one by one; repeats (any letter case) are flagged, not added. */
function WordsField({ field, value, issues, onChange }: FieldProps<string[]>) {
  const [draft, setDraft] = useState('');
  const [notAdded, setNotAdded] = useState<DuplicateWord[]>([]);
  const item = field.item ?? 'entry';
  const typed = splitNewWords(value, draft);
  const repeated = duplicatesWithin(value);
  const add = () => {
    if (typed.added.length) onChange([...value, ...typed.added]);
    setNotAdded(typed.duplicates);
    setDraft('');
  };
  const warnings = [
    typed.duplicates.length > 0 && `${describeDuplicates(typed.duplicates, item)} Matching ignores letter case, so it would not be added.`,
    notAdded.length > 0 && `${describeDuplicates(notAdded, item)} Matching ignores letter case, so it was not added.`,
    repeated.length > 0 && `${describeDuplicates(repeated, item)} Matching ignores letter case: remove the repeat.`,
  ].filter((warning): warning is string => typeof warning === 'string');
  return (
    <div className="side-field">
      {field.hint && <span className="hint">{field.hint}</span>}
      <ul className="chips" aria-label={field.label}>
        {value.map((word, index) => (
          <li key={`${index}-${word}`}>
            <span>{word}</span>
            <button type="button" aria-label={`Remove ${item} ${word}`} onClick={() => onChange(value.filter((_word, other) => other !== index))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label className="visually-hidden" htmlFor={`${item}-draft`}>
          New {item}
        </label>
        <input
          id={`${item}-draft`}
          placeholder={field.placeholder}
          value={draft}
          aria-describedby={warnings.length ? `${item}-duplicates` : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setNotAdded([]);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()}>
          Add {item}
        </button>
      </div>
      <div id={`${item}-duplicates`} className="field-warning" role="status">
        {warnings.map((warning) => (
          <p key={warning}>{warning}</p>
        ))}
      </div>
      <FieldErrors issues={issues} />
    </div>
  );
}

function TextField({ field, value, issues, onChange, type = 'text' }: FieldProps<string> & { type?: 'text' | 'time' }) {
  return (
    <label>
      {field.label}
      {field.hint && <span className="hint">{field.hint}</span>}
      <input type={type} value={value} placeholder={field.placeholder} onChange={(event) => onChange(event.target.value)} aria-invalid={issues.length > 0} />
      <FieldErrors issues={issues} />
    </label>
  );
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday numbers, 1 = Monday … 7 = Sunday. */
function WeekdaysField({ field, value, issues, onChange }: FieldProps<number[]>) {
  return (
    <>
      <fieldset className="row">
        <legend className="hint">{field.label}</legend>
        {WEEKDAYS.map((day, index) => (
          <label key={day} className="inline">
            <input
              type="checkbox"
              checked={value.includes(index + 1)}
              onChange={(event) => onChange(event.target.checked ? [...value, index + 1].sort() : value.filter((other) => other !== index + 1))}
            />
            {day}
          </label>
        ))}
      </fieldset>
      <FieldErrors issues={issues} />
    </>
  );
}

function ChoiceField({ field, value, issues, onChange }: FieldProps<string | undefined>) {
  const options = field.options ?? [];
  return (
    <label>
      {field.label}
      {field.hint && <span className="hint">{field.hint}</span>}
      <select value={value ?? options[0]?.value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors issues={issues} />
    </label>
  );
}

/** Several of a fixed set; none checked leaves the parameter out. */
function ChoicesField({ field, value, issues, onChange }: FieldProps<string[] | undefined>) {
  return (
    <>
      <fieldset className="row">
        <legend className="hint">{field.label}</legend>
        {(field.options ?? []).map((option) => (
          <label key={option.value} className="inline">
            <input
              type="checkbox"
              checked={value?.includes(option.value) ?? false}
              onChange={(event) => {
                const chosen = event.target.checked ? [...(value ?? []), option.value] : (value ?? []).filter((other) => other !== option.value);
                onChange(chosen.length ? chosen : undefined);
              }}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <FieldErrors issues={issues} />
    </>
  );
}

/**
 * The parameters of one trigger, each field rendered by the kind of input its trigger module
 * (machines/triggers/) asks for; validation messages from machines/ show under each field.
 */
export function TriggerParamsForm({ trigger, issues, onChange }: Props) {
  const params = trigger.params as Record<string, unknown>;
  // A missing value leaves the parameter out, so validation can say it is required.
  const setField = (name: string, value: unknown) => {
    const { [name]: _old, ...rest } = params;
    onChange({ ...trigger, params: value === undefined ? rest : { ...rest, [name]: value } } as FlowTrigger);
  };
  // The type comes from a flow document: looked up in a Map, never as a plain-object key.
  const fields = Object.entries(triggerNamed(trigger.type)?.form.fields ?? {});
  if (fields.length === 0) {
    const unknownParams = issuesFor(issues, '').concat(
      issues.filter((issue) => issue.code === 'invalid_trigger_params' && /unknown parameter/.test(issue.message)),
    );
    return unknownParams.length ? <FieldErrors issues={unknownParams} /> : <p className="hint">This trigger has no parameters.</p>;
  }
  return (
    <>
      {fields.map(([name, field]) => {
        const key = `${trigger.type}-${name}`;
        const common = { field, issues: issuesFor(issues, name) };
        const value = params[name];
        const set = (next: unknown) => setField(name, next);
        switch (field.input) {
          case 'number':
            return (
              <NumberField
                key={key}
                label={field.label}
                hint={field.hint}
                step={field.step ?? 1}
                value={value as number | undefined}
                issues={common.issues}
                onChange={set}
              />
            );
          case 'words':
            return <WordsField key={key} {...common} value={(value as string[] | undefined) ?? []} onChange={set} />;
          case 'text':
          case 'time':
            return <TextField key={key} {...common} type={field.input} value={(value as string | undefined) ?? ''} onChange={set} />;
          case 'weekdays':
            return <WeekdaysField key={key} {...common} value={(value as number[] | undefined) ?? []} onChange={set} />;
          case 'choice':
            return <ChoiceField key={key} {...common} value={value as string | undefined} onChange={set} />;
          case 'choices':
            return <ChoicesField key={key} {...common} value={value as string[] | undefined} onChange={set} />;
        }
      })}
    </>
  );
}
