import { graphql } from '../../gql';

export const ManagedAgentFields = graphql(`
  fragment ManagedAgent on User {
    id
    name
    email
    role
    active
    availability
    capacity
    activeConversations
    lastSeenAt
    teams {
      id
      name
    }
  }
`);

export const AssignmentSettingsFields = graphql(`
  fragment AssignmentSettingsFields on AssignmentSettings {
    mode
    defaultCapacity
    awayAfterSeconds
    reassignAfterSeconds
  }
`);

export const AwayMessagesFields = graphql(`
  fragment AwayMessagesFields on AwayMessages {
    busy
    closed
  }
`);

export const AgentsPageQuery = graphql(`
  query AgentsPage {
    agents {
      ...ManagedAgent
    }
    teams {
      id
      name
      members {
        id
      }
    }
    workspace {
      id
      settings {
        assignment {
          ...AssignmentSettingsFields
        }
        awayMessages {
          ...AwayMessagesFields
        }
      }
    }
  }
`);

export const CreateAgentMutation = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      ...ManagedAgent
    }
  }
`);

export const UpdateAgentMutation = graphql(`
  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {
    updateAgent(id: $id, input: $input) {
      ...ManagedAgent
    }
  }
`);

export const DeactivateAgentMutation = graphql(`
  mutation DeactivateAgent($id: ID!) {
    deactivateAgent(id: $id) {
      ...ManagedAgent
    }
  }
`);

export const ReactivateAgentMutation = graphql(`
  mutation ReactivateAgent($id: ID!) {
    reactivateAgent(id: $id) {
      ...ManagedAgent
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($name: String!) {
    createTeam(name: $name) {
      id
      name
    }
  }
`);

export const RenameTeamMutation = graphql(`
  mutation RenameTeam($id: ID!, $name: String!) {
    renameTeam(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export const UpdateAssignmentSettingsMutation = graphql(`
  mutation UpdateAssignmentSettings($input: WorkspaceSettingsInput!) {
    updateWorkspaceSettings(input: $input) {
      id
      settings {
        assignment {
          ...AssignmentSettingsFields
        }
      }
    }
  }
`);

export const UpdateAwayMessagesMutation = graphql(`
  mutation UpdateAwayMessages($input: WorkspaceSettingsInput!) {
    updateWorkspaceSettings(input: $input) {
      id
      settings {
        awayMessages {
          ...AwayMessagesFields
        }
      }
    }
  }
`);
