import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capacityLabel, parseWholeNumber } from './numbers';

test('capacity reads "default N" when it is the workspace default', () => {
  assert.equal(capacityLabel(5, 5), 'default 5');
  assert.equal(capacityLabel(3, 5), '3');
});

test('whole numbers within bounds parse; anything else says what to type', () => {
  assert.deepEqual(parseWholeNumber(' 12 ', 0, 100, 'Capacity'), { value: 12 });
  assert.deepEqual(parseWholeNumber('0', 0, 100, 'Capacity'), { value: 0 });
  assert.deepEqual(parseWholeNumber('101', 0, 100, 'Capacity'), { error: 'Capacity must be from 0 to 100; 101 is outside.' });
  assert.deepEqual(parseWholeNumber('2.5', 0, 100, 'Capacity'), { error: 'Capacity must be a whole number from 0 to 100.' });
  assert.deepEqual(parseWholeNumber('', 30, 86400, 'Away after'), { error: 'Away after must be a whole number from 30 to 86400.' });
});
