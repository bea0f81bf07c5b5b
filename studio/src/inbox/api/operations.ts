import { graphql } from '../../gql';

export const InboxItemFields = graphql(`
  fragment InboxItem on Conversation {
    id
    status
    priority
    flowVersion
    tags
    waitingSince
    lastMessageAt
    lastMessagePreview
    createdAt
    updatedAt
    assignee {
      id
      name
    }
    escalation {
      reason
      reasonText
      trigger
      triggerLabel
      at
    }
    customer {
      email
    }
    team {
      id
      name
    }
  }
`);

export const InboxQuery = graphql(`
  query Inbox($filter: InboxFilter, $first: Int, $after: String) {
    inbox(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxItem
        }
      }
    }
  }
`);

export const InboxChangedSubscription = graphql(`
  subscription InboxChanged {
    inboxChanged {
      changes
      conversation {
        ...InboxItem
      }
    }
  }
`);

export const ThreadFields = graphql(`
  fragment Thread on Conversation {
    id
    status
    priority
    flowVersion
    tags
    waitingSince
    createdAt
    assignee {
      id
      name
    }
    escalation {
      reason
      reasonText
      trigger
      triggerLabel
      summary
      at
    }
    customer {
      sessionId
      email
    }
    customerConnected
    customerSeenEntryId
    team {
      id
      name
    }
    timeline {
      id
      at
      kind
      text
      confidence
      author {
        id
        name
      }
      citations {
        title
        url
      }
    }
  }
`);

/** A page of older entries, for threads longer than one timeline page. */
export const EarlierEntriesQuery = graphql(`
  query EarlierEntries($id: ID!, $before: ID!) {
    conversation(id: $id) {
      id
      timeline(before: $before) {
        id
        at
        kind
        text
        confidence
        author {
          id
          name
        }
        citations {
          title
          url
        }
      }
    }
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...Thread
    }
  }
`);

export const ConversationUpdatedSubscription = graphql(`
  subscription ConversationUpdated($id: ID!) {
    conversationUpdated(id: $id) {
      ...Thread
    }
  }
`);

export const AgentsQuery = graphql(`
  query Agents {
    agents {
      ...AgentStatus
    }
  }
`);

export const ClaimMutation = graphql(`
  mutation Claim($id: ID!) {
    claimConversation(id: $id) {
      ...Thread
    }
  }
`);

export const ReleaseMutation = graphql(`
  mutation Release($id: ID!) {
    releaseConversation(id: $id) {
      ...Thread
    }
  }
`);

export const ResolveMutation = graphql(`
  mutation Resolve($id: ID!) {
    resolveConversation(id: $id) {
      ...Thread
    }
  }
`);

export const ReopenMutation = graphql(`
  mutation Reopen($id: ID!) {
    reopenConversation(id: $id) {
      ...Thread
    }
  }
`);

export const TransferMutation = graphql(`
  mutation Transfer($id: ID!, $toAgentId: ID!) {
    transferConversation(id: $id, toAgentId: $toAgentId) {
      ...Thread
    }
  }
`);

export const ReplyMutation = graphql(`
  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {
    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) {
      ...Thread
    }
  }
`);

export const NoteMutation = graphql(`
  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {
    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) {
      ...Thread
    }
  }
`);

export const TagMutation = graphql(`
  mutation Tag($id: ID!, $tags: [String!]!) {
    tagConversation(id: $id, tags: $tags) {
      ...Thread
    }
  }
`);

export const PriorityMutation = graphql(`
  mutation SetPriority($id: ID!, $priority: Priority!) {
    setPriority(id: $id, priority: $priority) {
      ...Thread
    }
  }
`);

export const ExportTranscriptQuery = graphql(`
  query ExportTranscript($id: ID!) {
    exportConversation(id: $id, format: TEXT)
  }
`);
