import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIdFor, isUnderSourceRoot, sourcePathOf } from './source-path';

test('a file inside the working folder is stored by its relative path, one outside by its absolute path', () => {
  assert.equal(sourcePathOf('/repo/docs/help/reset.md', '/repo'), 'docs/help/reset.md');
  assert.equal(sourcePathOf('/elsewhere/reset.md', '/repo'), '/elsewhere/reset.md');
  assert.equal(sourcePathOf('/repo', '/repo'), '');
});

test('a source path is under a root when it is the root or inside it, never a sibling with the same prefix', () => {
  assert.equal(isUnderSourceRoot('docs/help/reset.md', 'docs/help'), true);
  assert.equal(isUnderSourceRoot('docs/help/reset.md', 'docs/help/reset.md'), true);
  assert.equal(isUnderSourceRoot('docs/helpdesk/reset.md', 'docs/help'), false);
  assert.equal(isUnderSourceRoot('docs/help/reset.md', ''), true, 'the whole working folder');
  assert.equal(isUnderSourceRoot('/elsewhere/reset.md', ''), false);
});

test('article ids are stable per workspace and source path, and differ across either', () => {
  const id = articleIdFor('ws_demo', 'docs/help/Reset Password.md');
  assert.match(id, /^a_reset-password_[0-9a-f]{12}$/);
  assert.equal(articleIdFor('ws_demo', 'docs/help/Reset Password.md'), id);
  assert.notEqual(articleIdFor('ws_other', 'docs/help/Reset Password.md'), id);
  assert.notEqual(articleIdFor('ws_demo', 'docs/old/Reset Password.md'), id);
});
