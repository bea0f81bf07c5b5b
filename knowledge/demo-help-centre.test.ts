import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_HELP_CENTRE } from '../config/paths';
import { chunkArticle } from './chunk-article';
import { KnowledgeIndex } from './knowledge-index';
import { answerOffline } from './offline-answerer';
import { readHelpCentreDirectory } from './read-help-centre';

const demoDir = DEMO_HELP_CENTRE;

test('every demo article parses with a title, a help-centre URL and tags', async () => {
  const { articles, errors } = await readHelpCentreDirectory(demoDir);
  assert.deepEqual(errors, []);
  assert.ok(articles.length >= 12, `${articles.length} articles`);
  for (const { slug, article } of articles) {
    assert.equal(article.url, `https://help.lumen.example/articles/${slug}`);
    assert.ok(article.tags.length > 0, `${slug} has tags`);
    assert.ok(article.body.length > 400, `${slug} has a few paragraphs`);
  }
});

test('the demo help centre answers a password question and abstains on unrelated ones', async () => {
  const { articles } = await readHelpCentreDirectory(demoDir);
  const index = KnowledgeIndex.build((await Promise.all(articles.map(({ slug, article }) => chunkArticle({ id: slug, ...article })))).flat());
  const ask = (question: string) => answerOffline(question, index.search(question));

  const password = ask('How do I reset my password?');
  assert.equal(password.abstain, false);
  assert.equal(password.citations[0]?.articleId, 'reset-password');
  assert.ok(password.confidence >= 0.7);
  assert.match(password.answer, /Forgot password\?/);

  const plans = ask('What plans do you offer?');
  assert.equal(plans.abstain, false, 'the question customers ask most before buying');
  assert.equal(plans.citations[0]?.articleId, 'plans-and-billing');

  for (const question of ['What is the capital of France?', 'Do you sell office chairs?']) {
    assert.equal(ask(question).abstain, true, question);
  }
});
