import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_HELP_CENTRE } from '../config/paths';
import { chunkArticle } from './chunk-article';
import { KnowledgeIndex } from './knowledge-index';
import { readHelpCentreDirectory } from './read-help-centre';
import type { KnowledgeChunk } from './types';

const demoDir = DEMO_HELP_CENTRE;

async function demoIndex(): Promise<KnowledgeIndex> {
  const { articles } = await readHelpCentreDirectory(demoDir);
  const chunks = await Promise.all(articles.map(({ slug, article }) => chunkArticle({ id: slug, ...article })));
  return KnowledgeIndex.build(chunks.flat());
}

const indexPromise = demoIndex();

test('a password question finds the password article with a confident score', async () => {
  const index = await indexPromise;
  const [best] = index.search('How do I reset my password?');
  assert.equal(best?.chunk.articleId, 'reset-password');
  assert.ok(best.score >= 0.7, `score ${best.score} is well above the 0.35 threshold`);
});

test('off-topic questions score below the abstain threshold', async () => {
  const index = await indexPromise;
  for (const question of ['What is the capital of France?', 'Do you sell office chairs?']) {
    const score = index.search(question)[0]?.score ?? 0;
    assert.ok(score < 0.35, `${question} scored ${score}`);
  }
});

test('results are best first with scores between 0 and 1, and k caps them', async () => {
  const index = await indexPromise;
  const results = index.search('invite teammates and change their roles', { k: 3 });
  assert.equal(results.length, 3);
  for (const [i, result] of results.entries()) {
    assert.ok(result.score >= 0 && result.score <= 1);
    assert.equal(result.score, result.lexicalScore);
    if (i > 0) assert.ok(result.score <= (results[i - 1]?.score ?? 1));
  }
  assert.equal(results[0]?.chunk.articleId, 'invite-teammates-and-roles');
});

test('a misspelled word still finds its article', async () => {
  const index = await indexPromise;
  assert.equal(index.search('how do i reset my pasword')[0]?.chunk.articleId, 'reset-password');
});

test('an empty or stopword-only query finds nothing', async () => {
  const index = await indexPromise;
  assert.deepEqual(index.search(''), []);
  assert.deepEqual(index.search('how do I do it?'), []);
});

test('the LangChain retriever returns the same passages as documents', async () => {
  const index = await indexPromise;
  const documents = await index.asRetriever(2).invoke('Connect Slack to get alerts in a channel');
  assert.equal(documents.length, 2);
  assert.equal(documents[0]?.metadata.articleId, 'slack-integration');
  assert.equal(documents[0]?.pageContent, index.search('Connect Slack to get alerts in a channel', { k: 2 })[0]?.chunk.text);
});

test('with embeddings, a passage that shares no words with the question can still rank first', () => {
  const chunk = (id: string, title: string, text: string, embedding: number[]): KnowledgeChunk => ({
    id: `${id}#0`,
    articleId: id,
    title,
    url: null,
    text,
    position: 0,
    embedding,
  });
  const index = KnowledgeIndex.build([
    chunk('money-back', 'Money back', 'Annual plans: money back within 14 days of the first payment.', [1, 0, 0]),
    chunk('cookies', 'Cookies', 'Allow cookies for the sign-in page.', [0, 1, 0]),
  ]);
  const [best] = index.search('Can I get reimbursed?', { queryEmbedding: [0.9, 0.1, 0] });
  assert.equal(best?.chunk.articleId, 'money-back');
  assert.equal(best.lexicalScore, 0);
  assert.ok((best.vectorScore ?? 0) > 0.9);
  assert.ok(best.score > 0 && best.score <= 1);
});

test('size counts unique chunks', async () => {
  const chunks = await chunkArticle({ id: 'a', title: 'A', url: null, body: 'Some text about invoices.' });
  assert.equal(KnowledgeIndex.build([...chunks, ...chunks]).size, 1);
});

test('a framing word no article uses, such as "offer", does not outweigh the topic of the question', async () => {
  const index = await indexPromise;
  const [best] = index.search('What plans do you offer?');
  assert.equal(best?.chunk.articleId, 'plans-and-billing');
  assert.ok(best.score >= 0.35, `scored ${best.score}, under the default threshold`);
});

test('"weekly" and "week", "yearly" and "annual" meet, however the customer and the article put it', async () => {
  const chunks = await chunkArticle({ id: 'billing', title: 'Billing', url: null, body: 'Annual billing saves 20%. Reports go out every week on Monday.' });
  const index = KnowledgeIndex.build(chunks);
  assert.ok((index.search('Is yearly billing cheaper?')[0]?.score ?? 0) >= 0.35);
  assert.ok((index.search('weekly reports')[0]?.score ?? 0) >= 0.7);
});
