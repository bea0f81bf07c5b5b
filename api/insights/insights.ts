import { conversationWorkflow } from '../../workflows/conversation-definitions';
import { z } from 'zod';
import { FlowSchema, backtestFlow, validateFlow } from '../../machines';
import { accessLogOf, recordAccess } from '../../audit/access-log';
import { loadWorkflowHistory, transcriptAuditOf } from '../../audit/workflow-history';
import { computeMetrics } from '../../insights/conversation-metrics';
import { buildCustomerTranscript, buildTranscript, formatTranscript } from '../../insights/conversation-transcript';
import { loadMetricsInput, loadRecordedConversations } from '../../insights/load-insights';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { batonError, forbidden, notFound } from '../errors';
import type { BacktestReport, ExportFormat, QueryBacktestFlowArgs, QueryExportConversationArgs, QueryMetricsArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { readTimeline } from '../../store/timeline';

const isoDate = (field: string) => z.iso.datetime({ offset: true, error: `${field} must be an ISO date-time such as 2026-11-01T00:00:00Z` });

/** The longest range one metrics request covers: a year, leap day included. Every conversation in it is read. */
export const METRICS_RANGE_MAX_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The range's dates and span, which the schema's TimeRange (two strings) cannot say; workspace is the schema's. */
export const MetricsInput = z.object({
  range: z
    .object({ from: isoDate('range.from'), to: isoDate('range.to') })
    .refine((range) => new Date(range.from) < new Date(range.to), 'range.from must be before range.to')
    .refine(
      (range) => new Date(range.to).getTime() - new Date(range.from).getTime() <= METRICS_RANGE_MAX_DAYS * DAY_MS,
      `range covers more than ${METRICS_RANGE_MAX_DAYS} days; ask for at most ${METRICS_RANGE_MAX_DAYS} days at a time and add up shorter ranges for a longer period`,
    ),
});

export async function handleMetrics({ input, context }: { input: QueryMetricsArgs; context: BatonContext }) {
  const principal = requireUser(context);
  const { range } = parseInput(MetricsInput, input);
  const { workspace } = input;
  if (workspace) {
    const own = await context.db.workspaces.findOne({ _id: principal.workspaceId }, { projection: { key: 1 } });
    if (own?.key !== workspace) throw forbidden('You can only read the metrics of your own workspace.');
  }
  const dates = { from: new Date(range.from), to: new Date(range.to) };
  return computeMetrics({ ...(await loadMetricsInput(context.db, principal.workspaceId, dates)), range: dates, now: new Date() });
}

export const BacktestInput = z.object({
  flow: z.record(z.string(), z.unknown(), { error: 'flow must be a JSON object with nodes and edges' }),
  since: isoDate('since').nullish(),
  limit: z.number().int().min(1).max(10_000, 'limit is at most 10,000 conversations').nullish(),
});

/** Runs a draft flow over recorded conversations; reads only, never changes data. */
export async function handleBacktestFlow({ input, context }: { input: QueryBacktestFlowArgs; context: BatonContext }): Promise<BacktestReport> {
  const admin = requireUser(context, 'admin');
  const { flow, since, limit } = parseInput(BacktestInput, input);
  const verdict = validateFlow(flow);
  if (!verdict.ok) throw batonError('BAD_USER_INPUT', 'The draft flow is invalid; fix it before backtesting.', { issues: verdict.issues });
  const started = Date.now();
  const recorded = await loadRecordedConversations(context.db, admin.workspaceId, { since: since ? new Date(since) : undefined, limit: limit ?? 1000 });
  const report = backtestFlow(FlowSchema.parse(flow), recorded);
  const row = (entry: (typeof report.rows)[number]) => ({
    conversationId: entry.conversationId,
    verdict: entry.verdict.toUpperCase() as Uppercase<typeof entry.verdict>,
    actualTrigger: entry.actual?.reason ?? null,
    actualTurn: entry.actual ? entry.actual.turn + 1 : null,
    draftTrigger: entry.draft?.reason ?? null,
    draftTurn: entry.draft ? entry.draft.turn + 1 : null,
    estimated: entry.estimated,
  });
  const totals = (value: typeof report.before) => ({
    conversations: value.conversations,
    automationRate: value.automationRate,
    // A trigger that never fired has no entry, so no count is missing.
    escalationsByTrigger: Object.entries(value.escalationsByTrigger).map(([trigger, count]) => ({ trigger, count: count ?? 0 })),
  });
  return {
    conversations: report.rows.length,
    changed: report.changed.map(row),
    before: totals(report.before),
    after: totals(report.after),
    durationMs: Date.now() - started,
  };
}

/** The id's length; format and forCustomer are the schema's. */
export const ExportInput = z.object({ id: z.string().min(1).max(64) });

/**
 * The transcript for email to the customer, or for compliance with the audit trail (from Temporal,
 * or the audit archive once Temporal has deleted the history) and the access log. The export is
 * logged before the log is read, so the copy shows its own access.
 */
export async function handleExportConversation({ input, context }: { input: QueryExportConversationArgs; context: BatonContext }) {
  const principal = requireUser(context);
  const { id } = parseInput(ExportInput, input);
  const { format, forCustomer } = input;
  const conversation = await context.db.conversations.findOne({ _id: id, workspaceId: principal.workspaceId });
  if (!conversation) throw notFound(`Conversation ${id} does not exist in your workspace.`);
  await recordAccess(context.db, {
    conversationId: id,
    workspaceId: conversation.workspaceId,
    actor: { kind: 'user', id: principal.userId, name: principal.name },
    action: forCustomer ? 'export-for-customer' : 'export',
    via: 'graphql',
  });
  const entries = await readTimeline(context.db, conversation);
  if (forCustomer) return formatExport(buildCustomerTranscript(conversation, entries), format);
  const history = await loadWorkflowHistory({ temporal: context.temporal, db: context.db }, conversationWorkflow(id));
  const accessLog = await accessLogOf(context.db, id);
  return formatExport(buildTranscript(conversation, entries, transcriptAuditOf(history), { includeNotes: true, accessLog }), format);
}

function formatExport(transcript: ReturnType<typeof buildTranscript>, format: ExportFormat): string {
  return format === 'JSON' ? JSON.stringify(transcript, null, 2) : formatTranscript(transcript);
}
