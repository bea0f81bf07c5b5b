import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBatonBench } from './run-baton-bench';

test('baton bench --quick runs the whole benchmark on a stack of its own and reports every measure', { timeout: 5 * 60_000 }, async () => {
  const { code, output, report } = await runBatonBench(['--quick']);

  assert.equal(code, 0, `baton bench --quick failed:\n${output.slice(-4000)}`);
  assert.ok(report && typeof report === 'object' && 'kind' in report && report.kind === 'baton-bench', 'it wrote its JSON report');
  for (const measure of ['floor', 'reply', 'escalation', 'throughput', 'saturation', 'floorSaturation', 'memory', 'profile'])
    assert.ok(measure in report, `the report has ${measure}`);
});
