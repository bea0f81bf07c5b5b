import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { confirmLeaving, leaveQuestion, setLeaveQuestion } from './leave-guard';

describe('the leave guard', () => {
  afterEach(() => setLeaveQuestion(null));

  test('with nothing to lose, leaving asks nothing', () => {
    let asked = 0;
    assert.equal(
      confirmLeaving(() => {
        asked += 1;
        return false;
      }),
      true,
    );
    assert.equal(asked, 0);
  });

  test('with unsaved work, a "no" keeps the page and the question stays', () => {
    setLeaveQuestion('You have unsaved changes. Leave anyway?');
    const asked: string[] = [];
    assert.equal(
      confirmLeaving((text) => {
        asked.push(text);
        return false;
      }),
      false,
    );
    assert.deepEqual(asked, ['You have unsaved changes. Leave anyway?']);
    assert.equal(leaveQuestion(), 'You have unsaved changes. Leave anyway?');
  });

  test('a "yes" lets the page go without the browser asking again', () => {
    setLeaveQuestion('You have unsaved changes. Leave anyway?');
    assert.equal(
      confirmLeaving(() => true),
      true,
    );
    assert.equal(leaveQuestion(), null);
  });
});
