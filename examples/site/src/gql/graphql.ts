/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ArticleUpdateLabel =
  | 'CORRECTION'
  | 'EDITORS_NOTE'
  | 'UPDATE';

export type AudienceMetricKind =
  | 'CHART_RANK'
  | 'CHART_WEEKS'
  | 'HOUSEHOLDS'
  | 'MINUTES_VIEWED'
  | 'VIEWS';

export type Billing =
  | 'GUEST'
  | 'MAIN'
  | 'RECURRING';

export type ConfirmEmailAlertsInput = {
  token: string;
};

export type CreateCommentInput = {
  /** The article's slug. */
  article: string;
  body: string;
  /** The `id` of the comment answered. */
  parent?: string | null | undefined;
};

/** How exact a date is: a day, or only a month or year is known. */
export type DatePrecision =
  | 'DAY'
  | 'EARLY_MONTH'
  | 'MONTH'
  | 'YEAR';

export type DeleteCommentInput = {
  /** The comment's `id`. */
  comment: string;
};

export type DeleteViewerAccountInput = {
  password: string;
};

export type Department =
  | 'CAST'
  | 'CREW';

export type FollowPersonInput = {
  /** The person's slug. */
  person: string;
};

export type FollowSeriesInput = {
  /** The series' slug. */
  series: string;
};

export type Granularity =
  | 'DAY'
  | 'MONTH'
  | 'SEASON'
  | 'WEEK';

export type Job =
  | 'CO_EXECUTIVE_PRODUCER'
  | 'CREATOR'
  | 'DEVELOPER'
  | 'DIRECTOR'
  | 'EXECUTIVE_PRODUCER'
  | 'PRODUCER'
  | 'SHOWRUNNER'
  | 'SOURCE_AUTHOR'
  | 'WRITER';

/** Languages content can be read in. A missing translation falls back along the chain: the requested locale, then German, then English. */
export type Locale =
  | 'DE'
  | 'EN';

/** What a notification is about. */
export type NotificationKind =
  /** A followed series is on TV soon. */
  | 'BROADCAST'
  /** Someone joined the cast of a followed series, or a followed person a series. */
  | 'CAST'
  /** A new article about a followed series or person. */
  | 'NEWS'
  /** A followed series was renewed or changed its status. */
  | 'RENEWAL';

export type NotificationKindSettingsInput = {
  email?: boolean | null | undefined;
  inApp?: boolean | null | undefined;
  kind: NotificationKind;
  push?: boolean | null | undefined;
};

export type PushSubscriptionKeysInput = {
  auth: string;
  p256dh: string;
};

export type QuietHoursInput = {
  end: string;
  start: string;
  timeZone?: string | null | undefined;
};

export type RegisterPushSubscriptionInput = {
  /** The push service URL (https). */
  endpoint: string;
  keys: PushSubscriptionKeysInput;
};

export type RelationKind =
  | 'CHILD'
  | 'OTHER'
  | 'PARENT'
  | 'PARTNER'
  | 'SIBLING'
  | 'SPOUSE';

export type ReportCommentInput = {
  /** The comment's `id`. */
  comment: string;
  /** An explanation for the editors (at most 1,000 characters). */
  message?: string | null | undefined;
  reason: ReportReason;
};

export type ReportReason =
  | 'HARASSMENT'
  | 'HATE_SPEECH'
  | 'ILLEGAL_CONTENT'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM'
  | 'SPOILER';

export type SeasonStatus =
  | 'CANCELLED'
  | 'IN_PRODUCTION'
  | 'ORDERED'
  | 'PLANNED'
  | 'POST_PRODUCTION'
  | 'RELEASED';

export type SeriesStatus =
  | 'ANNOUNCED'
  | 'CANCELLED'
  | 'ENDED'
  | 'IN_DEVELOPMENT'
  | 'IN_PRODUCTION'
  | 'RETURNING';

export type StatusEventKind =
  | 'CANCELLED'
  | 'ENDED'
  | 'ORDERED'
  | 'PREMIERE_DATED'
  | 'PRODUCTION_STARTED'
  | 'RENEWED';

export type SubscribeEmailAlertsInput = {
  email: string;
  /** What to hear about: `broadcast` (TV dates), `news`, `renewal`, `cast`. Default: `["broadcast"]`. */
  kinds?: Array<string> | null | undefined;
  /** Slugs of published series. */
  series: Array<string>;
};

export type UpdateNotificationSettingsInput = {
  kinds?: Array<NotificationKindSettingsInput> | null | undefined;
  quietHours?: QuietHoursInput | null | undefined;
};

export type CommentListFragment = { totalCount: number, nodes: Array<{ id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null, replies: Array<{ id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null }> }> };

export type CommentFieldsFragment = { id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null };

export type ArticleCommentsQueryVariables = Exact<{
  slug: string;
}>;


export type ArticleCommentsQuery = { article: { id: string, comments: { totalCount: number, nodes: Array<{ id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null, replies: Array<{ id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null }> }> } } | null };

export type CreateCommentMutationVariables = Exact<{
  input: CreateCommentInput;
}>;


export type CreateCommentMutation = { createComment: { comment: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } | null };

export type ReportCommentMutationVariables = Exact<{
  input: ReportCommentInput;
}>;


export type ReportCommentMutation = { reportComment: { reportId: string | null, comment: { id: string, viewerHasReported: boolean | null } | null, userErrors: Array<{ code: string, message: string }> } | null };

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;


export type DeleteCommentMutation = { deleteComment: { deletedCommentId: string | null, userErrors: Array<{ code: string, message: string }> } | null };

export type NotificationSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsPageQuery = { pushPublicKey: string | null, viewer: { notificationSettings: { pushSubscriptionCount: number, kinds: Array<{ kind: NotificationKind, inApp: boolean, push: boolean, email: boolean }> } } | null };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { notificationSettings: { kinds: Array<{ kind: NotificationKind, inApp: boolean, push: boolean, email: boolean }> } | null, userErrors: Array<{ code: string, message: string }> } | null };

export type RegisterPushSubscriptionMutationVariables = Exact<{
  input: RegisterPushSubscriptionInput;
}>;


export type RegisterPushSubscriptionMutation = { registerPushSubscription: { registered: boolean | null, userErrors: Array<{ code: string, message: string }> } | null };

export type SubscribeEmailAlertsMutationVariables = Exact<{
  input: SubscribeEmailAlertsInput;
}>;


export type SubscribeEmailAlertsMutation = { subscribeEmailAlerts: { accepted: boolean | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } | null };

export type ConfirmEmailAlertsMutationVariables = Exact<{
  input: ConfirmEmailAlertsInput;
}>;


export type ConfirmEmailAlertsMutation = { confirmEmailAlerts: { confirmed: boolean | null, series: Array<{ id: string, slug: string, title: string }> | null, userErrors: Array<{ code: string, message: string }> } | null };

export type HomePageQueryVariables = Exact<{
  locale?: Locale | null | undefined;
}>;


export type HomePageQuery = { articles: { nodes: Array<{ id: string, locale: Locale | null, slug: string, headline: string, kicker: string | null, teaser: string | null, publishedAt: string, series: Array<{ id: string, slug: string, title: string }> }> }, seriesList: { nodes: Array<{ id: string, slug: string, title: string, status: SeriesStatus | null, synopsis: string | null }> } };

export type SeriesPageQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type SeriesPageQuery = { series: { id: string, slug: string, title: string, originalTitle: string | null, status: SeriesStatus | null, synopsis: string | null, followerCount: number, originalNetwork: { id: string, name: string, active: boolean } | null, platforms: Array<{ id: string, name: string }>, spinoffOf: { id: string, slug: string, title: string } | null, spinoffs: Array<{ id: string, slug: string, title: string }>, cast: { totalCount: number, nodes: Array<{ billing: Billing | null, seasons: Array<number>, person: { id: string, slug: string, name: string }, roles: Array<{ character: string | null, sourceCharacterName: string | null }> }> }, crew: { nodes: Array<{ person: { id: string, slug: string, name: string }, jobs: Array<{ job: Job, onBehalfOf: { id: string, name: string } | null }> }> }, seasons: Array<{ id: string, number: number, title: string | null, episodeCount: number | null, status: SeasonStatus | null, premiere: { date: string, precision: DatePrecision } | null, productionStart: { date: string, precision: DatePrecision } | null, episodes: Array<{ id: string, number: number, title: string | null, airDate: string | null }> }>, renewals: Array<{ id: string, kind: StatusEventKind, reportedAt: string | null, reportUrl: string | null, season: { id: string, number: number } | null, reportedBy: { id: string, name: string } | null, confirmed: { date: string, precision: DatePrecision } | null, confirmedBy: { id: string, name: string } | null, statement: { text: string, by: Array<{ id: string, name: string }> } | null }>, criticScores: Array<{ provider: string, metric: string | null, value: number, maxValue: number | null, asOf: string | null, seasonNumber: number | null }>, audienceMetrics: Array<{ metric: AudienceMetricKind, provider: string, value: number | null, valueNote: string | null, chart: string | null, region: string | null, periodStart: string | null, periodEnd: string | null, periodGranularity: Granularity | null, seasonNumber: number | null }>, news: { nodes: Array<{ id: string, locale: Locale | null, slug: string, headline: string, kicker: string | null, publishedAt: string }> } } | null };

export type PersonPageQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type PersonPageQuery = { person: { id: string, slug: string, name: string, biography: string | null, birthDate: string | null, birthYear: number | null, followerCount: number, photo: { url: string | null, alternativeText: string | null, caption: string | null, credit: string } | null, credits: Array<{ department: Department, characters: Array<string>, jobs: Array<Job>, seasons: Array<number>, series: { id: string, slug: string, title: string } }>, relatives: Array<{ kind: RelationKind, detail: string | null, person: { id: string, slug: string, name: string } }>, knownFor: Array<{ id: string, slug: string, title: string }>, news: { nodes: Array<{ id: string, locale: Locale | null, slug: string, headline: string, publishedAt: string }> } } | null };

export type ArticleFieldsFragment = { id: string, locale: Locale | null, slug: string, headline: string, kicker: string | null, teaser: string | null, body: unknown, publishedAt: string, commentCount: number, author: { id: string, name: string } | null, category: { id: string, name: string } | null, leadImage: { url: string | null, alternativeText: string | null, caption: string | null, credit: string } | null, sources: Array<{ id: string, name: string, url: string | null }>, updates: Array<{ label: ArticleUpdateLabel, postedAt: string | null, text: string }>, series: Array<{ id: string, slug: string, title: string }>, people: Array<{ id: string, slug: string, name: string }> };

export type ArticlePageQueryVariables = Exact<{
  slug: string;
  locale?: Locale | null | undefined;
}>;


export type ArticlePageQuery = { article: { id: string, locale: Locale | null, slug: string, headline: string, kicker: string | null, teaser: string | null, body: unknown, publishedAt: string, commentCount: number, comments: { totalCount: number, nodes: Array<{ id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null, replies: Array<{ id: string, body: string, authorName: string | null, postedAt: string | null, removed: boolean, viewerCanDelete: boolean | null, viewerHasReported: boolean | null }> }> }, author: { id: string, name: string } | null, category: { id: string, name: string } | null, leadImage: { url: string | null, alternativeText: string | null, caption: string | null, credit: string } | null, sources: Array<{ id: string, name: string, url: string | null }>, updates: Array<{ label: ArticleUpdateLabel, postedAt: string | null, text: string }>, series: Array<{ id: string, slug: string, title: string }>, people: Array<{ id: string, slug: string, name: string }> } | null };

export type SearchPageQueryVariables = Exact<{
  query: string;
  locale?: Locale | null | undefined;
}>;


export type SearchPageQuery = { search: { totalCount: number, nodes: Array<
      | { __typename: 'Article', id: string, locale: Locale | null, slug: string, headline: string }
      | { __typename: 'Person', id: string, slug: string, name: string }
      | { __typename: 'Series', id: string, slug: string, title: string }
    > } };

export type ViewerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerSummaryQuery = { viewer: { displayName: string, email: string, confirmed: boolean } | null };

export type WatchlistQueryVariables = Exact<{
  locale?: Locale | null | undefined;
}>;


export type WatchlistQuery = { viewer: { follows: { totalCount: number, nodes: Array<{ followedAt: string, node:
          | { __typename: 'Person', id: string, slug: string, name: string }
          | { __typename: 'Series', id: string, slug: string, title: string }
         }> }, feed: { totalCount: number } } | null };

export type FeedQueryVariables = Exact<{
  locale?: Locale | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedQuery = { viewer: { feed: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, locale: Locale | null, slug: string, headline: string, kicker: string | null, teaser: string | null, publishedAt: string, series: Array<{ id: string, title: string }> }> } } | null };

export type SeriesFollowStateQueryVariables = Exact<{
  slug: string;
}>;


export type SeriesFollowStateQuery = { series: { id: string, viewerFollows: boolean | null, followerCount: number } | null };

export type PersonFollowStateQueryVariables = Exact<{
  slug: string;
}>;


export type PersonFollowStateQuery = { person: { id: string, viewerFollows: boolean | null, followerCount: number } | null };

export type FollowSeriesMutationVariables = Exact<{
  input: FollowSeriesInput;
}>;


export type FollowSeriesMutation = { followSeries: { series: { id: string, viewerFollows: boolean | null, followerCount: number } | null, userErrors: Array<{ code: string, message: string }> } | null };

export type UnfollowSeriesMutationVariables = Exact<{
  input: FollowSeriesInput;
}>;


export type UnfollowSeriesMutation = { unfollowSeries: { series: { id: string, viewerFollows: boolean | null, followerCount: number } | null, userErrors: Array<{ code: string, message: string }> } | null };

export type FollowPersonMutationVariables = Exact<{
  input: FollowPersonInput;
}>;


export type FollowPersonMutation = { followPerson: { person: { id: string, viewerFollows: boolean | null, followerCount: number } | null, userErrors: Array<{ code: string, message: string }> } | null };

export type UnfollowPersonMutationVariables = Exact<{
  input: FollowPersonInput;
}>;


export type UnfollowPersonMutation = { unfollowPerson: { person: { id: string, viewerFollows: boolean | null, followerCount: number } | null, userErrors: Array<{ code: string, message: string }> } | null };

export type DataExportQueryVariables = Exact<{ [key: string]: never; }>;


export type DataExportQuery = { viewerDataExport: unknown };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteViewerAccountInput;
}>;


export type DeleteAccountMutation = { deleteViewerAccount: { deleted: boolean | null, userErrors: Array<{ code: string, message: string }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  body
  authorName
  postedAt
  removed
  viewerCanDelete
  viewerHasReported
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const CommentListFragmentDoc = new TypedDocumentString(`
    fragment CommentList on CommentConnection {
  totalCount
  nodes {
    ...CommentFields
    replies {
      ...CommentFields
    }
  }
}
    fragment CommentFields on Comment {
  id
  body
  authorName
  postedAt
  removed
  viewerCanDelete
  viewerHasReported
}`, {"fragmentName":"CommentList"}) as unknown as TypedDocumentString<CommentListFragment, unknown>;
export const ArticleFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ArticleFields"}) as unknown as TypedDocumentString<ArticleFieldsFragment, unknown>;
export const ArticleCommentsDocument = new TypedDocumentString(`
    query ArticleComments($slug: String!) {
  article(slug: $slug) {
    id
    comments {
      ...CommentList
    }
  }
}
    fragment CommentList on CommentConnection {
  totalCount
  nodes {
    ...CommentFields
    replies {
      ...CommentFields
    }
  }
}
fragment CommentFields on Comment {
  id
  body
  authorName
  postedAt
  removed
  viewerCanDelete
  viewerHasReported
}`) as unknown as TypedDocumentString<ArticleCommentsQuery, ArticleCommentsQueryVariables>;
export const CreateCommentDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CreateCommentMutation, CreateCommentMutationVariables>;
export const ReportCommentDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReportCommentMutation, ReportCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($input: DeleteCommentInput!) {
  deleteComment(input: $input) {
    deletedCommentId
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const NotificationSettingsPageDocument = new TypedDocumentString(`
    query NotificationSettingsPage {
  pushPublicKey
  viewer {
    notificationSettings {
      pushSubscriptionCount
      kinds {
        kind
        inApp
        push
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationSettingsPageQuery, NotificationSettingsPageQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    notificationSettings {
      kinds {
        kind
        inApp
        push
        email
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const RegisterPushSubscriptionDocument = new TypedDocumentString(`
    mutation RegisterPushSubscription($input: RegisterPushSubscriptionInput!) {
  registerPushSubscription(input: $input) {
    registered
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPushSubscriptionMutation, RegisterPushSubscriptionMutationVariables>;
export const SubscribeEmailAlertsDocument = new TypedDocumentString(`
    mutation SubscribeEmailAlerts($input: SubscribeEmailAlertsInput!) {
  subscribeEmailAlerts(input: $input) {
    accepted
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SubscribeEmailAlertsMutation, SubscribeEmailAlertsMutationVariables>;
export const ConfirmEmailAlertsDocument = new TypedDocumentString(`
    mutation ConfirmEmailAlerts($input: ConfirmEmailAlertsInput!) {
  confirmEmailAlerts(input: $input) {
    confirmed
    series {
      id
      slug
      title
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailAlertsMutation, ConfirmEmailAlertsMutationVariables>;
export const HomePageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const SeriesPageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SeriesPageQuery, SeriesPageQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($slug: String!, $locale: Locale) {
  article(slug: $slug, locale: $locale) {
    ...ArticleFields
    comments {
      ...CommentList
    }
  }
}
    fragment CommentList on CommentConnection {
  totalCount
  nodes {
    ...CommentFields
    replies {
      ...CommentFields
    }
  }
}
fragment CommentFields on Comment {
  id
  body
  authorName
  postedAt
  removed
  viewerCanDelete
  viewerHasReported
}
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
}`) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
export const SearchPageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const ViewerSummaryDocument = new TypedDocumentString(`
    query ViewerSummary {
  viewer {
    displayName
    email
    confirmed
  }
}
    `) as unknown as TypedDocumentString<ViewerSummaryQuery, ViewerSummaryQueryVariables>;
export const WatchlistDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<WatchlistQuery, WatchlistQueryVariables>;
export const FeedDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FeedQuery, FeedQueryVariables>;
export const SeriesFollowStateDocument = new TypedDocumentString(`
    query SeriesFollowState($slug: String!) {
  series(slug: $slug) {
    id
    viewerFollows
    followerCount
  }
}
    `) as unknown as TypedDocumentString<SeriesFollowStateQuery, SeriesFollowStateQueryVariables>;
export const PersonFollowStateDocument = new TypedDocumentString(`
    query PersonFollowState($slug: String!) {
  person(slug: $slug) {
    id
    viewerFollows
    followerCount
  }
}
    `) as unknown as TypedDocumentString<PersonFollowStateQuery, PersonFollowStateQueryVariables>;
export const FollowSeriesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FollowSeriesMutation, FollowSeriesMutationVariables>;
export const UnfollowSeriesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UnfollowSeriesMutation, UnfollowSeriesMutationVariables>;
export const FollowPersonDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FollowPersonMutation, FollowPersonMutationVariables>;
export const UnfollowPersonDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UnfollowPersonMutation, UnfollowPersonMutationVariables>;
export const DataExportDocument = new TypedDocumentString(`
    query DataExport {
  viewerDataExport
}
    `) as unknown as TypedDocumentString<DataExportQuery, DataExportQueryVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteViewerAccountInput!) {
  deleteViewerAccount(input: $input) {
    deleted
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;