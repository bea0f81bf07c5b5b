import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSystemEvent, seenAgentReplyId } from './timeline-roles';

const sam = { id: 'u_sam', name: 'Sam' };

test('a note without an author is a system event; an agent’s note is not', () => {
  assert.equal(isSystemEvent({ kind: 'NOTE', author: null }), true);
  assert.equal(isSystemEvent({ kind: 'NOTE', author: sam }), false);
  assert.equal(isSystemEvent({ kind: 'SYSTEM', author: null }), false, 'what the customer was told is part of the conversation');
  assert.equal(isSystemEvent({ kind: 'AGENT', author: sam }), false);
});

test('"Seen" goes under the newest agent reply at or before what the customer has displayed', () => {
  const timeline = [
    { id: 'e1', kind: 'CUSTOMER' as const },
    { id: 'e2', kind: 'AGENT' as const },
    { id: 'e3', kind: 'NOTE' as const },
    { id: 'e4', kind: 'AGENT' as const },
    { id: 'e5', kind: 'CUSTOMER' as const },
  ];
  assert.equal(seenAgentReplyId(timeline, 'e2'), 'e2');
  assert.equal(seenAgentReplyId(timeline, 'e3'), 'e2');
  assert.equal(seenAgentReplyId(timeline, 'e5'), 'e4');
  assert.equal(seenAgentReplyId(timeline, 'e1'), null);
  assert.equal(seenAgentReplyId(timeline, 'gone'), null);
  assert.equal(seenAgentReplyId(timeline, null), null);
});
