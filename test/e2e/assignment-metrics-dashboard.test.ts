import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { launchBrowser, newPerson, screenshot, signIn } from '../browser/support/browser';
import { prepareBrowserTests } from '../browser/support/prepare-browser-tests';
import { conversationWithMoves, type AssignmentMove } from '../support/assignment-history';
import { startTestApp, type TestApp } from '../support/test-app';

const HOUR_MS = 3_600_000;
/** The start of an hour two days ago: inside the dashboard's last 7 days, whatever time the test runs. */
const BASE = Math.floor((Date.now() - 2 * 24 * HOUR_MS) / HOUR_MS) * HOUR_MS;
const TEAM = 'team_dash_billing';

/** Moves timed in minutes after BASE. */
function conversation(id: string, ...moves: (Omit<AssignmentMove, 'at'> & { minute: number })[]) {
  return conversationWithMoves(id, ...moves.map(({ minute, ...move }) => ({ ...move, at: new Date(BASE + minute * 60_000).toISOString() })));
}

describe('assignment metrics on the dashboard, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    await prepareBrowserTests();
    [app, browser] = await Promise.all([startTestApp('browser_assignment_metrics'), launchBrowser()]);
    await app.db.teams.insertOne({ _id: TEAM, workspaceId: DEMO_WORKSPACE.id, name: 'Billing', nameKey: 'billing', createdAt: new Date() });
    await app.db.conversations.insertMany([
      // The router gives it to Sam after 2 min; Sam does not answer; 1 min after the requeue the router gives it to Riley.
      conversation(
        'dash-a1',
        { minute: 0, status: 'AWAITING_HUMAN', trigger: 'human_request', teamId: TEAM },
        { minute: 2, status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent', teamId: TEAM, assignedBy: 'router' },
        { minute: 7, status: 'AWAITING_HUMAN', trigger: 'agent_no_reply', agentId: 'u_demo_agent', teamId: TEAM },
        { minute: 8, status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent2', teamId: TEAM, assignedBy: 'router' },
      ),
      // Sam claims it after 10 min: two waiting at once between minutes 7 and 8.
      conversation(
        'dash-a2',
        { minute: 5, status: 'AWAITING_HUMAN', trigger: 'keyword' },
        { minute: 15, status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent' },
      ),
    ]);
    ({ context, page } = await newPerson(browser));
    await signIn(page, `${app.api.url}/dashboard`, 'admin@baton.test', app.settings.demoPassword);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const listed = (name: string) =>
    page
      .getByRole('list', { name })
      .locator('li')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-key'), item.querySelector('.bar-count')?.textContent]));

  test('time to assignment, assignments and requeues by agent and team, and the queue peak over the last 7 days', async () => {
    await page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: 'Last 7 days' }).click();
    await page.locator('main.dashboard[data-loaded-days="7"][aria-busy="false"]').waitFor();

    // p50 in the headline, p90 in the detail under it.
    assert.equal(await page.locator('[data-stat="timeToAssignment"] .value').innerText(), '2 min');
    assert.match(await page.locator('[data-stat="timeToAssignment"] .detail').innerText(), /^p90 10 min · /);
    assert.deepEqual(await listed('Assignments by agent'), [
      ['Sam Agent', '2'],
      ['Riley Agent', '1'],
    ]);
    assert.deepEqual(await listed('Requeues by agent'), [['Sam Agent', '1']]);
    assert.deepEqual(await listed('Assignments by team'), [
      ['Billing', '2'],
      ['(no team)', '1'],
    ]);
    assert.deepEqual(await listed('Requeues by team'), [['Billing', '1']]);
    assert.deepEqual(await listed('Escalations by trigger'), [
      ['human_request', '1'],
      ['keyword', '1'],
    ]);

    const chart = page.getByRole('img', { name: /^Queue length/ });
    assert.match((await chart.getAttribute('aria-label')) ?? '', /at most 2 waiting at once/);
    const peakHour = new Date(BASE).toISOString();
    assert.equal(await chart.locator(`g[data-at="${peakHour}"]`).getAttribute('data-waiting'), '2');
    assert.equal(await chart.locator('g[data-at]').count(), 7 * 24 + 1, 'an hourly point for each hour the last 7 days touch');
    await page.setViewportSize({ width: 1360, height: 1800 });
    await screenshot(page, 'dashboard-assignment');
  });
});
