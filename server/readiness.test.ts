import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkReadiness, workerCheck } from './readiness';

describe('readiness checks', () => {
  test('a check that never answers fails at its timeout while the others pass, and the report names it', async () => {
    const started = performance.now();
    const report = await checkReadiness(
      [
        { name: 'mongodb', probe: async () => undefined },
        { name: 'temporal', probe: () => new Promise<void>(() => undefined) },
        {
          name: 'redis',
          probe: async () => {
            throw new Error('connect ECONNREFUSED redis://:secret@127.0.0.1:6379');
          },
        },
      ],
      200,
    );
    assert.ok(performance.now() - started < 1_000);
    assert.equal(report.ready, false);
    assert.deepEqual(report.failing, ['temporal', 'redis']);
    assert.deepEqual(
      report.checks.map((check) => [check.name, check.ok]),
      [
        ['mongodb', true],
        ['temporal', false],
        ['redis', false],
      ],
    );
    assert.equal(report.checks[1]!.error, 'no answer within 200 ms');
    assert.doesNotMatch(report.checks[2]!.error!, /secret/);
  });

  test('a worker is ready only while it polls its task queue', async () => {
    const running = await checkReadiness([workerCheck({ getState: () => 'RUNNING' })]);
    const draining = await checkReadiness([workerCheck({ getState: () => 'DRAINING' })]);
    assert.equal(running.ready, true);
    assert.deepEqual(draining.failing, ['worker']);
    assert.match(draining.checks[0]!.error!, /DRAINING/);
  });
});
