import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_AWAY_MESSAGE, checkAwayMessage } from './away-message';

describe('away messages as admins type them', () => {
  test('the text is kept, trimmed', () => {
    assert.deepEqual(checkAwayMessage('  Back {{backAt}}. ', 'The closed message'), { value: 'Back {{backAt}}.' });
  });

  test('empty or too long, the error says what to do', () => {
    assert.deepEqual(checkAwayMessage('   ', 'The busy message'), { error: 'The busy message is empty: write what the widget should say.' });
    assert.deepEqual(checkAwayMessage('x'.repeat(MAX_AWAY_MESSAGE + 1), 'The busy message'), {
      error: `The busy message is ${MAX_AWAY_MESSAGE + 1} characters; shorten it to ${MAX_AWAY_MESSAGE} at most.`,
    });
  });
});
