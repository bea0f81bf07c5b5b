import { readFileSync } from 'node:fs';
import { FlowSchema, backtestFlow, validateFlow, type BacktestReport } from '../machines';
import { loadRecordedConversations } from '../insights/load-insights';
import { loadSettings } from '../config/settings';
import { connectDatabase } from '../store/database';
import { CliError, UsageError } from './cli-error';
import type { BacktestFlags } from './commands/backtest';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** `baton backtest`: what a draft flow would have decided on recorded conversations. Reads only. */
export async function runBacktest(values: BacktestFlags): Promise<number> {
  if (!values.flow) throw new UsageError('--flow FILE is required (a flow JSON, e.g. a copy of machines/default-flow.json).');
  let flowJson: unknown;
  try {
    flowJson = JSON.parse(readFileSync(values.flow, 'utf8'));
  } catch (error) {
    throw new CliError(`Cannot read ${values.flow} as JSON: ${(error as Error).message}`);
  }
  const verdict = validateFlow(flowJson);
  if (!verdict.ok) {
    throw new CliError(
      `${values.flow} is not a valid flow:\n${verdict.issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => `  - ${issue.message}`)
        .join('\n')}`,
    );
  }
  const since = values.since ? new Date(values.since) : undefined;
  if (since && Number.isNaN(since.getTime())) throw new UsageError(`--since takes a date such as 2026-11-01 (got ${values.since}).`);
  const limit = values.limit ? Number(values.limit) : 1000;
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a positive whole number.');

  const settings = loadSettings();
  const db = await connectDatabase(settings.mongo.uri ?? `mongodb://127.0.0.1:${settings.mongo.localPort}/`, settings.mongo.database).catch((error: Error) => {
    throw new CliError(`${error.message} Is \`baton start\` running?`);
  });
  try {
    const key = values.workspace ?? 'demo';
    const workspace = await db.workspaces.findOne({ key });
    if (!workspace) throw new CliError(`No workspace has the key "${key}"; pass --workspace with one that exists.`);
    const started = Date.now();
    const report = backtestFlow(FlowSchema.parse(flowJson), await loadRecordedConversations(db, workspace._id, { since, limit }));
    const seconds = (Date.now() - started) / 1000;
    console.log(values.json ? JSON.stringify({ ...report, seconds }, null, 2) : formatReport(report, seconds));
    return 0;
  } finally {
    await db.close();
  }
}

function formatReport(report: BacktestReport, seconds: number): string {
  const lines = report.changed.map((row) => {
    const actual = row.actual ? `${row.actual.reason} at turn ${row.actual.turn + 1}` : 'no escalation';
    const draft = row.draft ? `${row.draft.reason} at turn ${row.draft.turn + 1}` : 'no escalation';
    return `${row.conversationId}  ${row.verdict.padEnd(18)} was: ${actual}; draft: ${draft}${row.estimated ? ' (estimate)' : ''}`;
  });
  const triggers = (totals: BacktestReport['before']) =>
    Object.entries(totals.escalationsByTrigger)
      .map(([trigger, count]) => `${trigger} ${count}`)
      .join(', ') || 'none';
  return [
    ...(lines.length ? lines : ['No conversation would be handled differently.']),
    '',
    `${report.rows.length} conversations, ${report.changed.length} would change (${seconds.toFixed(2)} s)`,
    `automation rate: ${percent(report.before.automationRate)} → ${percent(report.after.automationRate)}`,
    `escalations before: ${triggers(report.before)}`,
    `escalations after:  ${triggers(report.after)}`,
  ].join('\n');
}
