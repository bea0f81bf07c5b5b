import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';

/** Editing in the flow studio: what is not saved yet, repeated keywords, labels readable when the whole flow fits on screen. */
describe('editing a flow in the studio, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  let admin: { page: Page; dialogs: string[]; close(): Promise<void> };
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_studio_editing'), launchBrowser()]);
    base = app.api.url;
    const person = await newPerson(browser);
    await signIn(person.page, `${base}/studio`, 'admin@baton.test', app.settings.demoPassword);
    await person.page.getByRole('status').filter({ hasText: 'Flow is valid' }).waitFor();
    admin = { page: person.page, dialogs: person.dialogs, close: () => person.context.close() };
  });
  after(async () => {
    await admin?.close();
    await browser?.close();
    await app?.stop();
  });

  const edgeLabel = (id: string) => admin.page.locator(`button.trigger-label[data-edge-id="${id}"]`);
  const panel = () => admin.page.getByRole('complementary', { name: 'Flow details' });
  const unsavedMarker = () => admin.page.getByText('Unsaved changes', { exact: true });

  test('trigger labels are readable and whole at the zoom that fits the flow on screen, named by what they show', async () => {
    const { page } = admin;
    await page.goto(`${base}/studio`);
    await page.getByRole('status').filter({ hasText: 'Flow is valid' }).waitFor();
    await edgeLabel('human-request').waitFor();
    const zoom = await page.evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      return new DOMMatrix(getComputedStyle(viewport).transform).a;
    });
    assert.ok(zoom < 1, `the default flow is fitted zoomed out (zoom ${zoom})`);
    const labels = await page.locator('button.trigger-label').evaluateAll((buttons) =>
      buttons.map((button) => {
        const type = button.querySelector('.type')!;
        return {
          id: button.getAttribute('data-edge-id'),
          typeHeight: type.getBoundingClientRect().height,
          // The font size as drawn: the stylesheet's size times how much the canvas and the counter-scale enlarge the label.
          fontPx: parseFloat(getComputedStyle(button).fontSize) * (button.getBoundingClientRect().width / (button as HTMLElement).offsetWidth),
          cut: button.scrollWidth > button.clientWidth || button.scrollHeight > button.clientHeight,
          ariaLabel: button.getAttribute('aria-label'),
        };
      }),
    );
    assert.equal(labels.length, 17, 'every trigger of the default flow has its label');
    for (const label of labels) {
      assert.ok(label.typeHeight >= 11, `${label.id}: its text is ${label.typeHeight.toFixed(1)} px tall on screen`);
      assert.ok(label.fontPx >= 11, `${label.id}: drawn at ${label.fontPx.toFixed(1)} px`);
      assert.equal(label.cut, false, `${label.id}: its text is not cut off`);
      assert.equal(label.ariaLabel, null, `${label.id}: its name is its visible text, not a different aria-label`);
    }
    await page.getByRole('button', { name: 'Trigger human_request Customer asks for a person' }).waitFor();
    await screenshot(page, 'studio-trigger-labels-fitted');
  });

  test('"Refund" next to "refund" is flagged as a duplicate keyword and not added', async () => {
    const { page } = admin;
    await edgeLabel('watched-keywords').click();
    const keywords = panel().getByRole('list', { name: 'Keywords' });
    await keywords.getByText('refund', { exact: true }).waitFor();
    await panel().getByLabel('New keyword').fill('  Refund ');
    const warning = panel().getByText('Duplicate keyword: “Refund” is the same as “refund”.', { exact: false });
    await warning.waitFor();
    assert.match(await warning.innerText(), /would not be added/);
    await screenshot(page, 'studio-duplicate-keyword');

    await panel().getByRole('button', { name: 'Add keyword' }).click();
    await panel()
      .getByText(/was not added/)
      .waitFor();
    const chips = await keywords.getByRole('listitem').allInnerTexts();
    assert.equal(chips.filter((chip) => /refund/i.test(chip)).length, 1, `one refund among ${chips.join(', ')}`);
    await panel().getByLabel('New keyword').fill('Invoice, invoice');
    await panel().getByText('Duplicate keyword: “invoice” is the same as “Invoice”.', { exact: false }).waitFor();
    await panel().getByLabel('New keyword').fill('');
    await panel()
      .getByText(/Duplicate keyword/)
      .waitFor({ state: 'detached' });
    await unsavedMarker().waitFor({ state: 'detached' });
  });

  test('an edit shows "Unsaved changes", reloading or leaving asks first; once saved, the marker goes and leaving is silent', async () => {
    const { page, dialogs } = admin;
    assert.equal(await unsavedMarker().count(), 0, 'nothing is unsaved before an edit');

    await edgeLabel('frustration').click();
    await panel().getByLabel('Frustration threshold').fill('0.8');
    await unsavedMarker().waitFor();
    await screenshot(page, 'studio-unsaved-changes');

    // The browser asks before reloading (newPerson's handler dismisses the prompt, so the page stays).
    const before = dialogs.length;
    await page.evaluate(() => location.reload()).catch(() => undefined);
    await waitUntil(async () => dialogs.slice(before).some((dialog) => dialog.startsWith('beforeunload')), 'the beforeunload prompt');
    await unsavedMarker().waitFor();

    // A link to another page of the app asks with a confirm naming what would be lost; dismissed, the studio stays.
    const beforeLink = dialogs.length;
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Inbox' }).click();
    await waitUntil(async () => dialogs.slice(beforeLink).find((dialog) => dialog.startsWith('confirm')), 'the confirm on leaving by a link');
    assert.match(dialogs.at(-1)!, /^confirm: The flow has unsaved changes: leaving this page loses them\. Leave anyway\?$/);
    assert.equal(new URL(page.url()).pathname, '/studio');
    await unsavedMarker().waitFor();

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await unsavedMarker().waitFor({ state: 'detached' });

    const beforeSavedReload = dialogs.length;
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Flow is valid' }).waitFor();
    assert.deepEqual(dialogs.slice(beforeSavedReload), [], 'leaving after saving asks nothing');
    assert.match(await page.locator('.editing-source').innerText(), /Editing: draft saved/);
    assert.equal(await unsavedMarker().count(), 0);
    await edgeLabel('frustration').click();
    assert.equal(await panel().getByLabel('Frustration threshold').inputValue(), '0.8', 'the saved draft is what loads');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Inbox' }).click();
    await page.waitForURL(`${base}/`);
    assert.deepEqual(dialogs.slice(beforeSavedReload), []);
  });
});
