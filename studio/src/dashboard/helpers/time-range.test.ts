import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dailySeries, datesIn, lastDays } from './time-range';

test('the last 7 days end now and start a week earlier', () => {
  assert.deepEqual(lastDays(7, new Date('2026-11-24T11:00:00Z')), { from: '2026-11-17T11:00:00.000Z', to: '2026-11-24T11:00:00.000Z' });
});

test('a range touches every calendar date from its first to its last', () => {
  assert.deepEqual(datesIn({ from: '2026-11-29T11:00:00.000Z', to: '2026-12-02T09:00:00.000Z' }), ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
});

test('the daily series fills quiet days with zeros and keeps every day the API reported', () => {
  const series = dailySeries({ from: '2026-11-01T12:00:00.000Z', to: '2026-11-04T12:00:00.000Z' }, [
    { date: '2026-11-02', conversations: 3, automated: 1 },
    { date: '2026-10-31', conversations: 1, automated: 0 },
  ]);
  assert.deepEqual(
    series.map((day) => [day.date, day.conversations, day.automated]),
    [
      ['2026-10-31', 1, 0],
      ['2026-11-01', 0, 0],
      ['2026-11-02', 3, 1],
      ['2026-11-03', 0, 0],
      ['2026-11-04', 0, 0],
    ],
  );
});
