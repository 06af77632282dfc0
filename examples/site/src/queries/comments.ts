import { graphql } from '../gql';

export const CommentList = graphql(`
  fragment CommentList on CommentConnection {
    totalCount
    nodes {
      ...CommentFields
      replies {
        ...CommentFields
      }
    }
  }
`);

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    authorName
    postedAt
    removed
    viewerCanDelete
    viewerHasReported
  }
`);

export const ArticleComments = graphql(`
  query ArticleComments($slug: String!) {
    article(slug: $slug) {
      id
      comments {
        ...CommentList
      }
    }
  }
`);

export const CreateComment = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      comment {
        id
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ReportComment = graphql(`
  mutation ReportComment($input: ReportCommentInput!) {
    reportComment(input: $input) {
      reportId
      comment {
        id
        viewerHasReported
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const DeleteComment = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      deletedCommentId
      userErrors {
        code
        message
      }
    }
  }
`);
