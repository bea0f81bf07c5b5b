import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay, formatSeconds, formatShare, triggerLabel } from './metric-format';

test('durations read in the largest sensible units', () => {
  assert.equal(formatSeconds(2), '2 s');
  assert.equal(formatSeconds(30), '30 s');
  assert.equal(formatSeconds(59.6), '1 min');
  assert.equal(formatSeconds(90), '1 min 30 s');
  assert.equal(formatSeconds(120), '2 min');
  assert.equal(formatSeconds(1800), '30 min');
  assert.equal(formatSeconds(5400), '1 h 30 min');
  assert.equal(formatSeconds(93_600), '1 d 2 h');
});

test('a duration with no data reads as a dash', () => {
  assert.equal(formatSeconds(null), '—');
  assert.equal(formatSeconds(undefined), '—');
});

test('shares read as percentages with at most one decimal', () => {
  assert.equal(formatShare(0.2), '20%');
  assert.equal(formatShare(0.6), '60%');
  assert.equal(formatShare(0.125), '12.5%');
  assert.equal(formatShare(0), '0%');
});

test('days and triggers read as people say them', () => {
  assert.equal(formatDay('2026-11-02'), '2 Nov');
  assert.equal(triggerLabel('human_request'), 'human request');
});
