import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFocusIndex } from './roving-focus';

test('arrows move one item and stop at the ends; Home and End jump; other keys do nothing', () => {
  assert.equal(nextFocusIndex('ArrowDown', 0, 3), 1);
  assert.equal(nextFocusIndex('ArrowDown', 2, 3), 2);
  assert.equal(nextFocusIndex('ArrowUp', 0, 3), 0);
  assert.equal(nextFocusIndex('ArrowUp', 2, 3), 1);
  assert.equal(nextFocusIndex('End', 0, 3), 2);
  assert.equal(nextFocusIndex('Home', 2, 3), 0);
  assert.equal(nextFocusIndex('Enter', 1, 3), null);
  assert.equal(nextFocusIndex('ArrowDown', 0, 0), null);
});
