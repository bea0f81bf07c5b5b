/** A conversation's transcript and audit trail, as JSON for machines and as text for people. */
import type { ConversationDoc, TimelineEntryDoc } from '../store/documents';
import type { AuditTrail } from './audit-trail';
import { formatAuditTrail } from './audit-trail';

export type Transcript = {
  conversation: {
    id: string;
    status: string;
    flowVersion: number;
    createdAt: string;
    assignee: { id: string; name: string } | null;
    escalation: { reason: string; trigger: string; summary: string | null; at: string } | null;
    customerEmail: string | null;
  };
  timeline: { at: string; kind: string; author: string | null; text: string; citations: { title: string; url: string | null }[]; confidence: number | null }[];
  audit: AuditTrail | null;
};

const SPEAKER: Record<string, string> = { CUSTOMER: 'Customer', AI: 'AI assistant', SYSTEM: 'System' };

export function buildTranscript(
  conversation: ConversationDoc,
  entries: TimelineEntryDoc[],
  audit: AuditTrail | null,
  options: { includeNotes: boolean },
): Transcript {
  return {
    conversation: {
      id: conversation._id,
      status: conversation.status,
      flowVersion: conversation.flowVersion,
      createdAt: conversation.createdAt.toISOString(),
      assignee: conversation.assignee ?? null,
      escalation: conversation.escalation
        ? {
            reason: conversation.escalation.reason,
            trigger: conversation.escalation.trigger,
            summary: conversation.escalation.summary ?? null,
            at: conversation.escalation.at.toISOString(),
          }
        : null,
      customerEmail: conversation.customer.email ?? null,
    },
    timeline: [...entries]
      .sort((a, b) => a.seq - b.seq)
      .filter((entry) => options.includeNotes || entry.kind !== 'NOTE')
      .map((entry) => ({
        at: entry.at.toISOString(),
        kind: entry.kind,
        author: entry.authorName ?? null,
        text: entry.text,
        citations: (entry.citations ?? []).map(({ title, url }) => ({ title, url: url || null })),
        confidence: entry.confidence ?? null,
      })),
    audit,
  };
}

/**
 * The copy to send the customer: only what they saw. Internal notes, the escalation (its summary is
 * written from the notes too) and the audit trail (the notes are in the workflow's history) stay with the agents.
 */
export function buildCustomerTranscript(conversation: ConversationDoc, entries: TimelineEntryDoc[]): Transcript {
  return buildTranscript({ ...conversation, escalation: null }, entries, null, { includeNotes: false });
}

/** Readable text: one block per message, sources under AI answers, then the audit trail if present. */
export function formatTranscript(transcript: Transcript): string {
  const { conversation } = transcript;
  const lines = [
    `Conversation ${conversation.id}`,
    `Started ${conversation.createdAt} · status ${conversation.status} · flow version ${conversation.flowVersion}`,
    ...(conversation.escalation
      ? [
          `Escalated (${conversation.escalation.reason}) at ${conversation.escalation.at}${conversation.escalation.summary ? `: ${conversation.escalation.summary}` : ''}`,
        ]
      : []),
    '',
  ];
  for (const entry of transcript.timeline) {
    const speaker =
      entry.kind === 'AGENT'
        ? `${entry.author ?? 'Agent'} (agent)`
        : entry.kind === 'NOTE'
          ? `Internal note by ${entry.author ?? 'an agent'}`
          : SPEAKER[entry.kind];
    lines.push(`[${entry.at.replace('T', ' ').slice(0, 19)} UTC] ${speaker}:`, ...entry.text.split('\n').map((line) => `  ${line}`));
    if (entry.citations.length > 0)
      lines.push(`  Sources: ${entry.citations.map((citation) => (citation.url ? `${citation.title} <${citation.url}>` : citation.title)).join('; ')}`);
    lines.push('');
  }
  if (transcript.audit) lines.push('Audit trail', formatAuditTrail(transcript.audit));
  return lines.join('\n').trimEnd() + '\n';
}
