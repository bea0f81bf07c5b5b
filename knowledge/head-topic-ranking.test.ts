import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_HELP_CENTRE } from '../config/paths';
import { chunkArticle } from './chunk-article';
import { KnowledgeIndex } from './knowledge-index';
import { answerOffline } from './offline-answerer';
import { readHelpCentreDirectory } from './read-help-centre';

async function demoIndex(): Promise<KnowledgeIndex> {
  const { articles } = await readHelpCentreDirectory(DEMO_HELP_CENTRE);
  return KnowledgeIndex.build((await Promise.all(articles.map(({ slug, article }) => chunkArticle({ id: slug, ...article })))).flat());
}

test('a question naming two topics is answered from the article about the first, not from one full of synonyms of the second', async () => {
  const index = await demoIndex();
  const question = 'What plans do you have and how does billing work?';
  const answer = answerOffline(question, index.search(question));
  assert.equal(answer.abstain, false);
  assert.equal(answer.citations[0]?.articleId, 'plans-and-billing', JSON.stringify(answer));
});

test('one-topic questions keep their articles', async () => {
  const index = await demoIndex();
  const expected: [string, string][] = [
    ['How do I download an invoice?', 'change-plan-and-invoices'],
    ['What plans do you offer?', 'plans-and-billing'],
    ['How do I reset my password?', 'reset-password'],
  ];
  for (const [question, articleId] of expected) {
    assert.equal(answerOffline(question, index.search(question)).citations[0]?.articleId, articleId, question);
  }
});

test('the head topic decides between two articles that cover both topics equally', async () => {
  const articles = [
    { id: 'exports', title: 'Exports and schedules', body: 'You can export any dashboard as CSV or PDF. Exports can run on a schedule every day or week.' },
    {
      id: 'schedules',
      title: 'Schedules for reports and exports',
      body: 'A schedule sends a report by email. You can schedule an export too, every day or week.',
    },
  ];
  const index = KnowledgeIndex.build((await Promise.all(articles.map((article) => chunkArticle({ ...article, url: null })))).flat());
  assert.equal(index.search('Which exports are there and how do schedules work?')[0]?.chunk.articleId, 'exports');
  assert.equal(index.search('Which schedules are there and how do exports work?')[0]?.chunk.articleId, 'schedules');
});
