import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { gqlOk } from '../support/graphql-client';
import { CONVERSATION_FIELDS, sendAndWait, waitForConversation, widgetToken } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { inboxItem, openConversation } from './support/inbox';
import { askInWidget, openWidget, widgetConversationId } from './support/widget';

describe('the shared inbox and the widget, live, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let password: string;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_inbox'), launchBrowser()]);
    base = app.api.url;
    password = app.settings.demoPassword;
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('"Talk to a person" reaches the inbox live, highlighted with its reason; an agent claims and replies; the customer sees the agent by name; a second agent sees it taken', async (t) => {
    const sam = await newPerson(browser, { notifications: true });
    const riley = await newPerson(browser);
    const customer = await newPerson(browser);
    await Promise.all([
      signIn(sam.page, `${base}/`, 'agent@baton.test', password, { screenshotAs: 'sign-in' }),
      signIn(riley.page, `${base}/`, 'agent2@baton.test', password),
    ]);

    await customer.page.goto(`${base}/demo`);
    await openWidget(customer.page);
    await askInWidget(customer.page, 'How do I connect a Postgres data source?');
    await customer.page.locator('[data-kind="AI"]').first().waitFor();
    const conversationId = await widgetConversationId(customer.page);
    // Both inboxes list the conversation (live) before the customer asks for a person.
    await Promise.all([inboxItem(sam.page, conversationId).waitFor(), inboxItem(riley.page, conversationId).waitFor()]);

    const talk = customer.page.getByRole('button', { name: 'Talk to a person' });
    await talk.click();
    const clicked = Date.now();
    const escalated = sam.page.locator(`li.conversation-item.escalated[data-conversation-id="${conversationId}"] [data-reason="action"]`);
    await escalated.waitFor({ timeout: 5_000 });
    const elapsed = Date.now() - clicked;
    // Printed, not asserted: a loaded CI machine makes timings noisy; baton bench measures this latency.
    t.diagnostic(`the escalation showed in the inbox ${elapsed} ms after the click (target: under 1 s)`);
    assert.match(await inboxItem(sam.page, conversationId).innerText(), /Waiting for a person[\s\S]*The customer pressed a widget button/);
    await sam.page.waitForFunction(() => (window as unknown as { __notifications: { title: string }[] }).__notifications.length > 0);
    const notes = await sam.page.evaluate(() => (window as unknown as { __notifications: { title: string; body?: string }[] }).__notifications);
    assert.match(notes[0]!.body ?? '', /The customer pressed a widget button/);
    await customer.page.getByText('Waiting for a person to join…').waitFor();
    await screenshot(sam.page, 'inbox-escalation-highlighted');

    const thread = await openConversation(sam.page, conversationId);
    await thread.getByLabel('Handoff summary').waitFor();
    await thread.getByRole('button', { name: 'Claim' }).click();
    await thread.getByText('Assigned to you').waitFor();
    await thread.getByLabel('Message').fill('Hi, I am Sam. I can connect the data source with you.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.locator('[data-kind="AGENT"]').getByText('Hi, I am Sam.', { exact: false }).waitFor();
    await screenshot(sam.page, 'inbox-thread-claimed-and-replied');

    const reply = customer.page.locator('[data-kind="AGENT"]');
    await reply.waitFor();
    assert.match(await reply.innerText(), /Sam Agent[\s\S]*Hi, I am Sam\./);
    await customer.page.getByText("You're chatting with Sam Agent").waitFor();
    await screenshot(customer.page, 'widget-agent-reply');

    await inboxItem(riley.page, conversationId).getByText('Claimed by Sam Agent').waitFor();
    const rileysThread = await openConversation(riley.page, conversationId);
    await rileysThread.getByText('Taken by Sam Agent').waitFor();
    assert.equal(await rileysThread.getByRole('button', { name: 'Claim' }).count(), 0, 'a taken conversation offers no claim');
    assert.equal(await rileysThread.getByRole('button', { name: 'Send reply' }).isDisabled(), true);
    await screenshot(riley.page, 'inbox-second-agent-sees-taken');

    for (const person of [sam, riley, customer]) await person.context.close();
  });

  test('an agent notes, tags, raises the priority and transfers; the new owner hands back to the AI; the conversation is resolved; search finds it', async () => {
    const token = await widgetToken(app.url);
    const started = await sendAndWait(
      app.url,
      token,
      'I want to talk to a human about single sign-on',
      (conversation) => conversation.status === 'AWAITING_HUMAN',
    );
    const sam = await newPerson(browser);
    const riley = await newPerson(browser);
    await Promise.all([signIn(sam.page, `${base}/`, 'agent@baton.test', password), signIn(riley.page, `${base}/`, 'agent2@baton.test', password)]);

    const thread = await openConversation(sam.page, started.id);
    await thread.getByRole('button', { name: 'Claim' }).click();
    await thread.getByText('Assigned to you').waitFor();
    await thread.getByLabel('Message').fill('Customer is on the Enterprise trial; SSO needs an owner.');
    await thread.getByRole('button', { name: 'Add internal note' }).click();
    await thread.locator('[data-kind="NOTE"]').getByText('Customer is on the Enterprise trial').waitFor();
    await thread.getByLabel('Add a tag').fill('sso');
    await thread.getByLabel('Add a tag').press('Enter');
    await thread.getByText('#sso').waitFor();
    await thread.getByLabel('Priority of this conversation').selectOption('HIGH');
    await inboxItem(sam.page, started.id)
      .locator('.badge', { hasText: /^high$/ })
      .waitFor();
    await thread.getByLabel('Transfer to').selectOption({ label: 'Riley Agent' });
    await thread.getByRole('button', { name: 'Transfer' }).click();
    await thread.getByText('Taken by Riley Agent').waitFor();

    await inboxItem(riley.page, started.id).getByText('Claimed by you').waitFor();
    const rileysThread = await openConversation(riley.page, started.id);
    await rileysThread.getByRole('button', { name: 'Release to AI' }).click();
    await rileysThread.getByText('AI answering', { exact: true }).waitFor();
    await rileysThread.getByRole('button', { name: 'Resolve' }).click();
    await rileysThread.getByText('Resolved', { exact: true }).waitFor();
    await screenshot(riley.page, 'inbox-resolved-after-transfer');

    // The note is for agents only: the customer's view of the thread never shows it.
    const customerView = await gqlOk<{ conversation: { timeline: { kind: string }[] } }>(
      app.url,
      'query ($id: ID!) { conversation(id: $id) { timeline { kind } } }',
      { id: started.id },
      token,
    );
    assert.ok(!customerView.conversation.timeline.some((entry) => entry.kind === 'NOTE'));

    await sam.page.getByLabel('Search messages').fill('single sign-on');
    await sam.page.getByText('1 conversation', { exact: true }).waitFor();
    assert.deepEqual(await sam.page.locator('li.conversation-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-conversation-id'))), [
      started.id,
    ]);
    await sam.page.getByLabel('Status').selectOption('AWAITING_HUMAN');
    await sam.page.getByText('0 conversations', { exact: true }).waitFor();
    for (const person of [sam, riley]) await person.context.close();
  });

  test('a customer message with HTML in it shows as text in the inbox and runs nothing', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const token = await widgetToken(app.url);
    const sent = await gqlOk<{ sendCustomerMessage: { id: string } }>(
      app.url,
      `mutation ($input: SendCustomerMessageInput!) { sendCustomerMessage(input: $input) { ${CONVERSATION_FIELDS} } }`,
      { input: { text: attack, clientMessageId: 'xss-1' } },
      token,
    );
    const conversationId = sent.sendCustomerMessage.id;
    await waitForConversation(app.url, token, conversationId, (conversation) => conversation.timeline.length > 1);

    const agent = await newPerson(browser);
    await signIn(agent.page, `${base}/`, 'agent@baton.test', password);
    const item = inboxItem(agent.page, conversationId);
    await item.waitFor();
    const thread = await openConversation(agent.page, conversationId);
    const entry = thread.locator('[data-kind="CUSTOMER"] .text').first();
    assert.equal(await entry.innerText(), attack);
    assert.equal(await agent.page.locator('main img').count(), 0, 'no element was injected');
    assert.deepEqual(agent.dialogs, [], 'no script ran');
    await screenshot(agent.page, 'inbox-html-shown-as-text');
    await agent.context.close();
  });
});
