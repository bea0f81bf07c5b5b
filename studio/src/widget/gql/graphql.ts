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

/** Who is on the other side of a conversation: the customer, or an agent. */
export type Participant =
  | 'AGENT'
  | 'CUSTOMER';

/** VIEWING: the agent has the thread open (repeated every 15 s, lasts 40 s). LEFT: closed it. TYPING: writing a reply (repeated while typing, lasts 6 s). */
export type PresenceKind =
  | 'LEFT'
  | 'TYPING'
  | 'VIEWING';

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

export type WidgetConversationFragment = { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> };

export type WidgetStartSessionMutationVariables = Exact<{
  workspaceKey: string;
}>;


export type WidgetStartSessionMutation = { startWidgetSession: { token: string, sessionId: string, workspace: { id: string, name: string } } };

export type WidgetResumeSessionMutationVariables = Exact<{
  link: string;
}>;


export type WidgetResumeSessionMutation = { resumeWidgetSession: { conversationId: string, session: { token: string, sessionId: string, workspace: { id: string, name: string } } } };

export type WidgetSendMessageMutationVariables = Exact<{
  input: SendCustomerMessageInput;
  since?: string | number | null | undefined;
}>;


export type WidgetSendMessageMutation = { sendCustomerMessage: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetTriggerActionMutationVariables = Exact<{
  conversationId: string | number;
  action: string;
  since?: string | number | null | undefined;
}>;


export type WidgetTriggerActionMutation = { triggerAction: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetLeaveEmailMutationVariables = Exact<{
  conversationId: string | number;
  email: string;
  since?: string | number | null | undefined;
}>;


export type WidgetLeaveEmailMutation = { leaveContactEmail: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetRateAnswerMutationVariables = Exact<{
  conversationId: string | number;
  entryId: string | number;
  helpful: boolean;
  since?: string | number | null | undefined;
}>;


export type WidgetRateAnswerMutation = { rateAnswer: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetRateConversationMutationVariables = Exact<{
  conversationId: string | number;
  score: number;
  comment?: string | null | undefined;
  since?: string | number | null | undefined;
}>;


export type WidgetRateConversationMutation = { rateConversation: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetReportPresenceMutationVariables = Exact<{
  conversationId: string | number;
  kind: PresenceKind;
  seenEntryId?: string | number | null | undefined;
}>;


export type WidgetReportPresenceMutation = { reportCustomerPresence: boolean };

export type WidgetConversationQueryVariables = Exact<{
  id: string | number;
  since?: string | number | null | undefined;
}>;


export type WidgetConversationQuery = { conversation: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } | null };

export type WidgetConversationUpdatedSubscriptionVariables = Exact<{
  id: string | number;
  since?: string | number | null | undefined;
}>;


export type WidgetConversationUpdatedSubscription = { conversationUpdated: { id: string, status: ConversationStatus, queuePosition: number | null, expectedWaitSeconds: number | null, teamAvailable: boolean, teamBackAt: string | null, awayMessage: string | null, assignee: { name: string } | null, customer: { email: string | null }, rating: { score: number, comment: string | null } | null, timeline: Array<{ id: string, at: string, kind: TimelineKind, text: string, helpful: boolean | null, author: { name: string } | null, citations: Array<{ title: string, url: string | null }> }> } };

export type WidgetCounterpartPresenceSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type WidgetCounterpartPresenceSubscription = { counterpartPresence: { from: Participant, name: string | null, kind: PresenceKind } };

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
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
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
export const WidgetResumeSessionDocument = new TypedDocumentString(`
    mutation WidgetResumeSession($link: String!) {
  resumeWidgetSession(link: $link) {
    session {
      token
      sessionId
      workspace {
        id
        name
      }
    }
    conversationId
  }
}
    `) as unknown as TypedDocumentString<WidgetResumeSessionMutation, WidgetResumeSessionMutationVariables>;
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
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
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
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
  }
}`) as unknown as TypedDocumentString<WidgetTriggerActionMutation, WidgetTriggerActionMutationVariables>;
export const WidgetLeaveEmailDocument = new TypedDocumentString(`
    mutation WidgetLeaveEmail($conversationId: ID!, $email: String!, $since: ID) {
  leaveContactEmail(conversationId: $conversationId, email: $email) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
  }
}`) as unknown as TypedDocumentString<WidgetLeaveEmailMutation, WidgetLeaveEmailMutationVariables>;
export const WidgetRateAnswerDocument = new TypedDocumentString(`
    mutation WidgetRateAnswer($conversationId: ID!, $entryId: ID!, $helpful: Boolean!, $since: ID) {
  rateAnswer(
    conversationId: $conversationId
    entryId: $entryId
    helpful: $helpful
  ) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
  }
}`) as unknown as TypedDocumentString<WidgetRateAnswerMutation, WidgetRateAnswerMutationVariables>;
export const WidgetRateConversationDocument = new TypedDocumentString(`
    mutation WidgetRateConversation($conversationId: ID!, $score: Int!, $comment: String, $since: ID) {
  rateConversation(
    conversationId: $conversationId
    score: $score
    comment: $comment
  ) {
    ...WidgetConversation
  }
}
    fragment WidgetConversation on Conversation {
  id
  status
  assignee {
    name
  }
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
  }
}`) as unknown as TypedDocumentString<WidgetRateConversationMutation, WidgetRateConversationMutationVariables>;
export const WidgetReportPresenceDocument = new TypedDocumentString(`
    mutation WidgetReportPresence($conversationId: ID!, $kind: PresenceKind!, $seenEntryId: ID) {
  reportCustomerPresence(
    conversationId: $conversationId
    kind: $kind
    seenEntryId: $seenEntryId
  )
}
    `) as unknown as TypedDocumentString<WidgetReportPresenceMutation, WidgetReportPresenceMutationVariables>;
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
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
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
  customer {
    email
  }
  queuePosition
  expectedWaitSeconds
  teamAvailable
  teamBackAt
  awayMessage
  rating {
    score
    comment
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
    helpful
  }
}`) as unknown as TypedDocumentString<WidgetConversationUpdatedSubscription, WidgetConversationUpdatedSubscriptionVariables>;
export const WidgetCounterpartPresenceDocument = new TypedDocumentString(`
    subscription WidgetCounterpartPresence($id: ID!) {
  counterpartPresence(id: $id) {
    from
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<WidgetCounterpartPresenceSubscription, WidgetCounterpartPresenceSubscriptionVariables>;