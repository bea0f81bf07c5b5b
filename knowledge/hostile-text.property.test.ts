import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hostileMessage, hostileWord, OBJECT_MEMBER_NAMES } from '../test/support/hostile-text';
import { ArticleFileError } from './article-file-error';
import { chunkArticle } from './chunk-article';
import { KnowledgeIndex } from './knowledge-index';
import { answerOffline } from './offline-answerer';
import { parseArticleFile } from './parse-article-file';
import { analyzeQueryWords, analyzeTerms } from './text-analysis';

/**
 * Article files and customer questions meet tables keyed by their words (entities, synonyms,
 * stopwords, the index's terms). Names every JavaScript object answers to ("constructor",
 * "__proto__") and random Unicode must be plain text to all of them.
 */

const parsesOrExplains = (fileName: string, content: string) => {
  try {
    return parseArticleFile(fileName, content);
  } catch (error) {
    assert.ok(error instanceof ArticleFileError, `${fileName} threw ${String(error)}`);
    return null;
  }
};

test('front matter with object member names as keys, values and tags is read as plain data', () => {
  for (const name of OBJECT_MEMBER_NAMES) {
    const article = parseArticleFile('a.md', `---\n${name}: x\ntitle: ${name} guide\ntags: [${name}, billing]\n---\nBody about ${name}.`);
    assert.equal(article.title, `${name} guide`);
    assert.deepEqual(article.tags, [name, 'billing']);
  }
  const smuggled = parseArticleFile('a.md', '---\n__proto__:\n  title: Injected\n  url: https://evil.example\n---\nBody');
  assert.equal(smuggled.title, 'A', 'a title under __proto__ is not the article title');
  assert.equal(smuggled.url, null);
});

test('any hostile Markdown, HTML or text file parses or is refused with a reason', () => {
  const entity = fc.oneof(
    fc.constantFrom(...OBJECT_MEMBER_NAMES),
    fc.nat(0x7fffffff).map(String),
    fc
      .nat()
      .map((n) => `x${n.toString(16)}`)
      .map((hex) => `#${hex}`),
    fc.nat(0x7fffffff).map((n) => `#${n}`),
  );
  const piece = fc.oneof(
    hostileWord,
    entity.map((name) => `&${name};`),
    fc.constantFrom('<p>', '<li>', '</div>', '<', '# ', '---\n', '\n', '<!--', '<title>', '<h1>', '<a href="'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('a.md', 'a.html', 'a.txt'), (pieces, fileName) => {
      const article = parsesOrExplains(fileName, pieces.join(''));
      if (article) assert.ok(article.body.trim().length > 0 && article.title.length > 0);
    }),
    { numRuns: 500 },
  );
  assert.match(parseArticleFile('a.html', '<p>&constructor; &__proto__; &#99999999;</p>').body, /^&constructor; &__proto__; \uFFFD$/);
});

test('indexing and searching hostile words never throws, and an object member word is findable like any other', async () => {
  const chunks = (
    await Promise.all(
      OBJECT_MEMBER_NAMES.map((name, index) =>
        chunkArticle({
          id: `a${index}`,
          title: `The ${name} setting`,
          url: null,
          body: `Set ${name} in the workspace options to change how ${name} behaves.`,
          tags: [name],
        }),
      ),
    )
  ).flat();
  const index = KnowledgeIndex.build(chunks);
  fc.assert(
    fc.property(hostileMessage, (question) => {
      analyzeTerms(question);
      analyzeQueryWords(question);
      const passages = index.search(question);
      const answer = answerOffline(question, passages);
      assert.equal(typeof answer.answer, 'string');
    }),
    { numRuns: 300 },
  );
  const [best] = index.search('How do I change the constructor setting?');
  assert.equal(best?.chunk.title, 'The constructor setting');
});
