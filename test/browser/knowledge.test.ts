import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';

const GIFT_CARDS = `---
title: Buy Lumen gift cards
url: https://help.lumen.example/articles/gift-cards
tags: [billing, gift cards]
---

# Buy Lumen gift cards

You can buy a Lumen gift card for a friend or a client from Settings → Billing → Gift cards.
A gift card adds credit worth one, three or twelve months of the Team plan to any workspace.
Gift cards never expire and can be redeemed by an owner of the receiving workspace.
`;

describe('the knowledge base page, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let closeAdmin: () => Promise<void>;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_knowledge'), launchBrowser()]);
    const admin = await newPerson(browser);
    page = admin.page;
    closeAdmin = () => admin.context.close();
    await signIn(page, `${app.api.url}/knowledge`, 'admin@baton.test', app.settings.demoPassword);
  });
  after(async () => {
    await closeAdmin?.();
    await browser?.close();
    await app?.stop();
  });

  const list = () => page.getByRole('list', { name: 'Article list' });

  test('lists the help centre and searches it', async () => {
    await page.getByText('16 articles').waitFor();
    await list().getByText('Reset your password').waitFor();
    await screenshot(page, 'knowledge-list');
    await page.getByLabel('Search articles').fill('two-factor');
    await page.getByText('matching “two-factor”').waitFor();
    const titles = await list().locator('strong').allInnerTexts();
    assert.ok(titles.includes('Set up two-factor authentication (2FA)'), `found ${titles.join(', ')}`);
    assert.ok(!titles.includes('Connect Lumen to Slack'));
    await page.getByLabel('Search articles').fill('');
    await page.getByText('16 articles').waitFor();
  });

  test('adds, edits and deletes an article', async () => {
    await page.getByRole('button', { name: 'New article' }).click();
    const editor = page.getByRole('form', { name: 'New article' });
    await editor.getByLabel('Title').fill('Refunds for annual plans');
    await editor.getByLabel('Tags (comma-separated)').fill('billing, refunds');
    await editor
      .getByLabel('Body')
      .fill('Annual plans can be refunded in full within 14 days of purchase. After that, unused months are credited to the workspace.');
    await editor.getByRole('button', { name: 'Add article' }).click();
    await page.getByText('Saved “Refunds for annual plans”').waitFor();
    await list().getByText('Refunds for annual plans').waitFor();
    await page.getByText('17 articles').waitFor();

    const edit = page.getByRole('form', { name: 'Edit article' });
    await edit.getByLabel('Title').fill('Refunds for yearly plans');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await list().getByText('Refunds for yearly plans').waitFor();
    assert.equal(await list().getByText('Refunds for annual plans').count(), 0);
    assert.equal(await app.db.articles.countDocuments({ title: 'Refunds for yearly plans' }), 1);
    await screenshot(page, 'knowledge-edit');

    await edit.getByRole('button', { name: 'Delete' }).click();
    await edit.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('Article deleted.').waitFor();
    await page.getByText('16 articles').waitFor();
    assert.equal(await app.db.articles.countDocuments({ title: 'Refunds for yearly plans' }), 0);
  });

  test('uploads a Markdown file, and the AI answers from it with a citation', async () => {
    await page.getByLabel('Upload Markdown files').setInputFiles({ name: 'gift-cards.md', mimeType: 'text/markdown', buffer: Buffer.from(GIFT_CARDS) });
    await page.getByRole('status', { name: 'Upload results' }).getByText('gift-cards.md: added “Buy Lumen gift cards”').waitFor();
    await list().getByText('Buy Lumen gift cards').click();
    const editor = page.getByRole('form', { name: 'Edit article' });
    assert.equal(await editor.getByLabel('Title').inputValue(), 'Buy Lumen gift cards');
    assert.equal(await editor.getByLabel('Public address (optional; the AI cites it)').inputValue(), 'https://help.lumen.example/articles/gift-cards');
    assert.equal(await editor.getByLabel('Tags (comma-separated)').inputValue(), 'billing, gift cards');
    assert.doesNotMatch(await editor.getByLabel('Body').inputValue(), /^---|^# Buy/);
    await screenshot(page, 'knowledge-uploaded');

    const token = await widgetToken(app.url);
    const answered = await sendAndWait(
      app.url,
      token,
      'Can I buy a gift card for a client?',
      (conversation) => conversation.timeline.some((entry) => entry.kind === 'AI') || conversation.status === 'AWAITING_HUMAN',
    );
    const answer = answered.timeline.find((entry) => entry.kind === 'AI');
    assert.ok(answer, `the AI answered (status ${answered.status})`);
    assert.ok(
      answer.citations.some((citation) => citation.title === 'Buy Lumen gift cards'),
      JSON.stringify(answer.citations),
    );
  });
});
