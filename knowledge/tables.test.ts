import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkArticle } from './chunk-article';
import { KnowledgeIndex } from './knowledge-index';
import { answerOffline } from './offline-answerer';
import { parseArticleFile } from './parse-article-file';

const PRICING_HTML = `<html><head><title>Pricing</title></head><body><main><h1>Pricing</h1><p>We have two plans.</p>
<table><caption>Plans at a glance</caption>
<thead><tr><th>Plan</th><th>Price</th><th>Seats</th></tr></thead>
<tbody><tr><td>Starter</td><td>$0 per month</td><td>3 seats</td></tr>
<tr><td><strong>Pro</strong></td><td>$20 per month</td><td>10 | 20 seats</td></tr></tbody></table>
<p>Prices exclude VAT.</p></main></body></html>`;

const PRICING_MARKDOWN = `---
title: Pricing
---

# Pricing

We have two plans.

| Plan | Price | Seats |
| --- | --- | --- |
| Starter | $0 per month | 3 seats |
| Pro | $20 per month | 10 seats |
`;

async function answer(fileName: string, content: string, question: string) {
  const article = parseArticleFile(fileName, content);
  const index = KnowledgeIndex.build(await chunkArticle({ id: 'pricing', ...article }));
  return answerOffline(question, index.search(question));
}

test('an HTML table becomes one Markdown row a line under its header, not one run-on line', () => {
  const { body } = parseArticleFile('pricing.html', PRICING_HTML);
  assert.equal(
    body,
    [
      'We have two plans.',
      '',
      'Plans at a glance',
      '',
      '| Plan | Price | Seats |',
      '| --- | --- | --- |',
      '| Starter | $0 per month | 3 seats |',
      '| **Pro** | $20 per month | 10 / 20 seats |',
      '',
      'Prices exclude VAT.',
    ].join('\n'),
  );
});

test('a table without header cells keeps one row a line, with no header invented', () => {
  const { body } = parseArticleFile('hours.html', '<body><table><tr><td>Monday</td><td>9-17</td></tr><tr><td>Saturday</td><td>closed</td></tr></table></body>');
  assert.equal(body, ['| Monday | 9-17 |', '| Saturday | closed |'].join('\n'));
});

for (const [format, fileName, content] of [
  ['HTML', 'pricing.html', PRICING_HTML],
  ['Markdown', 'pricing.md', PRICING_MARKDOWN],
] as const) {
  test(`the offline answer quotes ${format} table rows one a line, each cell under its column name`, async () => {
    const reply = await answer(fileName, content, 'How many seats does the Starter plan have?');
    assert.equal(reply.abstain, false);
    const lines = reply.answer.split('\n');
    assert.ok(lines.includes('Plan: Starter · Price: $0 per month · Seats: 3 seats'), reply.answer);
    assert.ok(!reply.answer.includes('|'), reply.answer);
    assert.doesNotMatch(reply.answer, /PlanPrice|Starter\$0/);
  });
}

test('a long table split over chunks repeats its header in each, so every row keeps its column names', async () => {
  const rows = Array.from({ length: 60 }, (_, i) => `| Region ${i} | ${i % 2 ? 'EU' : 'US'} data centre | ${i + 1} ms |`);
  const body = [
    '# Regions',
    '',
    'Where your data lives.',
    '',
    '| Region | Location | Latency |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'Ask us about others.',
  ].join('\n');
  const chunks = await chunkArticle({ id: 'regions', title: 'Regions', url: null, body });
  const withRows = chunks.filter((chunk) => /\| Region \d+ \|/.test(chunk.text));
  assert.ok(withRows.length >= 2, `${withRows.length} chunks hold rows`);
  for (const chunk of withRows) assert.match(chunk.text, /^# Regions\n\n\| Region \| Location \| Latency \|\n\| --- \| --- \| --- \|\n\| Region \d+ \|/);
  assert.ok(withRows.every((chunk) => chunk.text.split('\n').filter((line) => line.startsWith('| Region |')).length === 1));

  const index = KnowledgeIndex.build(chunks);
  const reply = answerOffline('What is the latency of region 57?', index.search('What is the latency of region 57?'));
  assert.ok(reply.answer.split('\n').includes('Region: Region 57 · Location: EU data centre · Latency: 58 ms'), reply.answer);
});
