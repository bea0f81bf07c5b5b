import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The customer's side: the widget on a page, driven as a customer would. */
export async function openWidget(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chat with support' }).click();
  await page.getByRole('dialog').waitFor();
}

export async function askInWidget(page: Page, text: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel('Your message');
  await input.fill(text);
  await input.press('Enter');
}

/** The widget's stored session for this page's origin: token, conversation id, entries seen. */
export async function widgetStorage(
  page: Page,
): Promise<{ token: string; conversationId: string | null; entries: { id: string; kind: string; text: string }[] } | null> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((candidate) => candidate.startsWith('baton.widget:'));
    return key ? JSON.parse(localStorage.getItem(key)!) : null;
  });
}

/** Waits until the widget knows its conversation (after the first message) and returns its id. */
export async function widgetConversationId(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => {
    const key = Object.keys(localStorage).find((candidate) => candidate.startsWith('baton.widget:'));
    return key ? (JSON.parse(localStorage.getItem(key)!).conversationId as string | null) : null;
  });
  return (await handle.jsonValue()) as string;
}

/** A customer on a device of their own: viewport, locale and time zone as given (a phone: 390×844 with touch). */
export async function newCustomer(
  browser: Browser,
  options: { phone?: boolean; locale?: string; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1360, height: 860 },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, dialogs };
}

/** The strip above the message box: wait status, away message and email form, "How did we do?". */
export const handoffStrip = (page: Page) => page.locator('#baton-widget .handoff');

/** The launcher button, whatever its name says about unread replies. */
export const launcher = (page: Page) => page.locator('#baton-widget .launcher');
