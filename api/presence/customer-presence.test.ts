import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCustomerConnected, movesForward, VIEWING_LASTS_MS } from './customer-presence';

const now = Date.parse('2026-06-01T12:00:00Z');
const ago = (ms: number) => new Date(now - ms);

describe("whether the customer's widget is open", () => {
  test('a VIEWING report within 40 s and no LEFT since', () => {
    assert.equal(isCustomerConnected({ seenAt: ago(10_000), leftAt: null }, now), true);
    assert.equal(isCustomerConnected({ seenAt: ago(VIEWING_LASTS_MS), leftAt: null }, now), false, 'too old');
    assert.equal(isCustomerConnected({ seenAt: ago(10_000), leftAt: ago(5_000) }, now), false, 'closed since');
    assert.equal(isCustomerConnected({ seenAt: ago(5_000), leftAt: ago(10_000) }, now), true, 'opened again');
    assert.equal(isCustomerConnected(undefined, now), false);
  });

  test('judged at a past moment, a LEFT that came later does not count', () => {
    const replyAt = now - 3_000;
    assert.equal(isCustomerConnected({ seenAt: ago(10_000), leftAt: ago(1_000) }, replyAt), true);
    assert.equal(isCustomerConnected({ seenAt: ago(10_000), leftAt: ago(5_000) }, replyAt), false);
  });
});

describe('what the customer has seen', () => {
  test('moves forward through the timeline only, and only to its own entries', () => {
    const ids = ['a', 'b', 'c'];
    assert.equal(movesForward(ids, null, 'a'), true);
    assert.equal(movesForward(ids, 'a', 'c'), true);
    assert.equal(movesForward(ids, 'c', 'b'), false);
    assert.equal(movesForward(ids, 'c', 'c'), false);
    assert.equal(movesForward(ids, 'a', 'zz'), false);
  });
});
