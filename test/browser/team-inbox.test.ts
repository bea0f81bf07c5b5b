import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { gqlOk } from '../support/graphql-client';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { inboxItem, openConversation } from './support/inbox';

const DEFAULT_FLOW = JSON.parse(readFileSync(new URL('../../machines/default-flow.json', import.meta.url), 'utf8')) as {
  version: number;
  edges: { id: string; trigger: { type: string; params: Record<string, unknown> }; effects?: Record<string, unknown> }[];
};

/** The team panel's row for one agent (the panel opens on its summary). */
async function teamPanelRow(page: Page, agentName: string) {
  const panel = page.locator('details.team-panel');
  if (!(await panel.evaluate((element) => (element as HTMLDetailsElement).open))) await panel.locator('summary').click();
  return panel.getByRole('listitem').filter({ hasText: agentName });
}

describe('the team inbox in Chromium: availability, teams, presence, agent management', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let password: string;
  let adminToken: string;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_team_inbox'), launchBrowser()]);
    base = app.api.url;
    password = app.settings.demoPassword;
    const signedIn = await gqlOk<{ login: { token: string } }>(
      app.url,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: 'admin@baton.test', password },
    );
    adminToken = signedIn.login.token;
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('an agent sets Away in the header; after a heartbeat the other agent sees them Away; the choice survives a reload', async () => {
    const sam = await newPerson(browser);
    const riley = await newPerson(browser);
    await Promise.all([signIn(sam.page, `${base}/`, 'agent@baton.test', password), signIn(riley.page, `${base}/`, 'agent2@baton.test', password)]);

    const samsToggle = sam.page.getByRole('group', { name: 'Your availability' });
    // The page's first heartbeat made Sam available.
    await samsToggle.getByRole('button', { name: 'Available', pressed: true }).waitFor();
    await (await teamPanelRow(riley.page, 'Sam Agent')).getByText('Available', { exact: true }).waitFor();

    await samsToggle.getByRole('button', { name: 'Away' }).click();
    await samsToggle.getByRole('button', { name: 'Away', pressed: true }).waitFor();
    // Riley's page learns it from its next heartbeat (every 20 s): the locator polls until then.
    const samForRiley = await teamPanelRow(riley.page, 'Sam Agent');
    await samForRiley.getByText('Away', { exact: true }).waitFor({ timeout: 30_000 });
    assert.match(await samForRiley.innerText(), /Sam Agent[\s\S]*Away[\s\S]*\d+\/\d+/);
    await screenshot(riley.page, 'team-inbox-colleague-away');

    // A heartbeat keeps an AWAY the agent chose: after a reload (a heartbeat at once) Sam is still away.
    await sam.page.reload();
    await samsToggle.getByRole('button', { name: 'Away', pressed: true }).waitFor();
    await (await teamPanelRow(sam.page, 'Sam Agent')).getByText('Away', { exact: true }).waitFor();
    await screenshot(sam.page, 'team-inbox-availability-away');
    await samsToggle.getByRole('button', { name: 'Available' }).click();
    await samsToggle.getByRole('button', { name: 'Available', pressed: true }).waitFor();
    for (const person of [sam, riley]) await person.context.close();
  });

  test('a flow routes "refund" to team Billing: the inbox shows the conversation with its team and filters by it', async () => {
    const created = await gqlOk<{ createTeam: { id: string; name: string } }>(app.url, 'mutation { createTeam(name: "Billing") { id name } }', {}, adminToken);
    const billing = created.createTeam;
    const flow = structuredClone(DEFAULT_FLOW);
    const keywordEdge = flow.edges.find((edge) => edge.trigger.type === 'keyword' && (edge.trigger.params.keywords as string[]).includes('refund'));
    assert.ok(keywordEdge, 'the default flow has a keyword edge for "refund"');
    keywordEdge.effects = { ...keywordEdge.effects, team: billing.id };
    await gqlOk(app.url, 'mutation ($flow: JSON!) { publishFlow(flow: $flow, note: "refunds to Billing") { version } }', { flow }, adminToken);

    const token = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, token, 'I want a refund', (current) => current.status === 'AWAITING_HUMAN');

    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const item = inboxItem(sam.page, conversation.id);
    await item.locator('.team', { hasText: 'Billing' }).waitFor();
    await sam.page.getByLabel('Team', { exact: true }).selectOption({ label: 'Billing' });
    await sam.page.getByText('1 conversation', { exact: true }).waitFor();
    assert.deepEqual(await sam.page.locator('li.conversation-item').evaluateAll((items) => items.map((entry) => entry.getAttribute('data-conversation-id'))), [
      conversation.id,
    ]);
    const thread = await openConversation(sam.page, conversation.id);
    await thread.getByText('Team Billing').waitFor();
    await screenshot(sam.page, 'team-inbox-routed-to-billing');
    await sam.context.close();
  });

  test('two agents on one conversation see each other viewing and typing; only the assignee may reply', async () => {
    const token = await widgetToken(app.url);
    const conversation = await sendAndWait(app.url, token, 'I want to talk to a human about my invoice', (current) => current.status === 'AWAITING_HUMAN');
    const sam = await newPerson(browser);
    const riley = await newPerson(browser);
    await Promise.all([signIn(sam.page, `${base}/`, 'agent@baton.test', password), signIn(riley.page, `${base}/`, 'agent2@baton.test', password)]);

    const samsThread = await openConversation(sam.page, conversation.id);
    await samsThread.getByRole('button', { name: 'Claim' }).click();
    await samsThread.getByText('Assigned to you').waitFor();
    const rileysThread = await openConversation(riley.page, conversation.id);

    // Each sees the other: Riley from Sam's VIEWING reports, Sam from Riley's first report (Sam then answers at once).
    const started = Date.now();
    await Promise.all([
      rileysThread.getByLabel('Also viewing').getByText('Sam Agent').waitFor({ timeout: 10_000 }),
      samsThread.getByLabel('Also viewing').getByText('Riley Agent').waitFor({ timeout: 10_000 }),
    ]);
    const seenAfter = Date.now() - started;
    assert.ok(seenAfter < 10_000, `both saw each other within 10 s (took ${seenAfter} ms), without waiting for the 15 s repeat`);

    await rileysThread.getByText('Only Sam Agent can reply; add a note or ask them to transfer.').waitFor();
    assert.equal(await rileysThread.getByRole('button', { name: 'Send reply' }).isDisabled(), true);

    await samsThread.getByLabel('Message').pressSequentially('Looking at your invoice now', { delay: 20 });
    await rileysThread.getByText('Sam Agent is typing…').waitFor({ timeout: 10_000 });
    await screenshot(riley.page, 'team-inbox-viewing-and-typing');

    // Riley's note goes in even though Riley cannot reply.
    await rileysThread.getByLabel('Message').fill('The invoice was re-issued yesterday.');
    await rileysThread.getByRole('button', { name: 'Add internal note' }).click();
    await rileysThread.locator('[data-kind="NOTE"]').getByText('The invoice was re-issued yesterday.').waitFor();

    // Closing the thread says LEFT: Sam's list empties without waiting for the 40 s expiry.
    await riley.page.evaluate(() => {
      window.location.hash = '';
    });
    await samsThread.getByLabel('Also viewing').waitFor({ state: 'detached', timeout: 10_000 });
    for (const person of [sam, riley]) await person.context.close();
  });

  test('the agents page lists agents with availability and capacity; an admin changes a capacity and creates a team; agents see it is for admins', async () => {
    const admin = await newPerson(browser);
    await signIn(admin.page, `${base}/agents`, 'admin@baton.test', password);
    const table = admin.page.getByRole('table', { name: 'Agents' });
    const riley = table.locator('tr[data-email="agent2@baton.test"]');
    await riley.waitFor();
    assert.match(await riley.innerText(), /Riley Agent[\s\S]*agent2@baton\.test/);
    assert.match(await riley.locator('.availability').innerText(), /^(Available|Away|Offline)$/);
    assert.match(await riley.locator('.capacity').innerText(), /^(default )?\d+$/);
    assert.match(await riley.locator('.active-conversations').innerText(), /^\d+$/);
    assert.equal(await table.locator('tbody tr').count(), 3, 'the three demo accounts');

    await riley.getByLabel('New capacity of Riley Agent').fill('4');
    await riley.getByRole('button', { name: 'Set' }).click();
    await admin.page.getByRole('status').getByText("Riley Agent's capacity is now 4.").waitFor();
    await riley.locator('.capacity', { hasText: /^4$/ }).waitFor();
    const stored = await gqlOk<{ agents: { email: string; capacity: number }[] }>(app.url, '{ agents { email capacity } }', {}, adminToken);
    assert.equal(stored.agents.find((agent) => agent.email === 'agent2@baton.test')?.capacity, 4);

    await admin.page.getByLabel('New team name').fill('Technical');
    await admin.page.getByRole('button', { name: 'Create team' }).click();
    await admin.page.getByRole('list', { name: 'Teams' }).getByLabel('Name of team Technical').waitFor();
    // The new team is offered in every agent's row; putting Riley in it shows as a member.
    // A click, then the state once the change is confirmed: check() asserts the state right after its click, before React has re-rendered the controlled box.
    const technicalBox = riley.getByRole('group', { name: 'Teams of Riley Agent' }).getByLabel('Technical');
    await technicalBox.click();
    await admin.page.getByRole('status').getByText("Riley Agent's teams changed.").waitFor();
    assert.equal(await technicalBox.isChecked(), true);
    await admin.page
      .getByRole('list', { name: 'Teams' })
      .locator('li', { hasText: '1 member' })
      .filter({ has: admin.page.getByLabel('Name of team Technical') })
      .waitFor();
    await screenshot(admin.page, 'team-inbox-agents-page');

    // A second team of the same name: the server's CONFLICT shows as it says it.
    await admin.page.getByLabel('New team name').fill('Technical');
    await admin.page.getByRole('button', { name: 'Create team' }).click();
    const alert = admin.page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /already has a team named Technical/);

    // Billing is what the published flow routes "refund" to: deleting it is refused, with the server's reason.
    const billingItem = admin.page
      .getByRole('list', { name: 'Teams' })
      .locator('li')
      .filter({ has: admin.page.getByLabel('Name of team Billing') });
    await billingItem.getByRole('button', { name: 'Delete' }).click();
    await alert.filter({ hasText: /flow/ }).waitFor();
    assert.equal(await billingItem.count(), 1, 'the team is still there');

    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/agents`, 'agent@baton.test', password);
    await sam.page.getByText('This page is for admins').waitFor();
    assert.equal(await sam.page.getByRole('table', { name: 'Agents' }).count(), 0);
    for (const person of [admin, sam]) await person.context.close();
  });
});
