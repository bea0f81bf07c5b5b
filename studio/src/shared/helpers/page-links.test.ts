import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversationHref, draftArticleHref, draftTitleFrom } from './page-links';

test('a drafted article title survives the trip through the knowledge base address, punctuation included', () => {
  const title = 'Do you sell chairs & tables? 100% “oak”#1';
  const href = draftArticleHref(title);
  assert.match(href, /^\/knowledge\?draft=/);
  assert.equal(draftTitleFrom(new URL(href, 'http://localhost').search), title);
});

test('an address without a draft title, or with a blank one, starts no draft', () => {
  assert.equal(draftTitleFrom(''), null);
  assert.equal(draftTitleFrom('?draft=%20%20'), null);
  assert.equal(draftTitleFrom('?other=1'), null);
});

test('a conversation link opens it in the inbox thread view', () => {
  assert.equal(conversationHref('c_a/b'), '/#c=c_a%2Fb');
});
