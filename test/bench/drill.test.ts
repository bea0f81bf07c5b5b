import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { runBatonBench } from './run-baton-bench';

const DrillTotals = z.object({ totals: z.object({ lost: z.number(), duplicated: z.number(), messagesSent: z.number() }) });

test('kill -9 of the worker, the API, FerretDB and Temporal under load loses no message and duplicates none', { timeout: 5 * 60_000 }, async () => {
  const { output, report } = await runBatonBench(['--drill', '--quick']);

  const parsed = DrillTotals.safeParse(report);
  assert.ok(parsed.success, `the drill did not finish with a report:\n${output.slice(-4000)}`);
  const { totals } = parsed.data;
  assert.ok(totals.messagesSent > 0, 'customers sent messages through the faults');
  assert.equal(totals.lost, 0, 'no message lost');
  assert.equal(totals.duplicated, 0, 'no message or reply duplicated');
});
