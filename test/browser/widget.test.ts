import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { gqlOk } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, screenshot } from './support/browser';
import { askInWidget, waitForFirstReply, openWidget, widgetConversationId, widgetStorage } from './support/widget';

describe('the embeddable widget, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_widget'), launchBrowser()]);
    base = app.api.url;
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('a customer asks a demo question and the AI answer shows its cited article as a link', async () => {
    const { context, page } = await newPerson(browser);
    await page.goto(`${base}/demo`);
    await openWidget(page);
    await askInWidget(page, 'How do I reset my password?');

    const answer = page.locator('[data-kind="AI"]').first();
    await answer.waitFor();
    assert.match(await answer.locator('.text').innerText(), /password/i);
    const link = answer.locator('.sources a').first();
    assert.match((await link.innerText()).trim(), /password/i);
    assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/help\.lumen\.example\//);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow');
    await screenshot(page, 'widget-answer-with-citation');
    await context.close();
  });

  test('the conversation survives a reload and catches up from the last entry it saw', async () => {
    const { context, page } = await newPerson(browser);
    await page.goto(`${base}/demo`);
    await openWidget(page);
    await askInWidget(page, 'How do I export my data?');
    await page.locator('[data-kind="AI"]').first().waitFor();
    const conversationId = await widgetConversationId(page);
    const before = await widgetStorage(page);
    const lastSeen = before!.entries.at(-1)!.id;

    const catchUp = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/graphql' && !!request.postData()?.includes('query WidgetConversation'),
    );
    await page.reload();
    // The thread is back at once (the dialog stays open), and the widget asks only for what came after the entry it last saw.
    await page.getByRole('dialog').getByText('How do I export my data?').waitFor();
    await page.locator('[data-kind="AI"]').first().waitFor();
    assert.deepEqual((await catchUp).postDataJSON().variables, { id: conversationId, since: lastSeen });

    await askInWidget(page, 'And can I schedule exports?');
    await page.locator('[data-kind="AI"]').nth(1).waitFor();
    const after = await widgetStorage(page);
    assert.equal(after!.conversationId, conversationId, 'the same conversation continues');
    assert.equal(await app.db.conversations.countDocuments({ _id: conversationId }), 1);
    assert.equal(await app.db.messages.countDocuments({ conversationId, kind: 'CUSTOMER' }), 2);
    await context.close();
  });

  test('it can be used with the keyboard alone, with dialog and log roles', async () => {
    const { context, page } = await newPerson(browser);
    await page.goto(`${base}/demo`);
    const launcher = page.getByRole('button', { name: 'Chat with support' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lumen support' });
    await dialog.waitFor();
    assert.equal(await focusedInWidget(page), 'baton-input', 'opening the chat puts the cursor in the message box');
    assert.equal(await dialog.getByRole('log').count(), 1);

    await page.keyboard.type('How do I turn on two-factor authentication?');
    await page.keyboard.press('Enter');
    await page.locator('[data-kind="AI"]').first().waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByRole('button', { name: 'Chat with support' }).getAttribute('aria-expanded'), 'false');
    assert.equal(await focusedInWidget(page), 'Chat with support', 'focus is back on the launcher');
    await context.close();
  });

  test('customer text that looks like HTML is shown as text and runs nothing', async () => {
    const { context, page, dialogs } = await newPerson(browser);
    await page.goto(`${base}/demo`);
    await openWidget(page);
    const attack = '<img src=x onerror=alert(1)>';
    await askInWidget(page, attack);
    const mine = page.locator('[data-kind="CUSTOMER"]').first();
    await mine.waitFor();
    assert.equal(await mine.locator('.text').innerText(), attack);
    // Whatever the AI does next (answer or hand over), wait for it, then check nothing was injected.
    await waitForFirstReply(page, app.url);
    assert.equal(await page.locator('#baton-widget img').count(), 0);
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  test('it works on a page of another origin that the workspace allows', async () => {
    const site = await startCompanySite(base);
    try {
      const admin = await gqlOk<{ login: { token: string } }>(app.url, 'mutation { login(email: "admin@baton.test", password: "baton-demo") { token } }');
      await gqlOk(
        app.url,
        'mutation ($origins: [String!]) { updateWorkspaceSettings(input: { widgetOrigins: $origins }) { id } }',
        { origins: [site.origin] },
        admin.login.token,
      );

      const { context, page } = await newPerson(browser);
      await page.goto(`${site.origin}/pricing`);
      await openWidget(page);
      await askInWidget(page, 'How do I invite teammates?');
      const answer = page.locator('[data-kind="AI"]').first();
      await answer.waitFor();
      assert.ok((await answer.locator('.sources a').count()) >= 1, 'the answer cites an article');
      await screenshot(page, 'widget-on-another-origin');
      await context.close();
    } finally {
      await new Promise((resolve) => site.server.close(resolve));
    }
  });
});

/** The id (or else the accessible label) of the element focused inside the widget's shadow root. */
async function focusedInWidget(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.getElementById('baton-widget')?.shadowRoot?.activeElement;
    return focused ? focused.id || focused.getAttribute('aria-label') : null;
  });
}

/** A customer's own site on another origin (another port), embedding the widget from the Baton API. */
async function startCompanySite(apiBase: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Pricing · Acme</title></head><body><h1>Acme pricing</h1>
      <p>Questions? Ask in the chat.</p>
      <script src="${apiBase}/widget.js" data-workspace="demo" data-title="Lumen support"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" and "127.0.0.1" are different origins; the port alone would do too.
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}
