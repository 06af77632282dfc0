import { graphql } from '../gql';

export const ViewerSummary = graphql(`
  query ViewerSummary {
    viewer {
      displayName
      email
      confirmed
    }
  }
`);

export const Watchlist = graphql(`
  query Watchlist($locale: Locale) {
    viewer {
      follows(first: 100) {
        totalCount
        nodes {
          followedAt
          node {
            __typename
            ... on Series {
              id
              slug
              title
            }
            ... on Person {
              id
              slug
              name
            }
          }
        }
      }
      feed(first: 1, locale: $locale) {
        totalCount
      }
    }
  }
`);

export const Feed = graphql(`
  query Feed($locale: Locale, $after: String) {
    viewer {
      feed(first: 10, after: $after, locale: $locale) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          locale
          slug
          headline
          kicker
          teaser
          publishedAt
          series {
            id
            title
          }
        }
      }
    }
  }
`);

export const SeriesFollowState = graphql(`
  query SeriesFollowState($slug: String!) {
    series(slug: $slug) {
      id
      viewerFollows
      followerCount
    }
  }
`);

export const PersonFollowState = graphql(`
  query PersonFollowState($slug: String!) {
    person(slug: $slug) {
      id
      viewerFollows
      followerCount
    }
  }
`);

export const FollowSeries = graphql(`
  mutation FollowSeries($input: FollowSeriesInput!) {
    followSeries(input: $input) {
      series {
        id
        viewerFollows
        followerCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const UnfollowSeries = graphql(`
  mutation UnfollowSeries($input: FollowSeriesInput!) {
    unfollowSeries(input: $input) {
      series {
        id
        viewerFollows
        followerCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const FollowPerson = graphql(`
  mutation FollowPerson($input: FollowPersonInput!) {
    followPerson(input: $input) {
      person {
        id
        viewerFollows
        followerCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const UnfollowPerson = graphql(`
  mutation UnfollowPerson($input: FollowPersonInput!) {
    unfollowPerson(input: $input) {
      person {
        id
        viewerFollows
        followerCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const DataExport = graphql(`
  query DataExport {
    viewerDataExport
  }
`);

export const DeleteAccount = graphql(`
  mutation DeleteAccount($input: DeleteViewerAccountInput!) {
    deleteViewerAccount(input: $input) {
      deleted
      userErrors {
        code
        message
      }
    }
  }
`);
