import assert from 'node:assert/strict';
import { test } from 'node:test';
import { action } from './action';

test('an action edge names the button as the customer saw it, and a button the widget does not show by its name', () => {
  assert.equal(action.wording.cause({ action: 'talk_to_human' }, null), 'the customer pressed “Talk to a person”');
  assert.equal(action.wording.headline?.({ action: 'talk_to_human' }, null), 'Customer pressed “Talk to a person”');
  assert.equal(action.wording.cause({ action: 'book_demo' }, null), 'the customer pressed “book_demo”');
  // The name comes from the widget: an object key such as "constructor" is just a name too.
  assert.equal(action.wording.cause({ action: 'constructor' }, null), 'the customer pressed “constructor”');
});
