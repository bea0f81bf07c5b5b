import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { escalate } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { inboxItem, openConversation } from './support/inbox';
import { openWidget } from './support/widget';

/** Every page as its people see it, checked by axe-core: no serious or critical violation on any of them. */
describe('accessibility of every page, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let admin: { page: Page; close(): Promise<void> };
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_accessibility'), launchBrowser()]);
    base = app.api.url;
    const person = await newPerson(browser);
    await signIn(person.page, `${base}/`, 'admin@baton.test', app.settings.demoPassword);
    admin = { page: person.page, close: () => person.context.close() };
  });
  after(async () => {
    await admin?.close();
    await browser?.close();
    await app?.stop();
  });

  /** Checks the page as it is now, after a screenshot of what axe looked at. */
  async function assertAccessible(page: Page, name: string): Promise<void> {
    await screenshot(page, `accessibility-${name}`);
    assert.deepEqual(await seriousAxeViolations(page), [], `${name}: serious or critical axe-core violations`);
  }

  test('the axe helper finds a violation where there is one', async () => {
    const person = await newPerson(browser);
    try {
      // A button without a name (critical) and grey-on-white text (serious).
      await person.page.setContent(
        '<html lang="en"><head><title>t</title></head><body><main><button></button><p style="color:#ccc;background:#fff">faint</p></main></body></html>',
      );
      const ids = (await seriousAxeViolations(person.page)).map((violation) => violation.id).sort();
      assert.deepEqual(ids, ['button-name', 'color-contrast']);
    } finally {
      await person.context.close();
    }
  });

  test('the inbox, with a conversation open', async () => {
    const { page } = admin;
    const id = await escalate(app.url);
    await page.goto(`${base}/`);
    await inboxItem(page, id).waitFor();
    const thread = await openConversation(page, id);
    await thread.getByLabel('Handoff summary').waitFor();
    await assertAccessible(page, 'inbox');
  });

  test('the dashboard', async () => {
    const { page } = admin;
    await page.goto(`${base}/dashboard`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.locator('main').waitFor();
    await page.getByText(/Loading/).waitFor({ state: 'detached' });
    await assertAccessible(page, 'dashboard');
  });

  test('the flow studio', async () => {
    const { page } = admin;
    await page.goto(`${base}/studio`);
    await page.getByRole('status').filter({ hasText: 'Flow is valid' }).waitFor();
    await page.locator('button.trigger-label').first().waitFor();
    await assertAccessible(page, 'studio');
  });

  test('the knowledge base', async () => {
    const { page } = admin;
    await page.goto(`${base}/knowledge`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByText(/Loading/).waitFor({ state: 'detached' });
    await assertAccessible(page, 'knowledge');
  });

  test('the agents page', async () => {
    const { page } = admin;
    await page.goto(`${base}/agents`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByText(/Loading/).waitFor({ state: 'detached' });
    await page.getByText('Ada Admin').first().waitFor();
    await assertAccessible(page, 'agents');
  });

  test('the demo page, with the widget open', async () => {
    const customer = await newPerson(browser);
    try {
      await customer.page.goto(`${base}/demo`);
      await openWidget(customer.page);
      await assertAccessible(customer.page, 'demo-widget-open');
    } finally {
      await customer.context.close();
    }
  });

  test('the conversation page customers reach from an email', async () => {
    const customer = await newPerson(browser);
    try {
      await customer.page.goto(`${base}/chat`);
      // The page's own (hidden) heading and the widget's, drawn full page: waiting for the widget's.
      await customer.page.getByRole('heading', { name: 'Your conversation' }).last().waitFor();
      await assertAccessible(customer.page, 'chat');
    } finally {
      await customer.context.close();
    }
  });
});
