import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay, formatScore, formatSeconds, formatShare, triggerLabel, truncateText } from './metric-format';

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

test('under a second reads in milliseconds, not "0 s"', () => {
  assert.equal(formatSeconds(0.34), '340 ms');
  assert.equal(formatSeconds(0.0004), '0 ms');
  assert.equal(formatSeconds(0.9996), '1 s');
});

test('long texts are cut at 140 characters with an ellipsis; short ones are left whole', () => {
  assert.equal(truncateText('  Do you sell chairs? '), 'Do you sell chairs?');
  const long = 'a'.repeat(1000);
  assert.equal(truncateText(long), `${'a'.repeat(140)}…`);
  assert.equal(truncateText('word '.repeat(40), 12), 'word word wo…');
});

test('CSAT averages read out of 5', () => {
  assert.equal(formatScore(4), '4.0 / 5');
  assert.equal(formatScore(4.25), '4.3 / 5');
  assert.equal(formatScore(null), '—');
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
