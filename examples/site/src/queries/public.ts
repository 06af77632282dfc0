import { graphql } from '../gql';

export const HomePage = graphql(`
  query HomePage($locale: Locale) {
    articles(first: 10, locale: $locale) {
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
          slug
          title
        }
      }
    }
    seriesList(first: 20, locale: $locale, sort: NEWEST_FIRST) {
      nodes {
        id
        slug
        title
        status
        synopsis
      }
    }
  }
`);

export const SeriesPage = graphql(`
  query SeriesPage($slug: String!, $locale: Locale) {
    series(slug: $slug, locale: $locale) {
      id
      slug
      title
      originalTitle
      status
      synopsis
      followerCount
      originalNetwork {
        id
        name
        active
      }
      platforms {
        id
        name
      }
      spinoffOf {
        id
        slug
        title
      }
      spinoffs {
        id
        slug
        title
      }
      cast(first: 50) {
        totalCount
        nodes {
          billing
          seasons
          person {
            id
            slug
            name
          }
          roles {
            character
            sourceCharacterName
          }
        }
      }
      crew(first: 50) {
        nodes {
          person {
            id
            slug
            name
          }
          jobs {
            job
            onBehalfOf {
              id
              name
            }
          }
        }
      }
      seasons {
        id
        number
        title
        episodeCount
        status
        premiere {
          date
          precision
        }
        productionStart {
          date
          precision
        }
        episodes {
          id
          number
          title
          airDate
        }
      }
      renewals {
        id
        kind
        season {
          id
          number
        }
        reportedAt
        reportedBy {
          id
          name
        }
        reportUrl
        confirmed {
          date
          precision
        }
        confirmedBy {
          id
          name
        }
        statement {
          text
          by {
            id
            name
          }
        }
      }
      criticScores {
        provider
        metric
        value
        maxValue
        asOf
        seasonNumber
      }
      audienceMetrics {
        metric
        provider
        value
        valueNote
        chart
        region
        periodStart
        periodEnd
        periodGranularity
        seasonNumber
      }
      news(first: 10) {
        nodes {
          id
          locale
          slug
          headline
          kicker
          publishedAt
        }
      }
    }
  }
`);

export const PersonPage = graphql(`
  query PersonPage($slug: String!, $locale: Locale) {
    person(slug: $slug, locale: $locale) {
      id
      slug
      name
      biography
      birthDate
      birthYear
      followerCount
      photo {
        url
        alternativeText
        caption
        credit
      }
      credits {
        department
        characters
        jobs
        seasons
        series {
          id
          slug
          title
        }
      }
      relatives {
        kind
        detail
        person {
          id
          slug
          name
        }
      }
      knownFor {
        id
        slug
        title
      }
      news(first: 10) {
        nodes {
          id
          locale
          slug
          headline
          publishedAt
        }
      }
    }
  }
`);

export const ArticleFields = graphql(`
  fragment ArticleFields on Article {
    id
    locale
    slug
    headline
    kicker
    teaser
    body
    publishedAt
    commentCount
    author {
      id
      name
    }
    category {
      id
      name
    }
    leadImage {
      url
      alternativeText
      caption
      credit
    }
    sources {
      id
      name
      url
    }
    updates {
      label
      postedAt
      text
    }
    series {
      id
      slug
      title
    }
    people {
      id
      slug
      name
    }
  }
`);

export const ArticlePage = graphql(`
  query ArticlePage($slug: String!, $locale: Locale) {
    article(slug: $slug, locale: $locale) {
      ...ArticleFields
      comments {
        ...CommentList
      }
    }
  }
`);

export const SearchPage = graphql(`
  query SearchPage($query: String!, $locale: Locale) {
    search(query: $query, first: 20, locale: $locale) {
      totalCount
      nodes {
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
        ... on Article {
          id
          locale
          slug
          headline
        }
      }
    }
  }
`);
