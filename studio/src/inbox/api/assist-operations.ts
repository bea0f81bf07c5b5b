import { graphql } from '../../gql';

/** What helps an agent write: a reply drafted from the help centre, and the workspace's saved replies. */
export const SuggestReplyMutation = graphql(`
  mutation SuggestReply($conversationId: ID!) {
    suggestReply(conversationId: $conversationId) {
      text
      confidence
      question
      citations {
        title
        url
      }
    }
  }
`);

export const SavedReplyFields = graphql(`
  fragment SavedReplyItem on SavedReply {
    id
    shortcut
    title
    text
    updatedAt
  }
`);

export const SavedRepliesQuery = graphql(`
  query SavedReplies($search: String) {
    savedReplies(search: $search) {
      ...SavedReplyItem
    }
  }
`);

export const CreateSavedReplyMutation = graphql(`
  mutation CreateSavedReply($input: SavedReplyInput!) {
    createSavedReply(input: $input) {
      ...SavedReplyItem
    }
  }
`);

export const UpdateSavedReplyMutation = graphql(`
  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {
    updateSavedReply(id: $id, input: $input) {
      ...SavedReplyItem
    }
  }
`);

export const DeleteSavedReplyMutation = graphql(`
  mutation DeleteSavedReply($id: ID!) {
    deleteSavedReply(id: $id)
  }
`);

export const WorkspaceNameQuery = graphql(`
  query WorkspaceName {
    workspace {
      id
      name
    }
  }
`);

export const CounterpartPresenceSubscription = graphql(`
  subscription CounterpartPresence($id: ID!) {
    counterpartPresence(id: $id) {
      conversationId
      from
      kind
      at
    }
  }
`);
