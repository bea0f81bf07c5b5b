import { useState } from 'react';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { SuggestReplyMutation } from '../api/assist-operations';
import { suggestionText } from '../helpers/suggestion-text';

/**
 * Asks for a reply drafted from the help centre and hands it to the composer to edit: it never sends.
 * Says so plainly when there is nothing to suggest or the request fails.
 */
export function SuggestReplyButton({ conversationId, disabled, onDraft }: { conversationId: string; disabled: boolean; onDraft: (text: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const suggest = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const { suggestReply } = await request(appApi, SuggestReplyMutation, { conversationId });
      if (!suggestReply.text.trim()) {
        setMessage('Nothing to suggest: the help centre has no answer to the customer’s last question. Write your reply yourself.');
        return;
      }
      onDraft(suggestionText(suggestReply));
      setMessage('Suggestion added to your reply: check and edit it before sending.');
    } catch (caught) {
      setMessage(`Could not suggest a reply: ${caught instanceof ApiError ? caught.message : String(caught)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="suggest" disabled={disabled || busy} onClick={() => void suggest()}>
        {busy ? 'Suggesting…' : 'Suggest a reply'}
      </button>
      <span className="suggest-status muted" role="status">
        {message ?? ''}
      </span>
    </>
  );
}
