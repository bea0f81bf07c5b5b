/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment WidgetConversation on Conversation {\n  id\n  status\n  assignee {\n    name\n  }\n  timeline(since: $since) {\n    id\n    at\n    kind\n    text\n    author {\n      name\n    }\n    citations {\n      title\n      url\n    }\n  }\n}\n\nmutation WidgetStartSession($workspaceKey: String!) {\n  startWidgetSession(workspaceKey: $workspaceKey) {\n    token\n    sessionId\n    workspace {\n      id\n      name\n    }\n  }\n}\n\nmutation WidgetSendMessage($input: SendCustomerMessageInput!, $since: ID) {\n  sendCustomerMessage(input: $input) {\n    ...WidgetConversation\n  }\n}\n\nmutation WidgetTriggerAction($conversationId: ID!, $action: String!, $since: ID) {\n  triggerAction(conversationId: $conversationId, action: $action) {\n    ...WidgetConversation\n  }\n}\n\nquery WidgetConversation($id: ID!, $since: ID) {\n  conversation(id: $id) {\n    ...WidgetConversation\n  }\n}\n\nsubscription WidgetConversationUpdated($id: ID!, $since: ID) {\n  conversationUpdated(id: $id) {\n    ...WidgetConversation\n  }\n}": typeof types.WidgetConversationFragmentDoc,
};
const documents: Documents = {
    "fragment WidgetConversation on Conversation {\n  id\n  status\n  assignee {\n    name\n  }\n  timeline(since: $since) {\n    id\n    at\n    kind\n    text\n    author {\n      name\n    }\n    citations {\n      title\n      url\n    }\n  }\n}\n\nmutation WidgetStartSession($workspaceKey: String!) {\n  startWidgetSession(workspaceKey: $workspaceKey) {\n    token\n    sessionId\n    workspace {\n      id\n      name\n    }\n  }\n}\n\nmutation WidgetSendMessage($input: SendCustomerMessageInput!, $since: ID) {\n  sendCustomerMessage(input: $input) {\n    ...WidgetConversation\n  }\n}\n\nmutation WidgetTriggerAction($conversationId: ID!, $action: String!, $since: ID) {\n  triggerAction(conversationId: $conversationId, action: $action) {\n    ...WidgetConversation\n  }\n}\n\nquery WidgetConversation($id: ID!, $since: ID) {\n  conversation(id: $id) {\n    ...WidgetConversation\n  }\n}\n\nsubscription WidgetConversationUpdated($id: ID!, $since: ID) {\n  conversationUpdated(id: $id) {\n    ...WidgetConversation\n  }\n}": types.WidgetConversationFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WidgetConversation on Conversation {\n  id\n  status\n  assignee {\n    name\n  }\n  timeline(since: $since) {\n    id\n    at\n    kind\n    text\n    author {\n      name\n    }\n    citations {\n      title\n      url\n    }\n  }\n}\n\nmutation WidgetStartSession($workspaceKey: String!) {\n  startWidgetSession(workspaceKey: $workspaceKey) {\n    token\n    sessionId\n    workspace {\n      id\n      name\n    }\n  }\n}\n\nmutation WidgetSendMessage($input: SendCustomerMessageInput!, $since: ID) {\n  sendCustomerMessage(input: $input) {\n    ...WidgetConversation\n  }\n}\n\nmutation WidgetTriggerAction($conversationId: ID!, $action: String!, $since: ID) {\n  triggerAction(conversationId: $conversationId, action: $action) {\n    ...WidgetConversation\n  }\n}\n\nquery WidgetConversation($id: ID!, $since: ID) {\n  conversation(id: $id) {\n    ...WidgetConversation\n  }\n}\n\nsubscription WidgetConversationUpdated($id: ID!, $since: ID) {\n  conversationUpdated(id: $id) {\n    ...WidgetConversation\n  }\n}"): typeof import('./graphql').WidgetConversationFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
