import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backtestSince, escalationLabel, triggerChanges } from './backtest';

test('the backtest looks back 30 days', () => {
  assert.equal(backtestSince(new Date('2026-11-24T11:00:00Z')), '2026-10-25T11:00:00.000Z');
});

test('one side of a changed conversation reads as its trigger and turn, or as no escalation', () => {
  assert.equal(escalationLabel('human_request', 2), 'human request, turn 2');
  assert.equal(escalationLabel(null, null), 'no escalation');
});

test('escalations per trigger list every trigger of either side, the largest change first', () => {
  assert.deepEqual(
    triggerChanges(
      [
        { trigger: 'frustration', count: 3 },
        { trigger: 'keyword', count: 1 },
      ],
      [
        { trigger: 'frustration', count: 1 },
        { trigger: 'keyword', count: 1 },
        { trigger: 'turns', count: 1 },
      ],
    ),
    [
      { trigger: 'frustration', before: 3, after: 1 },
      { trigger: 'turns', before: 0, after: 1 },
      { trigger: 'keyword', before: 1, after: 1 },
    ],
  );
});
