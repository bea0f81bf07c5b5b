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

/** The line under the widget's title: who the customer is chatting with, or what they are waiting for. */
export const statusLine = (page: Page) => page.locator('#baton-widget .status');

/** The launcher button, whatever its name says about unread replies. */
export const launcher = (page: Page) => page.locator('#baton-widget .launcher');

/** How long the AI's reply (an answer or a hand-over) may take: the API tests' wait for the same step. */
const REPLY_WAIT_MS = 30_000;

/**
 * Waits for the AI's first reply (an answer or a hand-over note) in the widget. When none shows, the
 * error says whether the API has one the widget missed or the API has none yet, the two different bugs.
 */
export async function waitForFirstReply(page: Page, graphqlUrl: string): Promise<void> {
  const reply = page.locator('[data-kind="AI"], [data-kind="SYSTEM"]').first();
  try {
    await reply.waitFor({ timeout: REPLY_WAIT_MS });
  } catch (error) {
    throw new Error(`no AI reply in the widget after ${REPLY_WAIT_MS} ms; ${await replyDiagnosis(page, graphqlUrl)}`, { cause: error });
  }
}

async function replyDiagnosis(page: Page, graphqlUrl: string): Promise<string> {
  const shown = await page.locator('#baton-widget [data-kind]').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  const widgetError = await page.locator('#baton-widget .error').textContent();
  const stored = await widgetStorage(page);
  if (!stored?.conversationId) return `the widget shows ${JSON.stringify(shown)} and has no conversation (error line: ${JSON.stringify(widgetError)})`;
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stored.token}` },
    body: JSON.stringify({ query: 'query ($id: ID!) { conversation(id: $id) { status timeline { kind } } }', variables: { id: stored.conversationId } }),
  });
  return `the widget shows ${JSON.stringify(shown)} (error line: ${JSON.stringify(widgetError)}); the API has ${await response.text()}`;
}
