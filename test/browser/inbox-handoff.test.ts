import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import { gqlOk } from '../support/graphql-client';
import { escalate } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { claimConversation, customerAsksThenWantsAPerson, inboxItem, openConversation } from './support/inbox';

/** The default flow's edge for the widget's "Talk to a person" button, as the studio names it. */
const TALK_TO_A_PERSON_EDGE = 'Customer pressed “Talk to a person”';
const PRESSED_A_BUTTON = 'The customer pressed a widget button';

const reportPresence = (url: string, token: string, conversationId: string, kind: 'VIEWING' | 'LEFT' | 'TYPING', seenEntryId?: string) =>
  gqlOk(
    url,
    'mutation ($id: ID!, $kind: PresenceKind!, $seen: ID) { reportCustomerPresence(conversationId: $id, kind: $kind, seenEntryId: $seen) }',
    { id: conversationId, kind, seen: seenEntryId ?? null },
    token,
  );

const statusBadge = (thread: Locator) => thread.locator('.thread-head .status');

describe('the inbox at the handoff in Chromium: plain reasons, system events, undo, keyboard, the customer’s side', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let password: string;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_inbox_handoff'), launchBrowser()]);
    base = app.api.url;
    password = app.settings.demoPassword;
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('an escalation reads in plain words with its flow step in the list, the thread and the handoff card; system events stand apart from notes; no serious axe violations', async () => {
    const { id } = await customerAsksThenWantsAPerson(app.url, 'Which plans do you offer?');
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);

    const item = inboxItem(sam.page, id);
    await item.getByText(PRESSED_A_BUTTON).waitFor();
    const thread = await openConversation(sam.page, id);
    const card = thread.getByLabel('Handoff summary');
    await card.waitFor();
    const shownReasons = [await item.innerText(), await thread.locator('.escalation-line').innerText(), await card.innerText()];

    await thread.getByRole('button', { name: 'Claim' }).click();
    await thread.getByText('Assigned to you').waitFor();
    await thread.getByLabel('Message').fill('Customer compares the Team and Business plans.');
    await thread.getByRole('button', { name: 'Add internal note' }).click();
    const agentNote = thread.locator('[data-kind="NOTE"]', { hasText: 'Customer compares' });
    await agentNote.waitFor();
    const claimedEvent = thread.getByRole('listitem', { name: 'System event' }).filter({ hasText: 'Claimed by Sam Agent' });
    await claimedEvent.waitFor();
    assert.equal(await agentNote.getAttribute('data-system-event'), null, 'an agent’s note is not a system event');
    assert.match(await agentNote.innerText(), /Internal note · Sam Agent/);
    const look = (entry: Locator) =>
      entry.evaluate((element) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, justify: style.justifyContent, fontSize: style.fontSize };
      });
    const [eventLook, noteLook] = await Promise.all([look(claimedEvent), look(agentNote)]);
    assert.notDeepEqual(eventLook, noteLook, 'system events look different from notes');
    assert.equal(eventLook.justify, 'center');
    await screenshot(sam.page, 'inbox-thread-system-events');

    assert.deepEqual(await seriousAxeViolations(sam.page), [], 'no serious or critical accessibility violations with a conversation open');

    // The list item, the thread's header and the handoff card each say why, in words, and which flow step fired.
    for (const shown of shownReasons) {
      assert.ok(shown.includes(PRESSED_A_BUTTON), `the reason in plain words: ${shown}`);
      assert.ok(shown.includes(TALK_TO_A_PERSON_EDGE), `the flow step's label: ${shown}`);
      assert.doesNotMatch(shown, /\baction\b|talk-to-human|human_request|no_answer/, `no codes: ${shown}`);
    }
    await sam.context.close();
  });

  test('Resolve offers "Resolved · Undo" for a few seconds and Undo reopens; a resolved thread offers Reopen', async () => {
    const { id } = await customerAsksThenWantsAPerson(app.url, 'What does the Business plan include?');
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const thread = await claimConversation(sam.page, id);

    await thread.getByRole('button', { name: 'Resolve' }).click();
    const toast = thread
      .getByRole('status')
      .filter({ hasText: 'Resolved' })
      .filter({ has: sam.page.getByRole('button', { name: 'Undo' }) });
    await toast.waitFor();
    await statusBadge(thread).getByText('Resolved', { exact: true }).waitFor();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await statusBadge(thread).getByText('With an agent', { exact: true }).waitFor();
    await thread.getByText('Assigned to you').waitFor();
    await toast.waitFor({ state: 'detached' });

    await thread.getByRole('button', { name: 'Resolve' }).click();
    await toast.waitFor();
    const shown = Date.now();
    await toast.waitFor({ state: 'detached', timeout: 15_000 });
    const lasted = Date.now() - shown;
    assert.ok(lasted >= 7_000 && lasted < 12_000, `the undo toast lasted ${lasted} ms (about 8 s)`);
    await thread.getByRole('button', { name: 'Reopen' }).click();
    await statusBadge(thread).getByText('With an agent', { exact: true }).waitFor();
    assert.equal(await thread.getByRole('button', { name: 'Reopen' }).count(), 0);
    await sam.context.close();
  });

  test('ArrowUp and ArrowDown move through the conversation list, Enter opens the focused one, which is marked aria-current', async () => {
    await Promise.all([escalate(app.url), escalate(app.url), escalate(app.url)]);
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const buttons = sam.page.locator('ul.conversation-list button.conversation-open');
    await buttons.nth(2).waitFor();
    const ids = await buttons.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-conversation-id')!));
    const focusedId = () => sam.page.evaluate(() => document.activeElement?.getAttribute('data-conversation-id') ?? null);
    const tabStops = () => buttons.evaluateAll((elements) => elements.filter((element) => element.getAttribute('tabindex') === '0').length);

    assert.equal(await tabStops(), 1, 'one Tab stop in the list');
    await buttons.first().focus();
    await sam.page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), ids[1]);
    await sam.page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), ids[2]);
    await sam.page.keyboard.press('ArrowUp');
    assert.equal(await focusedId(), ids[1]);
    await sam.page.keyboard.press('Enter');
    await sam.page.getByRole('region', { name: 'Conversation' }).getByRole('list', { name: 'Timeline' }).waitFor();
    await sam.page.locator(`button.conversation-open[data-conversation-id="${ids[1]}"][aria-current="true"]`).waitFor();
    assert.equal(await sam.page.locator('ul.conversation-list [aria-current="true"]').count(), 1);
    assert.equal(new URL(sam.page.url()).hash, `#c=${ids[1]}`);
    assert.equal(await tabStops(), 1);
    await sam.context.close();
  });

  test('the customer’s side, live: online while the widget is open, "Customer is typing…" for 6 s, and "Seen" under the reply the customer has displayed', async () => {
    const { id, token } = await customerAsksThenWantsAPerson(app.url, 'Can I change my billing email?');
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const thread = await claimConversation(sam.page, id);
    const status = thread.locator('.customer-status');

    await reportPresence(app.url, token, id, 'VIEWING');
    await thread.locator('[data-customer-online="true"]').waitFor();
    await reportPresence(app.url, token, id, 'TYPING');
    const typing = thread.getByText('Customer is typing…');
    await typing.waitFor();
    const shown = Date.now();
    await typing.waitFor({ state: 'detached', timeout: 12_000 });
    const lasted = Date.now() - shown;
    assert.ok(lasted >= 4_500 && lasted < 9_000, `"Customer is typing…" lasted ${lasted} ms (about 6 s)`);
    assert.equal(await status.getAttribute('data-customer-online'), 'true', 'still online after typing');

    await thread.getByLabel('Message').fill('Yes: Settings → Billing → Billing email.');
    await thread.getByLabel('Message').press('Enter');
    const reply = thread.locator('[data-kind="AGENT"]', { hasText: 'Billing email' });
    await reply.waitFor();
    const replyId = (await reply.getAttribute('data-entry-id'))!;
    assert.equal(await thread.getByText('Seen by the customer').count(), 0, 'not seen yet');
    await reportPresence(app.url, token, id, 'VIEWING', replyId);
    await reply.getByText('Seen by the customer').waitFor();
    await screenshot(sam.page, 'inbox-customer-seen');

    await reportPresence(app.url, token, id, 'LEFT');
    await thread.locator('[data-customer-online="false"]').waitFor();
    await sam.context.close();
  });
});
