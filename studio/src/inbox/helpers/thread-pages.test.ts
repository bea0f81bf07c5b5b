import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ThreadFragment } from '../../gql/graphql';
import { prependEntries, withEarlierEntries } from './thread-pages';

const entry = (id: string) => ({ id, at: '2026-11-02T10:00:00Z', kind: 'CUSTOMER' as const, text: id, confidence: null, author: null, citations: [] });
const thread = (id: string, ids: string[]) => ({ id, timeline: ids.map(entry) }) as unknown as ThreadFragment;
const ids = (conversation: ThreadFragment) => conversation.timeline.map((item) => item.id);

test('an update keeps the entries that slid out of the newest page, ahead of it', () => {
  const merged = withEarlierEntries(thread('c1', ['e1', 'e2', 'e3']), thread('c1', ['e2', 'e3', 'e4']));
  assert.deepEqual(ids(merged), ['e1', 'e2', 'e3', 'e4']);
});

test('another conversation replaces the thread', () => {
  assert.deepEqual(ids(withEarlierEntries(thread('c1', ['e1']), thread('c2', ['x1']))), ['x1']);
  assert.deepEqual(ids(withEarlierEntries(null, thread('c2', ['x1']))), ['x1']);
});

test('older pages go in front, without repeating what the thread has', () => {
  assert.deepEqual(ids(prependEntries(thread('c1', ['e3', 'e4']), [entry('e1'), entry('e2'), entry('e3')])), ['e1', 'e2', 'e3', 'e4']);
});
