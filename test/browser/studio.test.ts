import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sendAndWait, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { inboxItem, openConversation } from './support/inbox';
import { askInWidget, openWidget, widgetConversationId } from './support/widget';

describe('the flow studio, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let admin: { page: Page; close(): Promise<void> };
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_studio'), launchBrowser()]);
    base = app.api.url;
    const person = await newPerson(browser);
    await signIn(person.page, `${base}/studio`, 'admin@baton.test', app.settings.demoPassword);
    await person.page.getByRole('status').filter({ hasText: 'Flow is valid' }).waitFor();
    admin = { page: person.page, close: () => person.context.close() };
  });
  after(async () => {
    await admin?.close();
    await browser?.close();
    await app?.stop();
  });

  const edgeLabel = (id: string) => admin.page.locator(`button.trigger-label[data-edge-id="${id}"]`);
  const panel = () => admin.page.getByRole('complementary', { name: 'Flow details' });

  test('the simulator lights up awaitingHuman, and the edge that fired, after the customer types "I want a human"', async () => {
    const { page } = admin;
    await page.getByLabel('Stand-in answer confidence').waitFor();
    assert.match(await page.locator('.stand-in').innerText(), /No knowledge base runs in the browser/);
    await page.getByLabel('Customer message').fill('I want a human');
    await page.getByLabel('Customer message').press('Enter');

    await page.locator('[data-node-id="awaitingHuman"][data-active="true"]').waitFor();
    await panel().getByText('Current state: Awaiting a human').waitFor();
    await page.locator('button.trigger-label[data-edge-id="human-request"][data-fired="true"]').waitFor();
    assert.equal(await page.locator('[data-node-id="aiAnswering"]').getAttribute('data-active'), 'false');
    assert.match(
      await page.getByRole('list', { name: 'Simulation log' }).innerText(),
      /AI answering → Awaiting a human via edge “human-request” \(human_request\)/,
    );
    await screenshot(page, 'studio-simulator-awaiting-human');
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.locator('[data-node-id="aiAnswering"][data-active="true"]').waitFor();
  });

  test('a frustration threshold of 1.5 shows an error on the edge and blocks publishing', async () => {
    const { page } = admin;
    await edgeLabel('frustration').click();
    const threshold = panel().getByLabel('Frustration threshold');
    await threshold.fill('1.5');

    await page.locator('button.trigger-label[data-edge-id="frustration"][data-invalid="true"]').waitFor();
    assert.match(await edgeLabel('frustration').innerText(), /threshold must be between 0 and 1/);
    assert.equal(await page.getByRole('button', { name: 'Publish' }).isDisabled(), true);
    await panel().getByText('✗ 1 error: publishing is blocked').waitFor();
    assert.match(await panel().getByRole('alert').first().innerText(), /between 0 and 1/);
    await screenshot(page, 'studio-invalid-threshold');

    await threshold.fill('0.7');
    await page.locator('button.trigger-label[data-edge-id="frustration"][data-invalid="false"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Publish' }).isDisabled(), false);
  });

  test('a new state is flagged until it is connected; connecting by dragging adds triggers; deleting it leaves the flow valid', async () => {
    const { page } = admin;
    await page.getByLabel('Kind of state to add').selectOption('queue');
    await page.getByRole('button', { name: 'Add state' }).click();
    const added = page.locator('[data-node-id="queue"]');
    await added.waitFor();
    await panel().getByText('✗ 2 errors').waitFor();
    assert.match(await panel().getByRole('list').first().innerText(), /unreachable[\s\S]*no way to a human/);
    await page.getByRole('button', { name: 'Auto-layout' }).click();

    await connect(page, 'aiAnswering', 'queue');
    await connect(page, 'queue', 'humanActive');
    await page.locator('button.trigger-label[data-edge-id="agent-claim"]').waitFor();
    await panel().getByText('✓ Flow is valid').waitFor();
    assert.match(await page.locator('button.trigger-label[data-edge-id="human-request-2"]').innerText(), /human_request/);
    await screenshot(page, 'studio-connected-new-state');

    await page.locator('.react-flow__node[data-id="queue"]').click();
    await panel().getByRole('button', { name: 'Delete this state' }).click();
    await added.waitFor({ state: 'detached' });
    assert.equal(await page.locator('button.trigger-label[data-edge-id="agent-claim"]').count(), 0, 'its triggers go with it');
    await panel().getByText('✓ Flow is valid').waitFor();
  });

  test('adding the keyword "invoice" and publishing: new conversations escalate on it with reason keyword, older ones keep their version', async () => {
    const { page } = admin;
    const token = await widgetToken(app.url);
    const older = await sendAndWait(app.url, token, 'How do I change my plan?', (conversation) => conversation.timeline.some((entry) => entry.kind === 'AI'));
    assert.equal(older.flowVersion, 1);

    await edgeLabel('watched-keywords').click();
    await panel().getByLabel('New keyword').fill('invoice');
    await panel().getByRole('button', { name: 'Add keyword' }).click();
    await panel().getByRole('list', { name: 'Keywords' }).getByText('invoice', { exact: true }).waitFor();
    await panel().getByText('✓ Flow is valid').waitFor();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    const draft = await app.db.flowDrafts.findOne({});
    const keywordEdge = (draft?.flow as { edges: { id: string; trigger: { params: { keywords?: string[] } } }[] }).edges.find(
      (edge) => edge.id === 'watched-keywords',
    );
    assert.equal(keywordEdge?.trigger.params.keywords?.at(-1), 'invoice', 'the draft is saved with the new keyword');
    await page.getByLabel('Version note').fill('Escalate invoice questions');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published version 2.').waitFor();
    const v2 = panel().locator('[data-version="2"]');
    assert.match(await v2.innerText(), /v2[\s\S]*live[\s\S]*Ada Admin[\s\S]*Escalate invoice questions/);
    await screenshot(page, 'studio-published-v2');

    const customer = await newPerson(browser);
    await customer.page.goto(`${base}/demo`);
    await openWidget(customer.page);
    await askInWidget(customer.page, 'where is my invoice');
    await customer.page.getByText('Waiting for a person to join…').waitFor();
    const newer = await widgetConversationId(customer.page);

    await page.getByRole('link', { name: 'Inbox' }).click();
    const item = inboxItem(page, newer);
    await item.locator('[data-reason="keyword"]').waitFor();
    const thread = await openConversation(page, newer);
    await thread.getByText('Flow v2').waitFor();
    await thread.locator('[aria-label="Handoff summary"][data-reason="keyword"]').waitFor();
    await screenshot(page, 'inbox-keyword-escalation-on-v2');
    const olderThread = await openConversation(page, older.id);
    await olderThread.getByText('Flow v1').waitFor();
    await customer.context.close();
  });
});

/** Drags from one state's outgoing handle to another state's incoming handle, as an admin connects two states. */
async function connect(page: Page, source: string, target: string): Promise<void> {
  const from = await page.locator(`.react-flow__node[data-id="${source}"] .react-flow__handle.source`).boundingBox();
  const to = await page.locator(`.react-flow__node[data-id="${target}"] .react-flow__handle.target`).boundingBox();
  assert.ok(from && to, 'both handles are on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
}
