import { useState } from 'react';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { downloadText } from '../../shared/helpers/download';
import { appApi } from '../../shared/session/session-store';
import { ExportTranscriptQuery } from '../api/operations';

/** Downloads the conversation's transcript and audit trail as readable text, for email to the customer or for compliance. */
export function ExportTranscriptButton({ conversationId, onError }: { conversationId: string; onError: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const exportTranscript = async () => {
    setBusy(true);
    try {
      const { exportConversation } = await request(appApi, ExportTranscriptQuery, { id: conversationId });
      downloadText(`conversation-${conversationId}.txt`, exportConversation);
    } catch (caught) {
      onError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="export" disabled={busy} onClick={() => void exportTranscript()} title="Download the transcript and audit trail as text">
      {busy ? 'Exporting…' : 'Export'}
    </button>
  );
}
