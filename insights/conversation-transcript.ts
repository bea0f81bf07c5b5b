/** A conversation's transcript and audit trail, as JSON for machines and as text for people. */
import type { AuditAccessDoc } from '../store/audit-documents';
import type { ConversationDoc, TimelineEntryDoc } from '../store/documents';
import type { AuditTrail } from './audit-trail';
import { formatAuditTrail } from './audit-trail';

/** Where the audit trail's history was read: Temporal, the audit archive (after Temporal deleted it), or both across runs. */
export type AuditSource = 'temporal' | 'archive' | 'temporal+archive';

/** The audit part of an agents' copy: the trail and its source, or `none` when no history is left anywhere. */
export type TranscriptAudit = { source: AuditSource; trail: AuditTrail } | { source: 'none' };

export const NO_WORKFLOW_HISTORY = 'No workflow history: Temporal no longer has it and the audit archive has no copy.';

export type AccessLogEntry = { at: string; actor: AuditAccessDoc['actor']; action: string; via: AuditAccessDoc['via'] };

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
  /** The agents' copy only: where the audit trail came from (null with no history anywhere, `auditNote` says so). */
  auditSource?: AuditSource | null;
  auditNote?: string | null;
  /** The agents' copy only: who read or exported this conversation's history, oldest first (this export included). */
  accessLog?: AccessLogEntry[];
};

const SPEAKER: Record<string, string> = { CUSTOMER: 'Customer', AI: 'AI assistant', SYSTEM: 'System' };

export function buildTranscript(
  conversation: ConversationDoc,
  entries: TimelineEntryDoc[],
  audit: TranscriptAudit | null,
  options: { includeNotes: boolean; accessLog?: AuditAccessDoc[] },
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
    audit: audit && audit.source !== 'none' ? audit.trail : null,
    ...(audit
      ? {
          auditSource: audit.source === 'none' ? null : audit.source,
          auditNote: audit.source === 'none' ? NO_WORKFLOW_HISTORY : null,
        }
      : {}),
    ...(options.accessLog
      ? { accessLog: options.accessLog.map((access) => ({ at: access.at.toISOString(), actor: access.actor, action: access.action, via: access.via })) }
      : {}),
  };
}

/**
 * The copy to send the customer: only what they saw. Internal notes, the escalation (its summary is
 * written from the notes too) and the audit trail (the notes are in the workflow's history) stay with the agents.
 */
export function buildCustomerTranscript(conversation: ConversationDoc, entries: TimelineEntryDoc[]): Transcript {
  return buildTranscript({ ...conversation, escalation: null }, entries, null, { includeNotes: false });
}

/** Readable text: one block per message, sources under AI answers, then the audit trail and the access log if present. */
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
  if (transcript.audit) {
    const [header, ...trail] = formatAuditTrail(transcript.audit).split('\n');
    lines.push('Audit trail', `${header} · source: ${transcript.auditSource ?? 'temporal'}`, ...trail, '');
  } else if (transcript.auditNote) {
    lines.push('Audit trail', transcript.auditNote, '');
  }
  if (transcript.accessLog) {
    lines.push('Access log');
    for (const access of transcript.accessLog)
      lines.push(
        `${access.at.replace('T', ' ').slice(0, 19)} UTC  ${access.action.padEnd(19)} ${access.actor.name} (${access.actor.kind} ${access.actor.id}) via ${access.via}`,
      );
  }
  return lines.join('\n').trimEnd() + '\n';
}
