import type { Locator, Page } from 'playwright-core';

/** The agent's side: the inbox page. */
export function inboxItem(page: Page, conversationId: string): Locator {
  return page.locator(`li.conversation-item[data-conversation-id="${conversationId}"]`);
}

export async function openConversation(page: Page, conversationId: string): Promise<Locator> {
  await inboxItem(page, conversationId).getByRole('button').click();
  const thread = page.getByRole('region', { name: 'Conversation' });
  await thread.getByRole('list', { name: 'Timeline' }).waitFor();
  return thread;
}
