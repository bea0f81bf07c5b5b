import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { conversationAsAgent } from '../support/demo-actors';
import { startTestApp, type TestApp } from '../support/test-app';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { claimConversation, customerAsksThenWantsAPerson } from './support/inbox';

/** The composer empties once the send is confirmed (the entry may show first, from the live stream). */
const composerEmptied = (page: Page) => page.waitForFunction(() => (document.getElementById('composer-text') as HTMLTextAreaElement | null)?.value === '');

const agentReplies = async (url: string, id: string) => (await conversationAsAgent(url, id)).timeline.filter((entry) => entry.kind === 'AGENT');

describe('the inbox composer in Chromium: Enter to send, suggested replies, saved replies', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let password: string;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_inbox_composer'), launchBrowser()]);
    base = app.api.url;
    password = app.settings.demoPassword;
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('Enter sends the reply and Shift+Enter breaks the line, as the hint says; in note mode Enter adds the note the same way', async () => {
    const { id } = await customerAsksThenWantsAPerson(app.url, 'Can someone help me set up single sign-on?');
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const thread = await claimConversation(sam.page, id);
    const box = thread.getByLabel('Message');
    await thread.getByText('Enter sends the reply · Shift+Enter for a new line', { exact: false }).waitFor();

    await box.click();
    await box.press('Enter');
    assert.equal((await agentReplies(app.url, id)).length, 0, 'Enter in an empty composer sends nothing');
    await box.pressSequentially('Line one');
    await box.press('Shift+Enter');
    await box.pressSequentially('Line two');
    assert.equal(await box.inputValue(), 'Line one\nLine two');
    assert.equal(await thread.locator('[data-kind="AGENT"]').count(), 0, 'Shift+Enter sent nothing');
    await box.press('Enter');
    const reply = thread.locator('[data-kind="AGENT"] .text', { hasText: 'Line one' });
    await reply.waitFor();
    assert.equal(await reply.innerText(), 'Line one\nLine two');
    await composerEmptied(sam.page);

    await thread.getByRole('button', { name: 'Internal note', exact: true }).click();
    await thread.getByText('Enter adds the internal note · Shift+Enter for a new line', { exact: false }).waitFor();
    await box.pressSequentially('Note one');
    await box.press('Shift+Enter');
    await box.pressSequentially('Note two');
    await box.press('Enter');
    const note = thread.locator('[data-kind="NOTE"]', { hasText: 'Note one' });
    await note.waitFor();
    assert.equal(await note.locator('.text').innerText(), 'Note one\nNote two');
    assert.match(await note.innerText(), /Internal note · Sam Agent/);
    await composerEmptied(sam.page);
    assert.deepEqual(
      (await agentReplies(app.url, id)).map((entry) => entry.text),
      ['Line one\nLine two'],
      'the note went to the agents only, not as a reply',
    );
    await sam.context.close();
  });

  test('Suggest a reply fills the composer with an answer citing the password-reset article, for the agent to edit; nothing is sent', async () => {
    const { id } = await customerAsksThenWantsAPerson(app.url, 'How do I reset my password?');
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const thread = await claimConversation(sam.page, id);
    const box = thread.getByLabel('Message');
    const agentEntriesBefore = await thread.locator('[data-kind="AGENT"]').count();

    const started = Date.now();
    await thread.getByRole('button', { name: 'Suggest a reply' }).click();
    await thread.getByText('Suggestion added to your reply', { exact: false }).waitFor();
    const draft = await box.inputValue();
    const [answer, sources] = draft.split('\n\nSources: ');
    assert.ok(answer && answer.trim().length > 20, `an answer comes first: ${JSON.stringify(draft)}`);
    assert.match(sources ?? '', /Reset your password \(https:\/\/help\.lumen\.example\/articles\/reset-password\)/);
    await screenshot(sam.page, 'inbox-composer-suggestion');

    // The agent edits the draft; nothing went to the customer.
    await box.press('End');
    await box.pressSequentially(' Anything else?');
    assert.equal(await thread.locator('[data-kind="AGENT"]').count(), agentEntriesBefore);
    assert.deepEqual(await agentReplies(app.url, id), [], 'the suggestion was not sent');
    assert.match(await box.inputValue(), /Anything else\?$/);
    console.log(`# suggestion shown ${Date.now() - started} ms after the click`);
    await sam.context.close();
  });

  test('HTML from the customer stays inert text in the thread and through Suggest a reply', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const { id } = await customerAsksThenWantsAPerson(app.url, attack);
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    const thread = await claimConversation(sam.page, id);
    assert.equal(await thread.locator('[data-kind="CUSTOMER"] .text').first().innerText(), attack);

    await thread.getByRole('button', { name: 'Suggest a reply' }).click();
    const status = thread.getByText(/^(Suggestion added to your reply|Nothing to suggest|Could not suggest a reply)/);
    await status.waitFor();
    assert.doesNotMatch(await status.innerText(), /^Could not/, 'the help centre answers or says there is nothing to suggest');
    assert.equal(await sam.page.locator('main img').count(), 0, 'no element was injected');
    assert.deepEqual(sam.dialogs, [], 'no script ran');
    assert.deepEqual(await agentReplies(app.url, id), []);
    await sam.context.close();
  });

  test('an admin manages saved replies (the server’s errors shown); an agent types / to insert one with its variables filled; agents cannot manage them', async () => {
    const ada = await newPerson(browser);
    await signIn(ada.page, `${base}/`, 'admin@baton.test', password);
    await ada.page.getByRole('button', { name: 'Saved replies' }).click();
    const dialog = ada.page.getByRole('dialog', { name: 'Saved replies' });
    const add = async (shortcut: string, title: string, text: string) => {
      await dialog.getByLabel('Shortcut', { exact: true }).fill(shortcut);
      await dialog.getByLabel('Title', { exact: true }).fill(title);
      await dialog.getByLabel('Text', { exact: true }).fill(text);
      await dialog.getByRole('button', { name: /^(Add saved reply|Save changes)$/ }).click();
    };
    await add('reset', 'Password reset', 'Hi {{customer.email}}, {{agent.name}} from {{workspace.name}} here. Use "Forgot password" on the sign-in page.');
    await dialog.locator('li[data-shortcut="reset"]').waitFor();
    await add('refund', 'Refund on its way', 'Your refund is on its way.');
    await dialog.locator('li[data-shortcut="refund"]').waitFor();

    await add('reset', 'Again', 'Same shortcut');
    assert.match(await dialog.getByRole('alert').innerText(), /already has a saved reply \/reset/);
    await add('order', 'Order', 'Your order {{order.id}} shipped.');
    await dialog.getByRole('alert').filter({ hasText: 'order.id' }).waitFor();

    await dialog.getByRole('button', { name: 'Edit /refund' }).click();
    await dialog.getByLabel('Title', { exact: true }).fill('Refund issued');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.locator('li[data-shortcut="refund"]', { hasText: 'Refund issued' }).waitFor();
    await add('temporary', 'Temporary', 'To be deleted');
    await dialog.locator('li[data-shortcut="temporary"]').waitFor();
    await dialog.getByRole('button', { name: 'Delete /temporary' }).click();
    await dialog.locator('li[data-shortcut="temporary"]').waitFor({ state: 'detached' });
    assert.deepEqual(await seriousAxeViolations(ada.page), [], 'the saved replies dialog has no serious accessibility violations');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const { id } = await customerAsksThenWantsAPerson(app.url, 'I forgot my password and need a person');
    const sam = await newPerson(browser);
    await signIn(sam.page, `${base}/`, 'agent@baton.test', password);
    assert.equal(await sam.page.getByRole('button', { name: 'Saved replies' }).count(), 0, 'agents do not manage saved replies');
    const thread = await claimConversation(sam.page, id);
    const box = thread.getByLabel('Message');
    const picker = thread.getByRole('listbox', { name: 'Saved replies' });

    await box.pressSequentially('Thanks! /re');
    await picker.waitFor();
    assert.deepEqual(await picker.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('data-shortcut'))), [
      'refund',
      'reset',
    ]);
    await box.press('ArrowDown');
    await picker.getByRole('option', { name: /reset/, selected: true }).waitFor();
    await screenshot(sam.page, 'inbox-saved-replies-picker');
    assert.deepEqual(await seriousAxeViolations(sam.page), [], 'the open picker has no serious accessibility violations');
    await box.press('Enter');
    await picker.waitFor({ state: 'detached' });
    assert.equal(await box.inputValue(), 'Thanks! Hi , Sam Agent from Lumen (demo) here. Use "Forgot password" on the sign-in page.');

    await box.pressSequentially(' /ref');
    await picker.getByRole('option').first().waitFor();
    assert.equal(await picker.getByRole('option').count(), 1);
    await box.press('Escape');
    await picker.waitFor({ state: 'detached' });
    assert.match(await box.inputValue(), / \/ref$/, 'Escape closes the picker and leaves the text');

    await box.fill('');
    await box.pressSequentially('/');
    await picker.getByRole('option', { name: /refund/ }).click();
    assert.equal(await box.inputValue(), 'Your refund is on its way.');
    await box.pressSequentially(' /res');
    await box.press('Tab');
    assert.match(await box.inputValue(), /^Your refund is on its way\. Hi , Sam Agent/);
    assert.deepEqual(await agentReplies(app.url, id), [], 'inserting a saved reply sends nothing');
    for (const person of [ada, sam]) await person.context.close();
  });
});
