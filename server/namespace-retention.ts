import { Connection, type ConnectionLike } from '@temporalio/client';
import { msNumberToTs, tsToMs } from '@temporalio/common/lib/time';
import { connectTemporalClient } from './temporal-connection';
import { redactUrlCredentials } from '../config/redact';
import type { Settings } from '../config/settings';
import { logger } from '../telemetry/logger';

const DAY_MS = 86_400_000;

/** Days Temporal keeps a closed workflow's history in this namespace. */
export async function namespaceRetentionDays(connection: Pick<ConnectionLike, 'workflowService'>, namespace: string): Promise<number> {
  const described = await connection.workflowService.describeNamespace({ namespace });
  return tsToMs(described.config?.workflowExecutionRetentionTtl) / DAY_MS;
}

/**
 * Sets how long the namespace keeps closed workflows. Only for a namespace Baton owns (the local dev server's,
 * which it creates with 24 hours): a cluster's retention is its operator's to choose.
 */
export async function applyNamespaceRetention(connection: Pick<ConnectionLike, 'workflowService'>, namespace: string, days: number): Promise<void> {
  if ((await namespaceRetentionDays(connection, namespace)) === days) return;
  await connection.workflowService.updateNamespace({
    namespace,
    // Only the fields set here change; the rest of the namespace's config stays as it is.
    config: { workflowExecutionRetentionTtl: msNumberToTs(days * DAY_MS) },
  });
}

/**
 * One sentence when the namespace deletes closed histories sooner than the audit archive may fall behind, so an
 * archiver outage would lose conversations from the archive; null when the retention leaves enough room.
 */
export async function namespaceRetentionWarning(
  connection: Pick<ConnectionLike, 'workflowService'>,
  namespace: string,
  audit: Settings['audit'],
): Promise<string | null> {
  const days = await namespaceRetentionDays(connection, namespace);
  if (days >= audit.archiveDelayDays) return null;
  const suggested = Math.max(audit.retentionDays, Math.ceil(audit.archiveDelayDays));
  return (
    `Temporal namespace "${namespace}" keeps closed workflows ${daysText(days)}; ` +
    `the audit archive may lag up to ${daysText(audit.archiveDelayDays)} (temporal.yaml audit.archiveDelayDays), ` +
    `so raise the namespace's retention (temporal operator namespace update --retention ${suggested}d ${namespace}) or lower archiveDelayDays.`
  );
}

function daysText(days: number): string {
  const rounded = Math.round(days * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** For `baton start`'s own dev server: gives its namespace the configured retention instead of the dev server's 24 hours. */
export async function applyLocalNamespaceRetention(address: string, namespace: string, days: number): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: '10s' });
  try {
    await applyNamespaceRetention(connection, namespace, days);
  } finally {
    await connection.close();
  }
}

/**
 * For a cluster of the user's own: warns (one line) when its namespace keeps closed workflows too briefly for the
 * audit archive, and changes nothing. A retention it cannot read is said too, as the archive may be at risk all the same.
 */
export async function warnOnShortClusterRetention(
  address: string,
  namespace: string,
  audit: Settings['audit'],
  warn = (message: string) => logger.warn(message),
): Promise<void> {
  let warning: string | null;
  try {
    // With the deployment's credentials (TEMPORAL_TLS_CERT/KEY, TEMPORAL_API_KEY): Temporal Cloud refuses a bare connection.
    const { connection } = await connectTemporalClient(address, namespace);
    try {
      warning = await namespaceRetentionWarning(connection, namespace, audit);
    } finally {
      await connection.close();
    }
  } catch (error) {
    warning = `Cannot read the retention of Temporal namespace "${namespace}" (${redactUrlCredentials((error as Error).message)}); make sure it keeps closed workflows at least ${daysText(audit.archiveDelayDays)}, as the audit archive may lag that long.`;
  }
  if (warning) warn(`baton: ${warning}`);
}
