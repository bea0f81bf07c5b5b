import type { Locator, Page } from 'playwright-core';
import { gqlOk } from '../../support/graphql-client';
import { sendAndWait, waitForConversation, widgetToken } from '../../support/demo-actors';

/** The agent's side: the inbox page. */
export function inboxItem(page: Page, conversationId: string): Locator {
  return page.locator(`li.conversation-item[data-conversation-id="${conversationId}"]`);
}

export async function openConversation(page: Page, conversationId: string): Promise<Locator> {
  await inboxItem(page, conversationId).getByRole('button').first().click();
  const thread = page.getByRole('region', { name: 'Conversation' });
  await thread.getByRole('list', { name: 'Timeline' }).waitFor();
  return thread;
}

/** Opens the conversation, claims it and waits until the agent holds it. */
export async function claimConversation(page: Page, conversationId: string): Promise<Locator> {
  const thread = await openConversation(page, conversationId);
  await thread.getByRole('button', { name: 'Claim' }).click();
  await thread.getByText('Assigned to you').waitFor();
  return thread;
}

/** The ids of the thread's timeline entries as shown, in order. */
export function shownEntryIds(thread: Locator): Promise<string[]> {
  return thread.locator('[data-entry-id]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-entry-id') ?? ''));
}

/**
 * A customer who asks `question` in a widget session of their own and then presses "Talk to a person",
 * so the conversation waits for an agent with the question as the customer's last message.
 */
export async function customerAsksThenWantsAPerson(url: string, question: string): Promise<{ id: string; token: string }> {
  const token = await widgetToken(url);
  const asked = await sendAndWait(url, token, question, (conversation) =>
    conversation.timeline.some((entry) => entry.kind === 'AI' || entry.kind === 'SYSTEM'),
  );
  if (asked.status !== 'AWAITING_HUMAN') {
    await gqlOk(url, 'mutation ($id: ID!) { triggerAction(conversationId: $id, action: "talk_to_human") { id } }', { id: asked.id }, token);
  }
  await waitForConversation(url, token, asked.id, (conversation) => conversation.status === 'AWAITING_HUMAN');
  return { id: asked.id, token };
}
