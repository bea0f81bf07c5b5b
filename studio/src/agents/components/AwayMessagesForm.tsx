import { useEffect, useState } from 'react';
import type { AwayMessagesFieldsFragment, AwayMessagesInput } from '../../gql/graphql';
import { BACK_AT, MAX_AWAY_MESSAGE, checkAwayMessage } from '../helpers/away-message';

/** What the widget says when nobody can answer: one message while the team is busy, one outside business hours. */
export function AwayMessagesForm({
  messages,
  busy,
  onSave,
  onInvalid,
}: {
  messages: AwayMessagesFieldsFragment;
  busy: boolean;
  onSave: (input: AwayMessagesInput) => Promise<boolean>;
  onInvalid: (message: string) => void;
}) {
  const [draft, setDraft] = useState(messages);
  useEffect(() => setDraft(messages), [messages]);

  return (
    <section aria-labelledby="away-heading">
      <h2 id="away-heading">When nobody is available, the widget says…</h2>
      <p className="muted" id="away-hint">
        The widget shows this instead of a wait and offers the customer to leave their email. In the closed message, <code>{BACK_AT}</code> becomes when
        business hours begin again, in the customer’s own time zone (for example “tomorrow at 9:00”).
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const busyText = checkAwayMessage(draft.busy, 'The busy message');
          if ('error' in busyText) return onInvalid(busyText.error);
          const closedText = checkAwayMessage(draft.closed, 'The closed message');
          if ('error' in closedText) return onInvalid(closedText.error);
          void onSave({ busy: busyText.value, closed: closedText.value });
        }}
      >
        <div className="away-messages">
          <label>
            Everyone is busy (within business hours)
            <textarea
              rows={3}
              maxLength={MAX_AWAY_MESSAGE}
              aria-describedby="away-hint"
              value={draft.busy}
              onChange={(event) => setDraft((current) => ({ ...current, busy: event.target.value }))}
            />
          </label>
          <label>
            Outside business hours
            <textarea
              rows={3}
              maxLength={MAX_AWAY_MESSAGE}
              aria-describedby="away-hint"
              value={draft.closed}
              onChange={(event) => setDraft((current) => ({ ...current, closed: event.target.value }))}
            />
          </label>
        </div>
        <div className="inline form-actions">
          <button type="submit" className="primary" disabled={busy}>
            Save away messages
          </button>
        </div>
      </form>
    </section>
  );
}
