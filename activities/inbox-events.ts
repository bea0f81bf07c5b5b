/** What activities tell the API about a conversation that changed; the API turns it into subscriptions. */
export type ConversationChanged = {
  conversationId: string;
  workspaceId: string;
  /** Why: 'message', 'escalated', 'state:humanActive', 'summary', ... */
  changes: string[];
};

export type PublishConversationChanged = (event: ConversationChanged) => void | Promise<void>;
