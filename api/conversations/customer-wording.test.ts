import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customerFacingText } from './customer-wording';

test('a button press reads in the second person for the customer; other entries are unchanged', () => {
  assert.equal(
    customerFacingText({ kind: 'SYSTEM', text: 'The customer pressed “Talk to a person”.', action: 'talk_to_human' }),
    'You pressed “Talk to a person”.',
  );
  const notice = "I'm bringing in a person from our team.";
  assert.equal(customerFacingText({ kind: 'SYSTEM', text: notice }), notice);
  assert.equal(customerFacingText({ kind: 'CUSTOMER', text: 'The customer pressed nothing' }), 'The customer pressed nothing');
});
