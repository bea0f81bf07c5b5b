import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { gql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, signIn } from './support/browser';

describe('signing out of the inbox, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_sign_out'), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('"Sign out" revokes the token on the server, not only in this browser', async () => {
    const agent = await newPerson(browser);
    await signIn(agent.page, `${app.api.url}/`, 'agent@baton.test', app.settings.demoPassword);
    const token = await agent.page.evaluate(() => (JSON.parse(localStorage.getItem('baton.session') ?? 'null') as { token: string } | null)?.token);
    assert.ok(token, 'the page keeps a session token');
    assert.equal((await gql(app.url, 'query { agents { id } }', {}, token)).errors, undefined, 'the token works while signed in');

    await agent.page.getByRole('button', { name: 'Sign out' }).click();
    await agent.page.getByRole('heading', { name: 'Sign in to Baton' }).waitFor();
    // A copy of the token taken before signing out (another tab, a leaked log) no longer works.
    assert.equal((await gql(app.url, 'query { agents { id } }', {}, token)).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });
});
