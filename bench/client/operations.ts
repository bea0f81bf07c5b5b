import { z } from 'zod';

/**
 * The GraphQL operations the bench sends: the widget's (studio/src/widget) and the inbox's, with
 * the same shapes, so the API does the same work for a simulated customer as for a real one.
 */

const WIDGET_CONVERSATION = `
  id status
  assignee { name }
  customer { email }
  queuePosition expectedWaitSeconds teamAvailable teamBackAt awayMessage
  rating { score comment }
  timeline(since: $since) { id at kind text author { name } citations { title url } helpful }
`;

export const START_WIDGET_SESSION = 'mutation ($workspaceKey: String!) { startWidgetSession(workspaceKey: $workspaceKey) { token sessionId } }';
export const SEND_CUSTOMER_MESSAGE = `mutation ($input: SendCustomerMessageInput!, $since: ID) { sendCustomerMessage(input: $input) { ${WIDGET_CONVERSATION} } }`;
export const TRIGGER_ACTION = `mutation ($conversationId: ID!, $action: String!, $since: ID) { triggerAction(conversationId: $conversationId, action: $action) { ${WIDGET_CONVERSATION} } }`;
export const WIDGET_CONVERSATION_QUERY = `query ($id: ID!, $since: ID) { conversation(id: $id) { ${WIDGET_CONVERSATION} } }`;
export const WIDGET_CONVERSATION_UPDATED = `subscription ($id: ID!, $since: ID) { conversationUpdated(id: $id) { ${WIDGET_CONVERSATION} } }`;

export const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id name } } }';
export const INBOX_CHANGED = 'subscription { inboxChanged { changes conversation { id status assignee { id name } } } }';
export const CLAIM_CONVERSATION = 'mutation ($id: ID!) { claimConversation(id: $id) { id status assignee { id name } } }';

export const ConversationStatusSchema = z.enum(['AI_ANSWERING', 'AWAITING_HUMAN', 'HUMAN_ACTIVE', 'RESOLVED']);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

export const TimelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(['CUSTOMER', 'AI', 'AGENT', 'SYSTEM', 'NOTE']),
  text: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const WidgetConversationSchema = z.object({
  id: z.string(),
  status: ConversationStatusSchema,
  // A widget token reads an agent's name, never the account id.
  assignee: z.object({ name: z.string() }).nullable(),
  timeline: z.array(TimelineEntrySchema),
});
export type WidgetConversation = z.infer<typeof WidgetConversationSchema>;

export const StartWidgetSessionResult = z.object({ startWidgetSession: z.object({ token: z.string(), sessionId: z.string() }) });
export const SendCustomerMessageResult = z.object({ sendCustomerMessage: WidgetConversationSchema });
export const TriggerActionResult = z.object({ triggerAction: WidgetConversationSchema });
export const WidgetConversationQueryResult = z.object({ conversation: WidgetConversationSchema.nullable() });
export const WidgetConversationUpdatedResult = z.object({ conversationUpdated: WidgetConversationSchema });

export const LoginResult = z.object({ login: z.object({ token: z.string(), user: z.object({ id: z.string(), name: z.string() }) }) });
export const InboxChangedResult = z.object({
  inboxChanged: z.object({
    changes: z.array(z.string()),
    conversation: z.object({ id: z.string(), status: ConversationStatusSchema, assignee: z.object({ id: z.string(), name: z.string() }).nullable() }),
  }),
});
export const ClaimConversationResult = z.object({
  claimConversation: z.object({ id: z.string(), status: ConversationStatusSchema, assignee: z.object({ id: z.string(), name: z.string() }).nullable() }),
});
