import { graphql } from '../../gql';

export const FlowVersionFields = graphql(`
  fragment FlowVersionSummary on FlowVersion {
    version
    publishedAt
    publishedBy {
      id
      name
    }
    note
  }
`);

export const FlowStudioQuery = graphql(`
  query FlowStudio {
    workspace {
      id
      name
      publishedFlowVersion
    }
    flow {
      version
      flow
    }
    flowDraft {
      flow
      updatedAt
      updatedBy {
        id
        name
      }
    }
    flowVersions {
      ...FlowVersionSummary
    }
  }
`);

/** The workspace's teams, for routing queues and edges into them to a team. */
export const StudioTeamsQuery = graphql(`
  query StudioTeams {
    teams {
      id
      name
    }
  }
`);

export const FlowVersionQuery = graphql(`
  query FlowVersion($version: Int!) {
    flow(version: $version) {
      version
      flow
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveFlowDraft($flow: JSON!) {
    saveFlowDraft(flow: $flow) {
      updatedAt
      updatedBy {
        id
        name
      }
      validation {
        ok
        issues {
          severity
          code
          message
          nodeId
          edgeId
          path
        }
      }
    }
  }
`);

export const PublishMutation = graphql(`
  mutation PublishFlow($flow: JSON, $note: String) {
    publishFlow(flow: $flow, note: $note) {
      ...FlowVersionSummary
    }
  }
`);

export const BacktestTotalsFields = graphql(`
  fragment BacktestTotalsFields on BacktestTotals {
    conversations
    automationRate
    escalationsByTrigger {
      trigger
      count
    }
  }
`);

export const BacktestDraftQuery = graphql(`
  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {
    backtestFlow(flow: $flow, since: $since, limit: $limit) {
      conversations
      durationMs
      before {
        ...BacktestTotalsFields
      }
      after {
        ...BacktestTotalsFields
      }
      changed {
        conversationId
        verdict
        actualTrigger
        actualTurn
        draftTrigger
        draftTurn
        estimated
      }
    }
  }
`);
