import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Connection } from '@temporalio/client';
import { msNumberToTs } from '@temporalio/common/lib/time';
import { testServers } from '../test/support/test-servers';
import { applyNamespaceRetention, namespaceRetentionDays, namespaceRetentionWarning, warnOnShortClusterRetention } from './namespace-retention';

const AUDIT = { retentionDays: 30, archiveEveryMinutes: 0, archiveDelayDays: 3 };

describe('namespace retention', () => {
  let connection: Connection;
  // A namespace of this file's own, as the dev server creates its own like a cluster's operator would: keeping closed workflows one day.
  const namespace = `retention-${randomUUID().slice(0, 8)}`;

  before(async () => {
    connection = await Connection.connect({ address: testServers().temporalAddress });
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msNumberToTs(86_400_000) });
  });
  after(() => connection.close());

  test('a namespace keeping closed workflows for less than the archive may lag gets a warning naming it, its days and the fix', async () => {
    const warning = await namespaceRetentionWarning(connection, namespace, AUDIT);
    assert.equal(
      warning,
      `Temporal namespace "${namespace}" keeps closed workflows 1 day; the audit archive may lag up to 3 days (temporal.yaml audit.archiveDelayDays), ` +
        `so raise the namespace's retention (temporal operator namespace update --retention 30d ${namespace}) or lower archiveDelayDays.`,
    );
  });

  test('the cluster check prints that warning as one line and changes nothing on the server', async () => {
    const lines: string[] = [];
    await warnOnShortClusterRetention(testServers().temporalAddress, namespace, AUDIT, (line) => lines.push(line));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, new RegExp(`^baton: Temporal namespace "${namespace}" keeps closed workflows 1 day;`));
    assert.equal(await namespaceRetentionDays(connection, namespace), 1);
  });

  test('a namespace the cluster check cannot read is named in the warning with the days the archive needs', async () => {
    const lines: string[] = [];
    await warnOnShortClusterRetention(testServers().temporalAddress, `missing-${namespace}`, AUDIT, (line) => lines.push(line));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, new RegExp(`^baton: Cannot read the retention of Temporal namespace "missing-${namespace}" \\(.+\\); .* at least 3 days`));
  });

  test('applying 30 days makes the namespace keep closed workflows 30 days, and the warning is gone', async () => {
    await applyNamespaceRetention(connection, namespace, 30);

    const described = await connection.workflowService.describeNamespace({ namespace });
    assert.equal(String(described.config?.workflowExecutionRetentionTtl?.seconds), String(30 * 86_400));
    assert.equal(await namespaceRetentionWarning(connection, namespace, AUDIT), null);
  });
});
