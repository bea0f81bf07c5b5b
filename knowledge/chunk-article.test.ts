import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkArticle, CHUNK_SIZE } from './chunk-article';

const longBody = Array.from({ length: 6 }, (_, section) =>
  [
    `## Section ${section + 1}`,
    '',
    ...Array.from({ length: 6 }, (_, line) => `Sentence ${line + 1} of section ${section + 1} explains one more detail about the feature.`),
  ].join('\n'),
).join('\n\n');

test('chunks have deterministic ids, positions and the article fields', async () => {
  const article = { id: 'art-1', title: 'Guide', url: 'https://help.example/guide', body: longBody, tags: ['guide'] };
  const first = await chunkArticle(article);
  const second = await chunkArticle(article);
  assert.ok(first.length > 1, 'a long article becomes several chunks');
  assert.deepEqual(first, second);
  first.forEach((chunk, position) => {
    assert.equal(chunk.id, `art-1#${position}`);
    assert.equal(chunk.position, position);
    assert.equal(chunk.articleId, 'art-1');
    assert.equal(chunk.title, 'Guide');
    assert.equal(chunk.url, 'https://help.example/guide');
    assert.deepEqual(chunk.tags, ['guide']);
    assert.ok(chunk.text.length <= CHUNK_SIZE + 200, 'chunks stay near the target size');
  });
});

test('every chunk starts under the heading of the section it came from', async () => {
  const chunks = await chunkArticle({ id: 'a', title: 'Guide', url: null, body: longBody });
  for (const chunk of chunks) assert.match(chunk.text, /^## Section \d/);
});

test('a short article is one chunk with its text unchanged', async () => {
  const chunks = await chunkArticle({ id: 'short', title: 'Short', url: null, body: 'Just one paragraph.' });
  assert.deepEqual(chunks, [{ id: 'short#0', articleId: 'short', title: 'Short', url: null, text: 'Just one paragraph.', position: 0 }]);
});
