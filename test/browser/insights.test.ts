import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedHistory } from '../support/seed-history';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { BETWEEN_07_AND_095, recentHistory } from './support/seeded-insights';

describe('insights in the web pages: the dashboard, the studio backtest and transcript export, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_insights'), launchBrowser()]);
    base = app.api.url;
    await seedHistory(app.db, recentHistory());
    const admin = await newPerson(browser);
    ({ context, page } = admin);
    await signIn(page, `${base}/dashboard`, 'admin@baton.test', app.settings.demoPassword);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const statValue = (id: string) => page.locator(`[data-stat="${id}"] .value`).innerText();
  const listedKeys = (name: string) =>
    page
      .getByRole('list', { name })
      .locator('li')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-key'), item.querySelector('.bar-count')?.textContent]));

  test('the dashboard shows the headline numbers known for a seeded week and lists the question the help centre could not answer', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).waitFor();
    await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: 'Last 7 days' }).click();
    await page.locator('main.dashboard[data-loaded-days="7"][aria-busy="false"]').waitFor();

    assert.deepEqual(
      {
        conversations: await statValue('conversations'),
        automationRate: await statValue('automationRate'),
        escalationRate: await statValue('escalationRate'),
        aiFirstResponse: await statValue('aiFirstResponse'),
        timeToClaim: await statValue('timeToClaim'),
        resolution: await statValue('resolution'),
      },
      { conversations: '5', automationRate: '20%', escalationRate: '60%', aiFirstResponse: '2 s', timeToClaim: '30 s', resolution: '30 min' },
    );
    assert.deepEqual(await listedKeys('Escalations by trigger'), [
      ['human_request', '1'],
      ['keyword', '1'],
      ['no_answer', '1'],
    ]);
    assert.deepEqual((await listedKeys('Time to claim')).slice(0, 2), [
      ['< 1 min', '1'],
      ['1–5 min', '1'],
    ]);
    assert.deepEqual(await page.getByRole('list', { name: 'Top cited articles' }).getByRole('link').allInnerTexts(), [
      'Export your data',
      'Reset your password',
    ]);
    const unanswered = page.getByRole('list', { name: 'Unanswered questions' });
    assert.deepEqual(await unanswered.locator('.question').allInnerTexts(), ['Do you sell chairs?']);
    assert.match(await unanswered.innerText(), /asked 1 time/);
    await page.setViewportSize({ width: 1360, height: 1240 });
    await screenshot(page, 'dashboard');
    await page.setViewportSize({ width: 1360, height: 860 });
  });

  test('"Draft an article" on an unanswered question opens the knowledge base editor with the question as the title', async () => {
    await page.goto(`${base}/dashboard`);
    const question = page.getByRole('list', { name: 'Unanswered questions' }).locator('li').filter({ hasText: 'Do you sell chairs?' });
    await question.getByRole('link', { name: 'Draft an article' }).click();

    const editor = page.getByRole('form', { name: 'New article' });
    await editor.waitFor();
    assert.equal(await editor.getByLabel('Title').inputValue(), 'Do you sell chairs?');
    assert.equal(await editor.getByLabel('Body').inputValue(), '');
    await editor.getByText('Customers asked this and the help centre had no answer.').waitFor();
    assert.equal(new URL(page.url()).search, '', 'the address is tidied, so a reload starts no second draft');
  });

  test('an agent sees the same dashboard, with the unanswered questions left to admins to turn into articles', async () => {
    const agent = await newPerson(browser);
    await signIn(agent.page, `${base}/dashboard`, 'agent@baton.test', app.settings.demoPassword);
    const unanswered = agent.page.getByRole('list', { name: 'Unanswered questions' });
    await unanswered.getByText('Do you sell chairs?').waitFor();
    assert.equal(await unanswered.getByRole('link', { name: 'Draft an article' }).count(), 0);
    await agent.page.getByText('An admin can turn each into a help article.').waitFor();
    assert.equal(await agent.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Knowledge base' }).count(), 0);
    await agent.context.close();
  });

  test('the studio backtest with the frustration threshold raised to 0.95 lists exactly the conversations seeded between 0.7 and 0.95 as "would not escalate", and publishes nothing', async () => {
    const flowVersionsBefore = await app.db.flows.countDocuments({});
    await page.goto(`${base}/studio`);
    const side = page.getByRole('complementary', { name: 'Flow details' });
    await side.getByRole('status').filter({ hasText: 'Flow is valid' }).waitFor();
    const versions = side.getByRole('list', { name: 'Published versions' });
    const versionsBefore = await versions.innerText();

    await page.locator('button.trigger-label[data-edge-id="frustration"]').click();
    await side.getByLabel('Frustration threshold').fill('0.95');
    await page.getByRole('button', { name: 'Backtest' }).click();

    const results = page.getByRole('region', { name: 'Backtest' });
    const changed = results.getByRole('table', { name: 'Changed conversations' });
    await changed.waitFor();
    const rows = await changed
      .locator('tbody tr')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-conversation-id'), item.getAttribute('data-verdict')]));
    assert.deepEqual(
      rows.sort(),
      BETWEEN_07_AND_095.map((id) => [id, 'WOULD_NOT_ESCALATE']),
    );
    const first = changed.locator(`tr[data-conversation-id="${BETWEEN_07_AND_095[0]}"]`);
    assert.match(await first.innerText(), /would not escalate estimate\s+frustration, turn 2\s+no escalation/);
    assert.match(
      (await first.locator('.estimate').getAttribute('title')) ?? '',
      /an answer never attempted/,
      'the draft answers a turn nobody answered at the time: an estimate',
    );
    const frustration = results.getByRole('table', { name: 'Escalations per trigger' }).locator('tr[data-trigger="frustration"]');
    assert.deepEqual(await frustration.locator('td').allInnerTexts(), ['3', '1']);
    assert.match(await results.getByRole('status').innerText(), /9 conversations replayed in \d+ ms: 2 would go differently/);
    await screenshot(page, 'studio-backtest');

    const [inboxTab] = await Promise.all([context.waitForEvent('page'), first.getByRole('link', { name: BETWEEN_07_AND_095[0] }).click()]);
    await inboxTab.getByRole('region', { name: 'Conversation' }).getByText('It still does not work').waitFor();
    await inboxTab.close();

    assert.equal(await versions.innerText(), versionsBefore, 'the version list is unchanged');
    assert.equal(await app.db.flows.countDocuments({}), flowVersionsBefore, 'no version was published');
    assert.equal(await app.db.flowDrafts.countDocuments({}), 0, 'no draft was saved');
  });

  test('"Export" in the inbox thread downloads a text transcript containing the customer\'s message', async () => {
    // The backtest left the studio with unsaved edits: leave it without its leave-page prompt.
    await page.close();
    page = await context.newPage();
    await page.goto(`${base}/#c=m1`);
    const thread = page.getByRole('region', { name: 'Conversation' });
    await thread.getByRole('list', { name: 'Timeline' }).getByText('How do I reset my password?').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), thread.getByRole('button', { name: 'Export' }).click()]);
    assert.equal(download.suggestedFilename(), 'conversation-m1.txt');
    const transcript = await readFile(await download.path(), 'utf8');
    assert.match(transcript, /Customer:\n {2}How do I reset my password\?/);
    assert.match(transcript, /AI assistant:\n {2}Go to the sign-in page…\n {2}Sources: Reset your password <https:\/\/help\.lumen\.example\/reset>/);
  });
});
