import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCurrentChunk, storedChunkId } from './chunk-revision';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);

test('a stored chunk id names its article, the content revision and the position', () => {
  assert.equal(storedChunkId('a_reset', hashA, 2), `a_reset@${'a'.repeat(16)}#2`);
});

test('only chunks of the article current revision are current', () => {
  assert.equal(isCurrentChunk(storedChunkId('a_reset', hashA, 0), 'a_reset', hashA), true);
  assert.equal(isCurrentChunk(storedChunkId('a_reset', hashB, 0), 'a_reset', hashA), false);
  assert.equal(isCurrentChunk(storedChunkId('a_reset_more', hashA, 0), 'a_reset', hashA), false);
});

test('chunks stored before revisions existed stay current until the article is rewritten', () => {
  assert.equal(isCurrentChunk('a_reset#3', 'a_reset', hashA), true);
  assert.equal(isCurrentChunk('a_reset_x#3', 'a_reset', hashA), false);
});
