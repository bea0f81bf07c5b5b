import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleFromFile } from './article-file';

describe('uploaded help-centre files', () => {
  test('Markdown front matter gives the title, address and tags; the repeated heading is dropped from the body', () => {
    const article = articleFromFile(
      'gift-cards.md',
      '---\ntitle: Buy gift cards\nurl: https://help.example.com/gift\ntags: [billing, "gift cards"]\n---\n\n# Buy gift cards\n\nBody text.\n',
    );
    assert.deepEqual(article, {
      title: 'Buy gift cards',
      url: 'https://help.example.com/gift',
      tags: ['billing', 'gift cards'],
      body: 'Body text.',
      format: 'MARKDOWN',
    });
  });

  test('without front matter the first heading is the title, else the file name', () => {
    assert.equal(articleFromFile('x.md', '# Export data\n\nHow to export.').title, 'Export data');
    assert.equal(articleFromFile('export-your-data.md', 'How to export.').title, 'Export your data');
  });

  test('an address that is not http(s) is ignored; other file types are refused with the fix', () => {
    assert.equal(articleFromFile('a.md', '---\nurl: javascript:alert(1)\n---\nText').url, null);
    assert.throws(() => articleFromFile('manual.pdf', 'x'), /Markdown \(\.md\)/);
    assert.throws(() => articleFromFile('empty.md', '  \n'), /empty/);
  });
});
