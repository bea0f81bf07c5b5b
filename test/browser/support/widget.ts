import type { Page } from 'playwright-core';

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
