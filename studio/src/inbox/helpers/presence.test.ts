import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentViewers, initials, isNewViewer, typingLine, withReport, type Viewers } from './presence';

const alice = { id: 'u_alice', name: 'Alice Agent' };
const bob = { id: 'u_bob', name: 'Bob Agent' };

test('a VIEWING report shows the agent for 40 s; a repeat extends it; LEFT removes them at once', () => {
  let viewers: Viewers = {};
  viewers = withReport(viewers, { kind: 'VIEWING', agent: alice }, 0);
  assert.deepEqual(currentViewers(viewers, 39_999), [{ id: alice.id, name: alice.name, typing: false }]);
  assert.deepEqual(currentViewers(viewers, 40_000), []);
  viewers = withReport(viewers, { kind: 'VIEWING', agent: alice }, 15_000);
  assert.equal(currentViewers(viewers, 50_000).length, 1);
  viewers = withReport(viewers, { kind: 'LEFT', agent: alice }, 16_000);
  assert.deepEqual(currentViewers(viewers, 16_000), []);
});

test('TYPING lasts 6 s and counts as viewing', () => {
  const viewers = withReport({}, { kind: 'TYPING', agent: bob }, 1_000);
  assert.deepEqual(currentViewers(viewers, 6_999), [{ id: bob.id, name: bob.name, typing: true }]);
  assert.deepEqual(currentViewers(viewers, 7_000), [{ id: bob.id, name: bob.name, typing: false }]);
});

test('a viewer is new when unknown or expired, not while still present, and LEFT never is', () => {
  const viewers = withReport({}, { kind: 'VIEWING', agent: alice }, 0);
  assert.equal(isNewViewer(viewers, { kind: 'VIEWING', agent: bob }, 1_000), true);
  assert.equal(isNewViewer(viewers, { kind: 'TYPING', agent: alice }, 1_000), false);
  assert.equal(isNewViewer(viewers, { kind: 'VIEWING', agent: alice }, 41_000), true);
  assert.equal(isNewViewer({}, { kind: 'LEFT', agent: bob }, 0), false);
});

test('the typing line and initials', () => {
  assert.equal(typingLine([]), null);
  assert.equal(typingLine(['Alice']), 'Alice is typing…');
  assert.equal(typingLine(['Alice', 'Bob']), 'Alice and Bob are typing…');
  assert.equal(typingLine(['A', 'B', 'C']), '3 people are typing…');
  assert.equal(initials('Alice Agent'), 'AA');
  assert.equal(initials('  '), '?');
});
