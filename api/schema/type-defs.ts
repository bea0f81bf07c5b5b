/** The GraphQL schema (SDL). Contract names come from DESIGN.md; extend, never rename. */
export const typeDefs = /* GraphQL */ `
  enum ConversationStatus { AI_ANSWERING AWAITING_HUMAN HUMAN_ACTIVE RESOLVED }
  enum TimelineKind { CUSTOMER AI AGENT SYSTEM NOTE }
  enum Priority { LOW NORMAL HIGH URGENT }
  enum Role { AGENT ADMIN }

  type Citation { title: String! url: String }
  type Person { id: ID! name: String! }

  type TimelineEntry {
    id: ID!
    at: String!
    kind: TimelineKind!
    text: String!
    "The agent who wrote an AGENT or NOTE entry."
    author: Person
    "Articles an AI answer was drawn from."
    citations: [Citation!]!
    "How sure the AI was of an answer, 0..1."
    confidence: Float
  }

  type Escalation {
    "The trigger type that escalated, e.g. human_request, no_answer, keyword."
    reason: String!
    "The id of the flow edge that fired."
    trigger: String!
    "What the agent needs to know, written at the handoff."
    summary: String
    at: String!
  }

  type Conversation {
    id: ID!
    status: ConversationStatus!
    priority: Priority!
    assignee: Person
    escalation: Escalation
    timeline: [TimelineEntry!]!
    "The flow version this conversation is pinned to."
    flowVersion: Int!
    createdAt: String!
    updatedAt: String!
  }

  type WorkspaceRef { id: ID! name: String! }
  type WidgetSession { token: String! sessionId: ID! workspace: WorkspaceRef! }
  type User { id: ID! name: String! email: String! role: Role! }
  type AuthPayload { token: String! user: User! }

  input SendCustomerMessageInput {
    "Omit to start a new conversation."
    conversationId: ID
    text: String!
    "A unique id per message, chosen by the client and reused on retry, so a retry never duplicates the message."
    clientMessageId: ID!
  }

  type Query {
    "A conversation the caller may see: its own (widget) or any of its workspace (agents)."
    conversation(id: ID!): Conversation
  }

  type Mutation {
    startWidgetSession(workspaceKey: String!): WidgetSession!
    sendCustomerMessage(input: SendCustomerMessageInput!): Conversation!
    triggerAction(conversationId: ID!, action: String!): Conversation!
    login(email: String!, password: String!): AuthPayload!

    "Take a waiting conversation. Exactly one agent wins; the others get CONFLICT naming the owner."
    claimConversation(id: ID!): Conversation!
    "Hand the conversation back to the AI."
    releaseConversation(id: ID!): Conversation!
    resolveConversation(id: ID!): Conversation!
    transferConversation(id: ID!, toAgentId: ID!): Conversation!
    "Reply to the customer, as the agent who claimed the conversation. Retrying with the same clientMessageId adds nothing."
    sendAgentMessage(conversationId: ID!, text: String!, clientMessageId: ID!): Conversation!
    "An internal note, visible to agents only."
    addNote(conversationId: ID!, text: String!, clientNoteId: ID): Conversation!
  }

  type Subscription {
    "Every change to one conversation (new messages, state, assignee, escalation)."
    conversationUpdated(id: ID!): Conversation!
  }
`;
