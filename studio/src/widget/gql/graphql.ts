/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ConversationStatus =
  | 'AI_ANSWERING'
  | 'AWAITING_HUMAN'
  | 'HUMAN_ACTIVE'
  | 'RESOLVED';

export type SendCustomerMessageInput = {
  /** A unique id per message, chosen by the client and reused on retry, so a retry never duplicates the message. */
  clientMessageId: string | number;
  /** Omit to start a new conversation. */
  conversationId?: string | number | null | undefined;
  text: string;
};

export type TimelineKind =
  | 'AGENT'
  | 'AI'
  | 'CUSTOMER'
  | 'NOTE'
  | 'SYSTEM';

export type WidgetConversationFragment = { id: string, status: ConversationStatus, assignee: { name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> };

export type WidgetStartSessionMutationVariables = Exact<{
  workspaceKey: string;
}>;


export type WidgetStartSessionMutation = { startWidgetSession: { token: string, sessionId: string, workspace: { id: string, name: string } } };

export type WidgetSendMessageMutationVariables = Exact<{
  input: SendCustomerMessageInput;
  since?: string | number | null | undefined;
}>;


export type WidgetSendMessageMutation = { sendCustomerMessage: { id: string, status: ConversationStatus, assignee: { name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetTriggerActionMutationVariables = Exact<{
  conversationId: string | number;
  action: string;
  since?: string | number | null | undefined;
}>;


export type WidgetTriggerActionMutation = { triggerAction: { id: string, status: ConversationStatus, assignee: { name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetConversationQueryVariables = Exact<{
  id: string | number;
  since?: string | number | null | undefined;
}>;


export type WidgetConversationQuery = { conversation: { id: string, status: ConversationStatus, assignee: { name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } | null };

export type WidgetConversationUpdatedSubscriptionVariables = Exact<{
  id: string | number;
  since?: string | number | null | undefined;
}>;


export type WidgetConversationUpdatedSubscription = { conversationUpdated: { id: string, status: ConversationStatus, assignee: { name: string } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WidgetConversationFragmentDoc = new TypedDocumentString(`
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  timeline(since: $since) {
    id
    at
    kind
    text
    author {
      name
    }
    citations {
      title
      url
    }
  }
}
    `, {"fragmentName":"WidgetConversation"}) as unknown as TypedDocumentString<WidgetConversationFragment, unknown>;
export const WidgetStartSessionDocument = new TypedDocumentString(`
    mutation WidgetStartSession($workspaceKey: String!) {
  startWidgetSession(workspaceKey: $workspaceKey) {
    token
    sessionId
    workspace {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WidgetStartSessionMutation, WidgetStartSessionMutationVariables>;
export const WidgetSendMessageDocument = new TypedDocumentString(`
    mutation WidgetSendMessage($input: SendCustomerMessageInput!, $since: ID) {
  sendCustomerMessage(input: $input) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  timeline(since: $since) {
    id
    at
    kind
    text
    author {
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<WidgetSendMessageMutation, WidgetSendMessageMutationVariables>;
export const WidgetTriggerActionDocument = new TypedDocumentString(`
    mutation WidgetTriggerAction($conversationId: ID!, $action: String!, $since: ID) {
  triggerAction(conversationId: $conversationId, action: $action) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  timeline(since: $since) {
    id
    at
    kind
    text
    author {
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<WidgetTriggerActionMutation, WidgetTriggerActionMutationVariables>;
export const WidgetConversationDocument = new TypedDocumentString(`
    query WidgetConversation($id: ID!, $since: ID) {
  conversation(id: $id) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  timeline(since: $since) {
    id
    at
    kind
    text
    author {
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<WidgetConversationQuery, WidgetConversationQueryVariables>;
export const WidgetConversationUpdatedDocument = new TypedDocumentString(`
    subscription WidgetConversationUpdated($id: ID!, $since: ID) {
  conversationUpdated(id: $id) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  timeline(since: $since) {
    id
    at
    kind
    text
    author {
      name
    }
    citations {
      title
      url
    }
  }
}`) as unknown as TypedDocumentString<WidgetConversationUpdatedSubscription, WidgetConversationUpdatedSubscriptionVariables>;