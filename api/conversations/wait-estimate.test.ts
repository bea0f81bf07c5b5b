import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectedWaitSeconds, median, queueOf, queuePositionIn, recentWaits, waitSamplesOf, type QueuedConversation } from './wait-estimate';

const at = (minute: number) => new Date(Date.parse('2026-06-01T12:00:00Z') + minute * 60_000);

describe('recent waits', () => {
  test('a wait runs from entering AWAITING_HUMAN to the next HUMAN_ACTIVE; one the AI took back first gives no sample', () => {
    const samples = waitSamplesOf([
      { at: at(0), status: 'AI_ANSWERING' },
      { at: at(1), status: 'AWAITING_HUMAN', teamId: 't_billing' },
      { at: at(4), status: 'HUMAN_ACTIVE', teamId: 't_billing' },
      { at: at(5), status: 'AWAITING_HUMAN', teamId: 't_billing' },
      { at: at(6), status: 'AI_ANSWERING' },
      { at: at(7), status: 'HUMAN_ACTIVE' },
    ]);
    assert.deepEqual(samples, [{ assignedAt: at(4).getTime(), waitedSeconds: 180, teamId: 't_billing' }]);
  });

  test("only the team's waits of the last 7 days count, newest 50", () => {
    const now = at(0).getTime();
    const samples = [
      ...Array.from({ length: 60 }, (_, index) => ({ assignedAt: now - index * 1000, waitedSeconds: index, teamId: null })),
      { assignedAt: now - 8 * 24 * 3600 * 1000, waitedSeconds: 999, teamId: null },
      { assignedAt: now, waitedSeconds: 999, teamId: 't_other' },
    ];
    const recent = recentWaits(samples, null, now);
    assert.equal(recent.length, 50);
    assert.ok(!recent.includes(999));
    assert.equal(Math.max(...recent), 49);
  });
});

describe('the expected wait', () => {
  test('the median wait per place in line, rounded up to whole minutes', () => {
    assert.equal(median([30, 300, 90]), 90);
    assert.equal(median([30, 90, 100, 300]), 95);
    assert.equal(expectedWaitSeconds([30, 300, 90], 1, true), 120);
    assert.equal(expectedWaitSeconds([30, 300, 90], 3, true), 300);
    assert.equal(expectedWaitSeconds([1, 2, 3], 1, true), 60, 'at least a minute');
  });

  test('no estimate from fewer than 3 waits, or when nobody is available', () => {
    assert.equal(expectedWaitSeconds([60, 60], 1, true), null);
    assert.equal(expectedWaitSeconds([60, 60, 60], 1, false), null);
  });
});

describe('the queue', () => {
  const waiting = (id: string, minute: number, priority: QueuedConversation['priority'] = 'normal', teamId: string | null = null): QueuedConversation => ({
    _id: id,
    status: 'AWAITING_HUMAN',
    priority,
    escalation: { reason: 'human_request', trigger: 'e', summary: null, at: at(minute) },
    assignee: null,
    stepVersion: 1,
    teamId,
  });

  test("in the router's order: higher priority first, then the longest waiting; a team's queue is its own", () => {
    const queue = queueOf(
      [waiting('c', 3), waiting('a', 1), waiting('urgent', 5, 'urgent'), waiting('billing', 0, 'normal', 't_billing'), waiting('b', 2)],
      null,
    );
    assert.deepEqual(queue, ['urgent', 'a', 'b', 'c']);
    assert.equal(queuePositionIn(queue, 'b'), 3);
    assert.equal(queuePositionIn(queue, 'billing'), null);
    assert.deepEqual(queueOf([waiting('billing', 0, 'normal', 't_billing'), waiting('a', 1)], 't_billing'), ['billing']);
  });
});
