import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';

/** Admins word what the widget says while nobody can answer, on the agents page. */
describe('away messages on the agents page, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: { page: Page; close(): Promise<void> };
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_away_messages'), launchBrowser()]);
    const person = await newPerson(browser);
    await signIn(person.page, `${app.api.url}/agents`, 'admin@baton.test', app.settings.demoPassword);
    admin = { page: person.page, close: () => person.context.close() };
  });
  after(async () => {
    await admin?.close();
    await browser?.close();
    await app?.stop();
  });

  test('the form shows the current wording, explains {{backAt}}, refuses an empty message and saves a new one', async () => {
    const { page } = admin;
    const form = page.getByRole('region', { name: 'When nobody is available, the widget says…' });
    const busy = form.getByLabel('Everyone is busy (within business hours)');
    const closed = form.getByLabel('Outside business hours');
    await closed.waitFor();
    assert.match(await closed.inputValue(), /\{\{backAt\}\}/, 'the default closed message names when the team is back');
    assert.match(await form.innerText(), /\{\{backAt\}\} becomes when business hours begin again, in the customer’s own time zone/);

    await busy.fill('   ');
    await form.getByRole('button', { name: 'Save away messages' }).click();
    await page.getByRole('alert').getByText('The busy message is empty: write what the widget should say.').waitFor();

    await busy.fill('All of us are helping other customers. Leave your email and we will write back.');
    await closed.fill('  The Lumen team is back {{backAt}}. Leave your email and we will write back.  ');
    await form.getByRole('button', { name: 'Save away messages' }).click();
    await page.getByRole('status').getByText('Away messages saved.').waitFor();
    const saved = await waitUntil(async () => {
      const workspace = await app.db.workspaces.findOne({ _id: DEMO_WORKSPACE.id });
      return workspace?.settings.awayMessages?.closed ? workspace.settings.awayMessages : null;
    }, 'the away messages in the workspace');
    assert.deepEqual(saved, {
      busy: 'All of us are helping other customers. Leave your email and we will write back.',
      closed: 'The Lumen team is back {{backAt}}. Leave your email and we will write back.',
    });
    await screenshot(page, 'agents-away-messages');

    await page.reload();
    await closed.waitFor();
    assert.equal(await closed.inputValue(), 'The Lumen team is back {{backAt}}. Leave your email and we will write back.');
  });
});
