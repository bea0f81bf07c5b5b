import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { conversationWithMoves } from '../support/assignment-history';
import { createAgents } from '../support/demo-actors';
import { gqlOk, subscribe } from '../support/graphql-client';
import { escalate, resolveAs, setAssignment } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { launchBrowser, screenshot } from './support/browser';
import { askInWidget, handoffStrip, launcher, newCustomer, openWidget, statusLine, widgetConversationId, widgetStorage } from './support/widget';

type Agent = { id: string; name: string; token: string };

const CLAIM = 'mutation ($id: ID!) { claimConversation(id: $id) { id } }';
const REPLY = 'mutation ($c: ID!, $t: String!, $m: ID!) { sendAgentMessage(conversationId: $c, text: $t, clientMessageId: $m) { id } }';
const TYPING = 'mutation ($c: ID!) { reportPresence(conversationId: $c, kind: TYPING) }';

/** Three past waits of ten minutes each, so the team's recent pace gives an estimate (ten minutes a place in line). */
function tenMinuteWaits() {
  const start = Date.now() - 3 * 3600_000;
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  return [0, 1, 2].map((index) =>
    conversationWithMoves(
      `c_past_wait_${index}`,
      { at: at(index * 30), status: 'AWAITING_HUMAN', trigger: 'human_request' },
      { at: at(index * 30 + 10), status: 'HUMAN_ACTIVE', trigger: 'agent_claim', agentId: 'u_demo_agent' },
      { at: at(index * 30 + 20), status: 'RESOLVED', trigger: 'resolve' },
    ),
  );
}

/** A customer on /demo who asks for a person; returns their conversation's id. */
async function customerAsksForAPerson(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/demo`);
  await openWidget(page);
  await askInWidget(page, 'I need to talk to a human please');
  await page.getByRole('dialog').getByText('Waiting for a person to join…').waitFor();
  return widgetConversationId(page);
}

describe('the widget while a person takes over, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let ana: Agent;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_widget_handoff'), launchBrowser()]);
    base = app.api.url;
    await setAssignment(app.url, { mode: 'MANUAL' });
    const [agent] = await createAgents(app.db, app.url, 1, 'ana');
    await app.db.users.updateOne({ _id: agent!.id }, { $set: { name: 'Ana' } });
    ana = { ...agent!, name: 'Ana' };
    await app.db.conversations.insertMany(tenMinuteWaits());
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('a customer waiting behind two others sees place 3 and an expected wait, both move when one ahead is claimed, then Ana joins, said once', async () => {
    const ahead = [await escalate(app.url), await escalate(app.url)];
    const { context, page } = await newCustomer(browser);
    const conversationId = await customerAsksForAPerson(page, base);

    const strip = handoffStrip(page);
    await strip.getByText("You're number 3 in line").waitFor();
    await strip.getByText('A person usually replies in about 30 minutes').waitFor();
    await screenshot(page, 'widget-queue-position');

    await gqlOk(app.url, CLAIM, { id: ahead[0] }, ana.token);
    // Live: the widget hears of the queue ahead moving through conversationUpdated, no reload.
    await strip.getByText("You're number 2 in line").waitFor();
    await strip.getByText('A person usually replies in about 20 minutes').waitFor();

    await gqlOk(app.url, CLAIM, { id: conversationId }, ana.token);
    await statusLine(page).getByText("You're chatting with Ana").waitFor();
    // The timeline says that Ana joined and the status line who the customer is chatting with; the strip, empty now, repeats neither.
    await strip.waitFor({ state: 'hidden' });
    await page.getByRole('dialog').getByText('Ana from our team has joined the conversation.').waitFor();
    assert.equal(
      await page
        .getByRole('dialog')
        .getByText(/joined/)
        .count(),
      1,
    );
    await screenshot(page, 'widget-agent-joined');
    await context.close();
  });

  test('a reply while the panel is closed badges the launcher and flashes the title; after resolving, How did we do?', async () => {
    const { context, page } = await newCustomer(browser);
    const conversationId = await customerAsksForAPerson(page, base);
    const hostTitle = await page.title();
    await gqlOk(app.url, CLAIM, { id: conversationId }, ana.token);
    await statusLine(page).getByText("You're chatting with Ana").waitFor();

    await page.getByRole('button', { name: 'Close chat' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await gqlOk(app.url, REPLY, { c: conversationId, t: 'Hi, I am Ana. Let me look at your account.', m: 'ana-1' }, ana.token);
    await launcher(page).locator('.badge', { hasText: '1' }).waitFor();
    assert.equal(await launcher(page).getAttribute('aria-label'), 'Chat with support, 1 new message');
    assert.match(await page.locator('#baton-widget .preview').innerText(), /Let me look at your account/);
    await waitUntil(async () => (await page.title()) === `(1) New message · ${hostTitle}`, 'the title flashes the unread reply');
    await screenshot(page, 'widget-unread-badge');

    await launcher(page).click();
    await page.getByRole('dialog').getByText('Let me look at your account.').waitFor();
    await launcher(page).locator('.badge').waitFor({ state: 'hidden' });
    await waitUntil(async () => (await page.title()) === hostTitle, 'the title is back once the panel is open');
    // It stays back: the flashing stopped.
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    assert.equal(await page.title(), hostTitle);

    await resolveAs(app.url, ana.token, conversationId);
    const strip = handoffStrip(page);
    await strip.getByText('How did we do?').waitFor();
    for (let score = 1; score <= 5; score++) await strip.getByRole('button', { name: new RegExp(`^${score} out of 5`) }).waitFor();
    await strip.getByRole('button', { name: '4 out of 5, good' }).click();
    await strip.getByLabel('Comment').fill('Quick and kind.');
    await screenshot(page, 'widget-csat');
    await strip.getByRole('button', { name: 'Send rating' }).click();
    await strip.getByText('Thanks for rating us 4 out of 5.').waitFor();
    const rated = await app.db.conversations.findOne({ _id: conversationId });
    assert.equal(rated?.csat?.score, 4);
    assert.equal(rated?.csat?.comment, 'Quick and kind.');

    await page.reload();
    await handoffStrip(page).getByText('Thanks for rating us 4 out of 5.').waitFor();
    await context.close();
  });

  test('the agent typing shows as "Ana is typing…" and goes after 6 s without another report; Ana hears the customer typing and what they have seen', async () => {
    const { context, page } = await newCustomer(browser);
    const conversationId = await customerAsksForAPerson(page, base);
    await gqlOk(app.url, CLAIM, { id: conversationId }, ana.token);
    await statusLine(page).getByText("You're chatting with Ana").waitFor();

    await gqlOk(app.url, TYPING, { c: conversationId }, ana.token);
    const typing = page.getByRole('dialog').getByText('Ana is typing…');
    await typing.waitFor();
    const shownAt = Date.now();
    await screenshot(page, 'widget-agent-typing');
    await typing.waitFor({ state: 'hidden', timeout: 10_000 });
    assert.ok(Date.now() - shownAt >= 4_000, 'it stays for about 6 s after the last report');

    // The other way: Ana hears the customer typing, and sees how far they have read.
    const heard = await subscribe<{ counterpartPresence: { from: string; kind: string } }>(
      app.url,
      'subscription ($id: ID!) { counterpartPresence(id: $id) { from kind } }',
      { id: conversationId },
      ana.token,
    );
    try {
      await page.getByRole('dialog').getByLabel('Your message').pressSequentially('Hello', { delay: 20 });
      await heard.next((event) => event.counterpartPresence.from === 'CUSTOMER' && event.counterpartPresence.kind === 'TYPING');
    } finally {
      heard.close();
    }
    const newest = (await widgetStorage(page))!.entries.at(-1)!.id;
    await waitUntil(
      async () => (await app.db.customerPresence.findOne({ _id: conversationId }))?.seenEntryId === newest,
      'the widget reported the newest entry it shows as seen',
    );
    await context.close();
  });

  test('"Did that help?" under an AI answer: Yes resolves; No offers a person, and No twice hands over', async () => {
    const yes = await newCustomer(browser);
    await yes.page.goto(`${base}/demo`);
    await openWidget(yes.page);
    await askInWidget(yes.page, 'How do I reset my password?');
    const answer = yes.page.locator('[data-kind="AI"]').first();
    await answer.waitFor();
    const question = answer.getByRole('group', { name: 'Did that help?' });
    await question.getByRole('button', { name: 'Yes' }).click();
    assert.equal(await question.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed'), 'true');
    await yes.page.getByRole('dialog').getByText('This conversation is resolved. Write again any time.').waitFor();
    await screenshot(yes.page, 'widget-answer-helped');
    const yesId = await widgetConversationId(yes.page);
    assert.equal((await app.db.conversations.findOne({ _id: yesId }))?.status, 'RESOLVED');
    await yes.context.close();

    const no = await newCustomer(browser);
    await no.page.goto(`${base}/demo`);
    await openWidget(no.page);
    await askInWidget(no.page, 'How do I reset my password?');
    const first = no.page.locator('[data-kind="AI"]').first();
    await first.waitFor();
    await first.getByRole('button', { name: 'No' }).click();
    await first.getByText("Sorry that didn't help. Ask in other words, or talk to a person.").waitFor();
    assert.equal(await first.getByRole('button', { name: 'No' }).getAttribute('aria-pressed'), 'true');
    const talk = no.page.getByRole('button', { name: 'Talk to a person' });
    await talk.waitFor();
    assert.match((await talk.getAttribute('class')) ?? '', /suggested/);
    await screenshot(no.page, 'widget-answer-not-helped');

    await askInWidget(no.page, 'How do I export my data?');
    const second = no.page.locator('[data-kind="AI"]').nth(1);
    await second.waitFor();
    await second.getByRole('button', { name: 'No' }).click();
    await no.page.getByRole('dialog').getByText('Waiting for a person to join…').waitFor();
    const noId = await widgetConversationId(no.page);
    assert.equal((await app.db.conversations.findOne({ _id: noId }))?.status, 'AWAITING_HUMAN');
    await no.context.close();
  });
});
