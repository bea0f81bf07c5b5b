import { graphql } from '../../gql';

export const ArticleSummaryFields = graphql(`
  fragment ArticleSummary on Article {
    id
    title
    url
    tags
    format
    updatedAt
  }
`);

export const ArticlesQuery = graphql(`
  query Articles($search: String, $first: Int, $after: String) {
    articles(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ArticleSummary
        }
      }
    }
  }
`);

export const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleSummary
      body
    }
  }
`);

export const UpsertArticleMutation = graphql(`
  mutation UpsertArticle($input: ArticleInput!) {
    upsertArticle(input: $input) {
      ...ArticleSummary
      body
    }
  }
`);

export const DeleteArticleMutation = graphql(`
  mutation DeleteArticle($id: ID!) {
    deleteArticle(id: $id)
  }
`);
