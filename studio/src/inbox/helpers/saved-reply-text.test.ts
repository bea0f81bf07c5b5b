import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandSavedReply, insertSavedReply, matchSavedReplies, slashQueryAt } from './saved-reply-text';

test('known variables are filled in; a missing value leaves nothing, never the braces', () => {
  const text = 'Hi {{customer.email}}, {{ agent.name }} from {{workspace.name}} here.';
  assert.equal(
    expandSavedReply(text, { 'customer.email': 'ada@example.com', 'agent.name': 'Sam', 'workspace.name': 'Lumen' }),
    'Hi ada@example.com, Sam from Lumen here.',
  );
  assert.equal(expandSavedReply(text, { 'agent.name': 'Sam', 'customer.email': null }), 'Hi , Sam from  here.');
});

test('braces that are not a variable stay as written', () => {
  assert.equal(expandSavedReply('{{order.id}} and {{constructor}} and {x}', { 'agent.name': 'Sam' }), '{{order.id}} and {{constructor}} and {x}');
  assert.equal(expandSavedReply('{'.repeat(5_000) + '}'.repeat(5_000), {}).length, 10_000);
});

test('a slash opens the picker at the start or after a space, not inside a word or a link', () => {
  assert.deepEqual(slashQueryAt('/ref', 4), { start: 0, end: 4, query: 'ref' });
  assert.deepEqual(slashQueryAt('Thanks! /Pass', 13), { start: 8, end: 13, query: 'pass' });
  assert.deepEqual(slashQueryAt('line\n/', 6), { start: 5, end: 6, query: '' });
  assert.equal(slashQueryAt('and/or', 6), null);
  assert.equal(slashQueryAt('see https://x.example/a', 23), null);
  assert.equal(slashQueryAt('/refund now', 11), null);
});

test('inserting replaces "/shortcut" and puts the caret after the reply', () => {
  const text = 'Hello /ref and more';
  const slash = slashQueryAt(text, 10)!;
  assert.deepEqual(insertSavedReply(text, slash, 'Your refund is on its way.'), { text: 'Hello Your refund is on its way. and more', caret: 32 });
});

test('matching: shortcuts starting with the query first, then shortcut or title mentions', () => {
  const replies = [
    { shortcut: 'refund', title: 'Refund issued' },
    { shortcut: 'billing-refund', title: 'Billing' },
    { shortcut: 'reset', title: 'Password reset' },
    { shortcut: 'hello', title: 'Welcome' },
  ];
  assert.deepEqual(
    matchSavedReplies(replies, 're').map((reply) => reply.shortcut),
    ['refund', 'reset', 'billing-refund'],
  );
  assert.deepEqual(
    matchSavedReplies(replies, 'password').map((reply) => reply.shortcut),
    ['reset'],
  );
  assert.deepEqual(
    matchSavedReplies(replies, '').map((reply) => reply.shortcut),
    ['billing-refund', 'hello', 'refund', 'reset'],
  );
});
