/**
 * Why the inbox should look again at a conversation. The strings reach clients unchanged, as
 * `InboxEvent.changes`: 'message' (a timeline entry), 'escalated', 'notify' (agents to alert),
 * 'priority', 'contact' (an email left), 'closed', 'summary' (the handoff summary), 'tags', and
 * `state:<node>` for every move of the flow (e.g. 'state:human').
 */
export type ConversationChange = 'message' | 'escalated' | 'notify' | 'priority' | 'contact' | 'closed' | 'summary' | 'tags' | 'rating' | `state:${string}`;

/** What activities tell the API about a conversation that changed; the API turns it into subscriptions. */
export type ConversationChanged = {
  conversationId: string;
  workspaceId: string;
  /** Why it changed (the API's own edits add 'tags', 'priority' and 'rating'). */
  changes: ConversationChange[];
};

export type PublishConversationChanged = (event: ConversationChanged) => void | Promise<void>;
