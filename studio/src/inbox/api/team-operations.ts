import { graphql } from '../../gql';

/** What the inbox shows of a colleague: availability and load, for the team panel and the transfer picker. */
export const AgentStatusFields = graphql(`
  fragment AgentStatus on User {
    id
    name
    role
    active
    availability
    capacity
    activeConversations
  }
`);

export const MyAvailabilityQuery = graphql(`
  query MyAvailability {
    me {
      id
      availability
    }
  }
`);

export const SetAvailabilityMutation = graphql(`
  mutation SetAvailability($status: AgentAvailability!) {
    setAvailability(status: $status) {
      ...AgentStatus
    }
  }
`);

export const HeartbeatMutation = graphql(`
  mutation Heartbeat {
    heartbeat {
      ...AgentStatus
    }
  }
`);

export const InboxTeamsQuery = graphql(`
  query InboxTeams {
    teams {
      id
      name
    }
  }
`);

export const ReportPresenceMutation = graphql(`
  mutation ReportPresence($conversationId: ID!, $kind: PresenceKind!) {
    reportPresence(conversationId: $conversationId, kind: $kind)
  }
`);

export const ConversationPresenceSubscription = graphql(`
  subscription ConversationPresence($id: ID!) {
    conversationPresence(id: $id) {
      conversationId
      kind
      at
      agent {
        id
        name
      }
    }
  }
`);
