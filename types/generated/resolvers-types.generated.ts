import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleMapper, ArticleConnectionMapper, ArticleUpdateMapper, AuthorMapper, CategoryMapper } from './../../graphql/src/schema/news/schema.mappers';
import type { AudienceMetricMapper, CriticScoreMapper, SeriesMapper, SeriesConnectionMapper, SourceMaterialMapper } from './../../graphql/src/schema/series/schema.mappers';
import type { CastConnectionMapper, CastMemberMapper, CastRoleMapper, CrewConnectionMapper, CrewJobMapper, CrewMemberMapper, PersonCreditMapper } from './../../graphql/src/schema/credit/schema.mappers';
import type { ChangeMapper, ChangeConnectionMapper } from './../../graphql/src/schema/changes/schema.mappers';
import type { CommentMapper, CommentConnectionMapper, FeedConnectionMapper, FollowMapper, FollowConnectionMapper, ViewerMapper } from './../../graphql/src/schema/readers/schema.mappers';
import type { CompanyMapper, FranchiseMapper, GenreMapper, OutletMapper, PlatformMapper } from './../../graphql/src/schema/catalog/schema.mappers';
import type { CreditedImageMapper, ExternalIdMapper } from './../../graphql/src/schema/base/schema.mappers';
import type { EpisodeMapper, SeasonMapper } from './../../graphql/src/schema/season/schema.mappers';
import type { NotificationMapper, NotificationConnectionMapper, NotificationKindSettingsMapper, NotificationSettingsMapper } from './../../graphql/src/schema/notifications/schema.mappers';
import type { PersonMapper, RelativeMapper } from './../../graphql/src/schema/people/schema.mappers';
import type { SearchConnectionMapper } from './../../graphql/src/schema/search/schema.mappers';
import type { StatementMapper, StatusEventMapper } from './../../graphql/src/schema/renewal/schema.mappers';
import type { GraphQLContext } from '../../graphql/src/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 calendar date, e.g. 2025-10-06. */
  Date: { input: string; output: string; }
  /** An ISO 8601 instant, e.g. 2025-10-06T09:48:00.000Z. */
  DateTime: { input: string; output: string; }
  /** Structured JSON, used for rich text delivered as Strapi blocks. */
  JSON: { input: unknown; output: unknown; }
};

export type Article = Node & {
  __typename?: 'Article';
  author: Maybe<Author>;
  /**
   * The text as Strapi blocks (paragraphs, headings, lists, links): structured data, never HTML,
   * so nothing an editor types can run in a reader's browser. Render with a blocks renderer.
   */
  body: Maybe<Scalars['JSON']['output']>;
  /** The text without markup, paragraphs separated by blank lines. */
  bodyText: Maybe<Scalars['String']['output']>;
  category: Maybe<Category>;
  /** Visible comments and answers. */
  commentCount: Scalars['Int']['output'];
  /**
   * Readers' comments, oldest first; answers under `replies`. A hidden or withdrawn comment that has
   * visible answers stays as a tombstone (`removed: true`), otherwise it is left out. None for drafts.
   */
  comments: CommentConnection;
  documentId: Scalars['ID']['output'];
  headline: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kicker: Maybe<Scalars['String']['output']>;
  leadImage: Maybe<CreditedImage>;
  locale: Maybe<Locale>;
  people: Array<Person>;
  /** The publication time readers see. */
  publishedAt: Scalars['DateTime']['output'];
  relatedArticles: Array<Article>;
  series: Array<Series>;
  slug: Scalars['String']['output'];
  /** Who reported first, e.g. Deadline. */
  sources: Array<Outlet>;
  teaser: Maybe<Scalars['String']['output']>;
  /** Newest update first. */
  updates: Array<ArticleUpdate>;
};


export type ArticlecommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilterInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  person?: InputMaybe<Scalars['String']['input']>;
  series?: InputMaybe<Scalars['String']['input']>;
};

/** A dated addition shown above the original text ("UPDATE" over "BEFORE"). */
export type ArticleUpdate = {
  __typename?: 'ArticleUpdate';
  label: ArticleUpdateLabel;
  postedAt: Maybe<Scalars['DateTime']['output']>;
  text: Scalars['String']['output'];
};

export type ArticleUpdateLabel =
  | 'CORRECTION'
  | 'EDITORS_NOTE'
  | 'UPDATE';

/** A viewing figure or chart placing for a period, with its provider. */
export type AudienceMetric = {
  __typename?: 'AudienceMetric';
  chart: Maybe<Scalars['String']['output']>;
  metric: AudienceMetricKind;
  periodEnd: Maybe<Scalars['Date']['output']>;
  periodGranularity: Maybe<Granularity>;
  periodStart: Maybe<Scalars['Date']['output']>;
  provider: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
  seasonNumber: Maybe<Scalars['Int']['output']>;
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** The figure, when it is known as a number. */
  value: Maybe<Scalars['Float']['output']>;
  /** The figure in words when no number was published, e.g. "mehrere Wochen". */
  valueNote: Maybe<Scalars['String']['output']>;
};

export type AudienceMetricKind =
  | 'CHART_RANK'
  | 'CHART_WEEKS'
  | 'HOUSEHOLDS'
  | 'MINUTES_VIEWED'
  | 'VIEWS';

export type Author = Node & {
  __typename?: 'Author';
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type Billing =
  | 'GUEST'
  | 'MAIN'
  | 'RECURRING';

export type BusinessModel =
  | 'AD_SUPPORTED'
  | 'FREE_TO_AIR'
  | 'HYBRID'
  | 'SUBSCRIPTION';

export type CastConnection = {
  __typename?: 'CastConnection';
  edges: Array<CastEdge>;
  nodes: Array<CastMember>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CastEdge = {
  __typename?: 'CastEdge';
  cursor: Scalars['String']['output'];
  node: CastMember;
};

/** A person in the cast of a series, once, with every character they play. */
export type CastMember = {
  __typename?: 'CastMember';
  /** The highest billing across their roles. */
  billing: Maybe<Billing>;
  episodeCount: Maybe<Scalars['Int']['output']>;
  person: Person;
  roles: Array<CastRole>;
  /** Season numbers across all roles, ascending. */
  seasons: Array<Scalars['Int']['output']>;
};

export type CastRole = {
  __typename?: 'CastRole';
  /** Who first reported the casting. */
  announcedBy: Maybe<Outlet>;
  announcedOn: Maybe<Scalars['Date']['output']>;
  billing: Maybe<Billing>;
  /** The character's name in the series; null while it is not public. */
  character: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  episodeCount: Maybe<Scalars['Int']['output']>;
  seasons: Array<Scalars['Int']['output']>;
  /** The character's name in the source material, where it differs (e.g. Makani in the novels). */
  sourceCharacterName: Maybe<Scalars['String']['output']>;
};

export type Category = Node & {
  __typename?: 'Category';
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/**
 * One change to a public document, in one locale for translated types. The change names the
 * document; read its content through the API (by slug, or `node`), never from the feed.
 */
export type Change = {
  __typename?: 'Change';
  /** The document, the same in every locale. */
  documentId: Scalars['ID']['output'];
  kind: ChangeKind;
  /** The locale that changed; null for types without translations. */
  locale: Maybe<Locale>;
  /** The slug at the time of the change, for types that have one. */
  slug: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  time: Scalars['DateTime']['output'];
  type: ChangeType;
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  /** `endCursor` is null on an empty page: keep the cursor you have and ask again later. */
  pageInfo: PageInfo;
  /** Changes matching `since` and `types`, wherever the cursor is. */
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

export type ChangeKind =
  /** Deleted (a tombstone). */
  | 'DELETED'
  /** Became public: published for the first time, or again after being unpublished. */
  | 'PUBLISHED'
  /** No longer public (a tombstone: the content is gone from the API). */
  | 'UNPUBLISHED'
  /** A public version was replaced by a newer one. */
  | 'UPDATED';

/** The content types the change feed records. */
export type ChangeType =
  | 'ARTICLE'
  | 'AUTHOR'
  | 'CATEGORY'
  | 'COMPANY'
  | 'CREDIT'
  | 'EPISODE'
  | 'FRANCHISE'
  | 'GENRE'
  | 'OUTLET'
  | 'PERSON'
  | 'PLATFORM'
  | 'SEASON'
  | 'SERIES'
  | 'STATUS_EVENT';

/** A reader's comment. The text is plain text: render it as text, never as HTML. */
export type Comment = {
  __typename?: 'Comment';
  /** The author's display name ("gelöschtes Mitglied" once the account is gone); null on a tombstone. */
  authorName: Maybe<Scalars['String']['output']>;
  /** Plain text. For a tombstone "Beitrag entfernt" (hidden by the editors) or "Vom Verfasser gelöscht". */
  body: Scalars['String']['output'];
  documentId: Scalars['ID']['output'];
  /** Opaque; pass it as `parent` or `comment` to the mutations. */
  id: Scalars['ID']['output'];
  postedAt: Maybe<Scalars['DateTime']['output']>;
  /** True for a tombstone: the comment is gone, its answers stay. */
  removed: Scalars['Boolean']['output'];
  /** Visible answers, oldest first (threads are one level deep). */
  replies: Array<Comment>;
  replyCount: Scalars['Int']['output'];
  /** Whether the signed-in reader wrote it and can still delete it; null when anonymous. */
  viewerCanDelete: Maybe<Scalars['Boolean']['output']>;
  /** Whether the signed-in reader has an open report on it; null when anonymous. */
  viewerHasReported: Maybe<Scalars['Boolean']['output']>;
};


/** A reader's comment. The text is plain text: render it as text, never as HTML. */
export type CommentrepliesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  nodes: Array<Comment>;
  pageInfo: PageInfo;
  /** Top-level comments in this list (tombstones included). */
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type Company = Node & {
  __typename?: 'Company';
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: Maybe<CompanyKind>;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type CompanyKind =
  | 'GROUP'
  | 'PRODUCTION_COMPANY'
  | 'STUDIO';

export type ConfirmEmailAlertsInput = {
  token: Scalars['String']['input'];
};

export type ConfirmEmailAlertsPayload = {
  __typename?: 'ConfirmEmailAlertsPayload';
  confirmed: Maybe<Scalars['Boolean']['output']>;
  /** The series the confirmed subscription is about. */
  series: Maybe<Array<Series>>;
  userErrors: Array<UserError>;
};

export type CreateCommentInput = {
  /** The article's slug. */
  article: Scalars['String']['input'];
  body: Scalars['String']['input'];
  /** The `id` of the comment answered. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateCommentPayload = {
  __typename?: 'CreateCommentPayload';
  comment: Maybe<Comment>;
  userErrors: Array<UserError>;
};

/** An image with the caption and the credit its licence requires. */
export type CreditedImage = {
  __typename?: 'CreditedImage';
  alternativeText: Maybe<Scalars['String']['output']>;
  caption: Maybe<Scalars['String']['output']>;
  credit: Scalars['String']['output'];
  height: Maybe<Scalars['Int']['output']>;
  url: Maybe<Scalars['String']['output']>;
  width: Maybe<Scalars['Int']['output']>;
};

export type CrewConnection = {
  __typename?: 'CrewConnection';
  edges: Array<CrewEdge>;
  nodes: Array<CrewMember>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CrewEdge = {
  __typename?: 'CrewEdge';
  cursor: Scalars['String']['output'];
  node: CrewMember;
};

export type CrewJob = {
  __typename?: 'CrewJob';
  job: Job;
  /** The company the person holds the job for, e.g. Hieronymus Pictures. */
  onBehalfOf: Maybe<Company>;
  seasons: Array<Scalars['Int']['output']>;
};

export type CrewMember = {
  __typename?: 'CrewMember';
  jobs: Array<CrewJob>;
  person: Person;
  seasons: Array<Scalars['Int']['output']>;
};

/** An aggregated critics' score with the date it was read. */
export type CriticScore = {
  __typename?: 'CriticScore';
  asOf: Maybe<Scalars['Date']['output']>;
  maxValue: Maybe<Scalars['Float']['output']>;
  metric: Maybe<Scalars['String']['output']>;
  provider: Scalars['String']['output'];
  /** The season the score covers, when it covers one. */
  seasonNumber: Maybe<Scalars['Int']['output']>;
  sourceUrl: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

/** How exact a date is: a day, or only a month or year is known. */
export type DatePrecision =
  | 'DAY'
  | 'EARLY_MONTH'
  | 'MONTH'
  | 'YEAR';

export type DeleteCommentInput = {
  /** The comment's `id`. */
  comment: Scalars['ID']['input'];
};

export type DeleteCommentPayload = {
  __typename?: 'DeleteCommentPayload';
  deletedCommentId: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteViewerAccountInput = {
  password: Scalars['String']['input'];
};

export type DeleteViewerAccountPayload = {
  __typename?: 'DeleteViewerAccountPayload';
  deleted: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type Department =
  | 'CAST'
  | 'CREW';

export type Episode = Node & {
  __typename?: 'Episode';
  airDate: Maybe<Scalars['Date']['output']>;
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  runtimeMinutes: Maybe<Scalars['Int']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

/** The id of an entry in another database. */
export type ExternalId = {
  __typename?: 'ExternalId';
  provider: ExternalIdProvider;
  url: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type ExternalIdProvider =
  | 'FERNSEHSERIEN'
  | 'IMDB'
  | 'TMDB'
  | 'TVDB'
  | 'WIKIDATA';

export type FeedConnection = {
  __typename?: 'FeedConnection';
  edges: Array<FeedEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FeedEdge = {
  __typename?: 'FeedEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type Follow = {
  __typename?: 'Follow';
  followedAt: Scalars['DateTime']['output'];
  node: Followable;
};

export type FollowConnection = {
  __typename?: 'FollowConnection';
  edges: Array<FollowEdge>;
  nodes: Array<Follow>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FollowEdge = {
  __typename?: 'FollowEdge';
  cursor: Scalars['String']['output'];
  node: Follow;
};

export type FollowPersonInput = {
  /** The person's slug. */
  person: Scalars['String']['input'];
};

export type FollowPersonPayload = {
  __typename?: 'FollowPersonPayload';
  person: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type FollowSeriesInput = {
  /** The series' slug. */
  series: Scalars['String']['input'];
};

export type FollowSeriesPayload = {
  __typename?: 'FollowSeriesPayload';
  series: Maybe<Series>;
  userErrors: Array<UserError>;
};

/** What a reader can follow. */
export type Followable = Person | Series;

/** A family of related series. */
export type Franchise = Node & {
  __typename?: 'Franchise';
  description: Maybe<Scalars['String']['output']>;
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Published series of the franchise, by title. */
  series: Array<Series>;
  slug: Scalars['String']['output'];
};

export type Genre = Node & {
  __typename?: 'Genre';
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
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

export type MarkNotificationsReadInput = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A notification's `id`: it and every older one are marked read. */
  upTo?: InputMaybe<Scalars['ID']['input']>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  markedCount: Maybe<Scalars['Int']['output']>;
  unreadNotificationCount: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Confirms a subscription with the token from the opt-in mail's link. Every alert mail carries a
   * one-click unsubscribe link (RFC 8058) that ends it again.
   */
  confirmEmailAlerts: Maybe<ConfirmEmailAlertsPayload>;
  /** Comments on a published article, or answers a comment (`parent`). */
  createComment: Maybe<CreateCommentPayload>;
  /** Withdraws one of the reader's own comments: its text goes, its answers stay. */
  deleteComment: Maybe<DeleteCommentPayload>;
  /** Deletes the reader's account after checking the password (README: "Deleting an account"). */
  deleteViewerAccount: Maybe<DeleteViewerAccountPayload>;
  /** Follows a published person (idempotent). */
  followPerson: Maybe<FollowPersonPayload>;
  /** Follows a published series (idempotent). */
  followSeries: Maybe<FollowSeriesPayload>;
  /** Marks notifications read: the given ones, and/or every one up to and including `upTo`. */
  markNotificationsRead: Maybe<MarkNotificationsReadPayload>;
  /** Registers a browser's Web Push subscription (`PushSubscription.toJSON()`); idempotent per endpoint. */
  registerPushSubscription: Maybe<RegisterPushSubscriptionPayload>;
  /** Reports a comment to the editors (one open report per reader and comment). */
  reportComment: Maybe<ReportCommentPayload>;
  /**
   * Orders free e-mail alerts without an account ("TV-Termin-Benachrichtigung"): stores the request
   * and mails a link to confirm it (double opt-in); nothing is sent before that. The answer is the
   * same whether the address is new or already subscribed. RATE_LIMITED per address and per IP.
   */
  subscribeEmailAlerts: Maybe<SubscribeEmailAlertsPayload>;
  /** Stops following a person (idempotent). */
  unfollowPerson: Maybe<FollowPersonPayload>;
  /** Stops following a series (idempotent). */
  unfollowSeries: Maybe<FollowSeriesPayload>;
  /** Removes a browser's Web Push subscription (idempotent). */
  unregisterPushSubscription: Maybe<UnregisterPushSubscriptionPayload>;
  /** Changes channels per kind (only the fields given) and quiet hours (`quietHours: null` removes them). */
  updateNotificationSettings: Maybe<UpdateNotificationSettingsPayload>;
};


export type MutationconfirmEmailAlertsArgs = {
  input: ConfirmEmailAlertsInput;
};


export type MutationcreateCommentArgs = {
  input: CreateCommentInput;
};


export type MutationdeleteCommentArgs = {
  input: DeleteCommentInput;
};


export type MutationdeleteViewerAccountArgs = {
  input: DeleteViewerAccountInput;
};


export type MutationfollowPersonArgs = {
  input: FollowPersonInput;
};


export type MutationfollowSeriesArgs = {
  input: FollowSeriesInput;
};


export type MutationmarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationregisterPushSubscriptionArgs = {
  input: RegisterPushSubscriptionInput;
};


export type MutationreportCommentArgs = {
  input: ReportCommentInput;
};


export type MutationsubscribeEmailAlertsArgs = {
  input: SubscribeEmailAlertsInput;
};


export type MutationunfollowPersonArgs = {
  input: FollowPersonInput;
};


export type MutationunfollowSeriesArgs = {
  input: FollowSeriesInput;
};


export type MutationunregisterPushSubscriptionArgs = {
  input: UnregisterPushSubscriptionInput;
};


export type MutationupdateNotificationSettingsArgs = {
  input: UpdateNotificationSettingsInput;
};

/**
 * An object a client can refetch and cache by its `id` alone (Relay's global object identification).
 * The id is opaque and names the object exactly as it was returned: its type, its document, the
 * locale it was requested in and whether it is a draft. The same document read in another locale
 * has another id, because its text and what it links to read differently.
 */
export type Node = {
  id: Scalars['ID']['output'];
};

/** One entry of the reader's inbox; only ever visible to that reader. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Opaque; pass it to `markNotificationsRead`. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** Groups notifications about one thing, e.g. `series:<documentId>`. */
  tag: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Site-relative link to what the notification is about. */
  url: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

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

export type NotificationKindSettings = {
  __typename?: 'NotificationKindSettings';
  /** By e-mail to the account's address. Default: off. */
  email: Scalars['Boolean']['output'];
  /** In the inbox (`viewer.notifications`). Default: on. */
  inApp: Scalars['Boolean']['output'];
  kind: NotificationKind;
  /** As Web Push to every registered browser. Default: on for NEWS, RENEWAL and BROADCAST. */
  push: Scalars['Boolean']['output'];
};

export type NotificationKindSettingsInput = {
  email?: InputMaybe<Scalars['Boolean']['input']>;
  inApp?: InputMaybe<Scalars['Boolean']['input']>;
  kind: NotificationKind;
  push?: InputMaybe<Scalars['Boolean']['input']>;
};

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  kinds: Array<NotificationKindSettings>;
  /** Browsers registered for Web Push. */
  pushSubscriptionCount: Scalars['Int']['output'];
  /** None by default. */
  quietHours: Maybe<QuietHours>;
};

/** A publication that reports news, e.g. Deadline. */
export type Outlet = Node & {
  __typename?: 'Outlet';
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: Maybe<OutletKind>;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type OutletKind =
  | 'NEWS'
  | 'OFFICIAL'
  | 'RATINGS'
  | 'REVIEWS'
  | 'TRADE_PRESS';

/** Relay-style page information for cursor connections. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A date that may be known only to the month or year ("July 2025"). */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** The first day of the period the date stands for. */
  date: Scalars['Date']['output'];
  precision: DatePrecision;
};

export type Person = Node & {
  __typename?: 'Person';
  /** Translated; falls back along the locale chain. */
  biography: Maybe<Scalars['String']['output']>;
  birthDate: Maybe<Scalars['Date']['output']>;
  birthYear: Maybe<Scalars['Int']['output']>;
  /** Their credits across all series, one entry per series and department. */
  credits: Array<PersonCredit>;
  documentId: Scalars['ID']['output'];
  /** How many readers follow the person. */
  followerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Series the person is best known for. */
  knownFor: Array<Series>;
  locale: Maybe<Locale>;
  name: Scalars['String']['output'];
  /** Published articles about the person, newest first. */
  news: ArticleConnection;
  photo: Maybe<CreditedImage>;
  relatives: Array<Relative>;
  slug: Scalars['String']['output'];
  /** Whether the signed-in reader follows the person; null when anonymous. */
  viewerFollows: Maybe<Scalars['Boolean']['output']>;
};


export type PersonnewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's credits on one series and department. */
export type PersonCredit = {
  __typename?: 'PersonCredit';
  billing: Maybe<Billing>;
  /** Characters played (cast). */
  characters: Array<Scalars['String']['output']>;
  department: Department;
  /** Jobs held (crew). */
  jobs: Array<Job>;
  seasons: Array<Scalars['Int']['output']>;
  series: Series;
};

/** A streaming service, network or brand that carries or commissions series. */
export type Platform = Node & {
  __typename?: 'Platform';
  /** False once the brand has been shut down (e.g. Freevee). */
  active: Scalars['Boolean']['output'];
  businessModel: Maybe<BusinessModel>;
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: PlatformKind;
  name: Scalars['String']['output'];
  owner: Maybe<Company>;
  slug: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type PlatformKind =
  | 'BRAND'
  | 'BROADCAST'
  | 'CABLE'
  | 'STREAMING';

export type PushSubscriptionKeysInput = {
  auth: Scalars['String']['input'];
  p256dh: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The API version; useful as a health probe for clients. */
  apiVersion: Scalars['String']['output'];
  /** A published article by slug, or null. */
  article: Maybe<Article>;
  /** Published articles, newest first, optionally only those tagged with a series, person or category (slugs). */
  articles: ArticleConnection;
  /**
   * What happened to public content, oldest first: every publication, update of a published
   * version, unpublication and deletion, for keeping a copy (a search index, a cache, an app's
   * offline store) in sync. Drafts never appear. Store the last `endCursor` and pass it as `after`
   * next time: the feed commits in order, so a stored cursor misses nothing and repeats nothing,
   * even while content changes between pages. `since` starts at a time instead (a first sync).
   */
  changes: ChangeConnection;
  /** The object with this id, exactly as it was returned before; null when it is no longer published. */
  node: Maybe<Node>;
  /** Several objects by id, in the order given; null for each that is no longer published. */
  nodes: Array<Maybe<Node>>;
  /** A published person by slug, or null. */
  person: Maybe<Person>;
  /**
   * The VAPID public key (base64url) a browser passes to `pushManager.subscribe` as
   * `applicationServerKey`; null when Web Push is off.
   */
  pushPublicKey: Maybe<Scalars['String']['output']>;
  /**
   * Finds published series, people and articles whose title, name, headline or text contains the
   * query, ignoring case and accents ("renee" finds "Renée"). Best matches first.
   */
  search: SearchConnection;
  /** A published series by its slug, or null when there is none. */
  series: Maybe<Series>;
  /** Published series, filtered and sorted, as a cursor connection. */
  seriesList: SeriesConnection;
  /**
   * The signed-in reader (`Authorization: Bearer <jwt from POST /api/auth/local>`), or null when
   * anonymous. Any answer that reads it is `Cache-Control: private, no-store`.
   */
  viewer: Maybe<Viewer>;
  /**
   * Everything stored about the signed-in reader (GDPR Art. 15/20): account, follows, comments,
   * reports with their outcomes, statements of reasons. UNAUTHENTICATED without a token.
   */
  viewerDataExport: Maybe<Scalars['JSON']['output']>;
};


export type QueryarticleArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QueryarticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QuerychangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<ChangeType>>;
};


export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerypersonArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QuerysearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  query: Scalars['String']['input'];
};


export type QueryseriesArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QueryseriesListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SeriesFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  sort?: InputMaybe<SeriesSort>;
};

/** While quiet, pushes wait until the end of the period; nothing is dropped. */
export type QuietHours = {
  __typename?: 'QuietHours';
  end: Scalars['String']['output'];
  /** HH:MM; a start after the end spans midnight. */
  start: Scalars['String']['output'];
  /** IANA time zone the times are in (default Europe/Berlin). */
  timeZone: Scalars['String']['output'];
};

export type QuietHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterPushSubscriptionInput = {
  /** The push service URL (https). */
  endpoint: Scalars['String']['input'];
  keys: PushSubscriptionKeysInput;
};

export type RegisterPushSubscriptionPayload = {
  __typename?: 'RegisterPushSubscriptionPayload';
  registered: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type RelationKind =
  | 'CHILD'
  | 'OTHER'
  | 'PARENT'
  | 'PARTNER'
  | 'SIBLING'
  | 'SPOUSE';

export type Relative = {
  __typename?: 'Relative';
  /** e.g. "ältere Schwester". */
  detail: Maybe<Scalars['String']['output']>;
  kind: RelationKind;
  person: Person;
};

export type ReleasePattern =
  | 'ALL_AT_ONCE'
  | 'DAILY'
  | 'SPLIT'
  | 'WEEKLY';

export type ReportCommentInput = {
  /** The comment's `id`. */
  comment: Scalars['ID']['input'];
  /** An explanation for the editors (at most 1,000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  reason: ReportReason;
};

export type ReportCommentPayload = {
  __typename?: 'ReportCommentPayload';
  comment: Maybe<Comment>;
  /** The report's id; its outcome reaches the reader through `viewerDataExport`. */
  reportId: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
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

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchHit = Article | Person | Series;

export type Season = Node & {
  __typename?: 'Season';
  documentId: Scalars['ID']['output'];
  episodeCount: Maybe<Scalars['Int']['output']>;
  /** Episodes in order of their number. */
  episodes: Array<Episode>;
  filmingLocation: Maybe<Scalars['String']['output']>;
  finaleDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  premiere: Maybe<PartialDate>;
  /** When filming starts or started, as exactly as it is known. */
  productionStart: Maybe<PartialDate>;
  releasePattern: Maybe<ReleasePattern>;
  status: Maybe<SeasonStatus>;
  title: Maybe<Scalars['String']['output']>;
};

export type SeasonStatus =
  | 'CANCELLED'
  | 'IN_PRODUCTION'
  | 'ORDERED'
  | 'PLANNED'
  | 'POST_PRODUCTION'
  | 'RELEASED';

/** A series. Seasons, cast and crew, renewals and news are added by their own modules. */
export type Series = Node & {
  __typename?: 'Series';
  audienceMetrics: Array<AudienceMetric>;
  /** Everyone in front of the camera, each person once: main before recurring before guest, then billing order. */
  cast: CastConnection;
  /** Everyone behind the camera, each person once with all their jobs. */
  crew: CrewConnection;
  criticScores: Array<CriticScore>;
  /** The document, the same in every locale and before and after publishing. */
  documentId: Scalars['ID']['output'];
  externalIds: Array<ExternalId>;
  /** How many readers follow the series (public: a count, nothing about who). */
  followerCount: Scalars['Int']['output'];
  franchise: Maybe<Franchise>;
  genres: Array<Genre>;
  id: Scalars['ID']['output'];
  /** The locale the translated fields were read in. */
  locale: Maybe<Locale>;
  /** Published articles tagged with the series, newest first. */
  news: ArticleConnection;
  /** The network or brand that commissioned the series (e.g. Freevee for Ballard). */
  originalNetwork: Maybe<Platform>;
  originalTitle: Maybe<Scalars['String']['output']>;
  /** Where the series can be watched today. */
  platforms: Array<Platform>;
  productionCompanies: Array<Company>;
  /** Renewal and status history, newest first. */
  renewals: Array<StatusEvent>;
  season: Maybe<Season>;
  /** Seasons in order of their number. */
  seasons: Array<Season>;
  slug: Scalars['String']['output'];
  sourceMaterial: Maybe<SourceMaterial>;
  /** The series this one was spun off from. */
  spinoffOf: Maybe<Series>;
  spinoffs: Array<Series>;
  status: Maybe<SeriesStatus>;
  /** Translated; falls back along the locale chain. */
  synopsis: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: Maybe<SeriesType>;
  /** Whether the signed-in reader follows the series; null when anonymous. */
  viewerFollows: Maybe<Scalars['Boolean']['output']>;
};


/** A series. Seasons, cast and crew, renewals and news are added by their own modules. */
export type SeriescastArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  season?: InputMaybe<Scalars['Int']['input']>;
};


/** A series. Seasons, cast and crew, renewals and news are added by their own modules. */
export type SeriescrewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  season?: InputMaybe<Scalars['Int']['input']>;
};


/** A series. Seasons, cast and crew, renewals and news are added by their own modules. */
export type SeriesnewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A series. Seasons, cast and crew, renewals and news are added by their own modules. */
export type SeriesrenewalsArgs = {
  kinds?: InputMaybe<Array<StatusEventKind>>;
};


/** A series. Seasons, cast and crew, renewals and news are added by their own modules. */
export type SeriesseasonArgs = {
  number: Scalars['Int']['input'];
};

export type SeriesConnection = {
  __typename?: 'SeriesConnection';
  edges: Array<SeriesEdge>;
  nodes: Array<Series>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeriesEdge = {
  __typename?: 'SeriesEdge';
  cursor: Scalars['String']['output'];
  node: Series;
};

/** All given conditions must hold; slugs name the related entries. */
export type SeriesFilterInput = {
  franchise?: InputMaybe<Scalars['String']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<SeriesStatus>>;
};

export type SeriesSort =
  | 'NEWEST_FIRST'
  | 'TITLE_ASC'
  | 'TITLE_DESC';

export type SeriesStatus =
  | 'ANNOUNCED'
  | 'CANCELLED'
  | 'ENDED'
  | 'IN_DEVELOPMENT'
  | 'IN_PRODUCTION'
  | 'RETURNING';

export type SeriesType =
  | 'ANIMATION'
  | 'ANTHOLOGY'
  | 'DOCUSERIES'
  | 'MINISERIES'
  | 'REALITY'
  | 'SCRIPTED'
  | 'TALK';

export type SourceMaterial = {
  __typename?: 'SourceMaterial';
  description: Maybe<Scalars['String']['output']>;
  kind: SourceMaterialKind;
  title: Maybe<Scalars['String']['output']>;
};

export type SourceMaterialKind =
  | 'COMIC'
  | 'FILM'
  | 'NOVEL'
  | 'NOVEL_SERIES'
  | 'ORIGINAL'
  | 'PODCAST';

/** An official statement, with who gave it. */
export type Statement = {
  __typename?: 'Statement';
  by: Array<Person>;
  text: Scalars['String']['output'];
};

/** One step in a series' life: ordered, renewed, cancelled, ended, filming started, premiere dated. */
export type StatusEvent = Node & {
  __typename?: 'StatusEvent';
  /** When the platform confirmed it officially, as exactly as known; null while unconfirmed. */
  confirmed: Maybe<PartialDate>;
  confirmedBy: Maybe<Platform>;
  documentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: StatusEventKind;
  reportUrl: Maybe<Scalars['String']['output']>;
  /** When the news first broke, and who broke it. */
  reportedAt: Maybe<Scalars['DateTime']['output']>;
  reportedBy: Maybe<Outlet>;
  season: Maybe<Season>;
  statement: Maybe<Statement>;
};

export type StatusEventKind =
  | 'CANCELLED'
  | 'ENDED'
  | 'ORDERED'
  | 'PREMIERE_DATED'
  | 'PRODUCTION_STARTED'
  | 'RENEWED';

export type SubscribeEmailAlertsInput = {
  email: Scalars['String']['input'];
  /** What to hear about: `broadcast` (TV dates), `news`, `renewal`, `cast`. Default: `["broadcast"]`. */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Slugs of published series. */
  series: Array<Scalars['String']['input']>;
};

export type SubscribeEmailAlertsPayload = {
  __typename?: 'SubscribeEmailAlertsPayload';
  /** True when the request was taken: a confirmation mail is on its way (unless the address cannot receive mail). */
  accepted: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type UnregisterPushSubscriptionInput = {
  endpoint: Scalars['String']['input'];
};

export type UnregisterPushSubscriptionPayload = {
  __typename?: 'UnregisterPushSubscriptionPayload';
  unregistered: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type UpdateNotificationSettingsInput = {
  kinds?: InputMaybe<Array<NotificationKindSettingsInput>>;
  quietHours?: InputMaybe<QuietHoursInput>;
};

export type UpdateNotificationSettingsPayload = {
  __typename?: 'UpdateNotificationSettingsPayload';
  notificationSettings: Maybe<NotificationSettings>;
  userErrors: Array<UserError>;
};

/** A business rule said no; `code` is stable (README, "Errors and limits"), `message` is German for the reader. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Path to the input field concerned, e.g. ["input", "body"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** A signed-in reader, as they see themselves. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether the e-mail address is confirmed. */
  confirmed: Scalars['Boolean']['output'];
  /** The name other readers see next to comments. */
  displayName: Scalars['String']['output'];
  /** The reader's own e-mail address (never shown to anyone else). */
  email: Scalars['String']['output'];
  /**
   * Published articles tagged with any followed series or person, newest first, each once.
   * Keyset-paged on (publication time, document): a page stays stable while new articles arrive.
   */
  feed: FeedConnection;
  /** Followed series and people, most recently followed first. */
  follows: FollowConnection;
  /** Which channels each kind of notification goes to, and quiet hours for push. */
  notificationSettings: NotificationSettings;
  /** The reader's in-app notifications, newest first. Keyset-paged: new notifications do not shift a page. */
  notifications: NotificationConnection;
  /** How many in-app notifications the reader has not marked read. */
  unreadNotificationCount: Scalars['Int']['output'];
};


/** A signed-in reader, as they see themselves. */
export type ViewerfeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


/** A signed-in reader, as they see themselves. */
export type ViewerfollowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A signed-in reader, as they see themselves. */
export type ViewernotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Followable:
    | ( PersonMapper & { __typename: 'Person' } )
    | ( SeriesMapper & { __typename: 'Series' } )
  ;
  SearchHit:
    | ( ArticleMapper & { __typename: 'Article' } )
    | ( PersonMapper & { __typename: 'Person' } )
    | ( SeriesMapper & { __typename: 'Series' } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleMapper & { __typename: 'Article' } )
    | ( AuthorMapper & { __typename: 'Author' } )
    | ( CategoryMapper & { __typename: 'Category' } )
    | ( CompanyMapper & { __typename: 'Company' } )
    | ( EpisodeMapper & { __typename: 'Episode' } )
    | ( FranchiseMapper & { __typename: 'Franchise' } )
    | ( GenreMapper & { __typename: 'Genre' } )
    | ( OutletMapper & { __typename: 'Outlet' } )
    | ( PersonMapper & { __typename: 'Person' } )
    | ( PlatformMapper & { __typename: 'Platform' } )
    | ( SeasonMapper & { __typename: 'Season' } )
    | ( SeriesMapper & { __typename: 'Series' } )
    | ( StatusEventMapper & { __typename: 'StatusEvent' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionMapper>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilterInput: ArticleFilterInput;
  ArticleUpdate: ResolverTypeWrapper<ArticleUpdateMapper>;
  ArticleUpdateLabel: ResolverTypeWrapper<'UPDATE' | 'CORRECTION' | 'EDITORS_NOTE'>;
  AudienceMetric: ResolverTypeWrapper<AudienceMetricMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AudienceMetricKind: ResolverTypeWrapper<'MINUTES_VIEWED' | 'VIEWS' | 'HOUSEHOLDS' | 'CHART_WEEKS' | 'CHART_RANK'>;
  Author: ResolverTypeWrapper<AuthorMapper>;
  Billing: ResolverTypeWrapper<'MAIN' | 'RECURRING' | 'GUEST'>;
  BusinessModel: ResolverTypeWrapper<'SUBSCRIPTION' | 'AD_SUPPORTED' | 'HYBRID' | 'FREE_TO_AIR'>;
  CastConnection: ResolverTypeWrapper<CastConnectionMapper>;
  CastEdge: ResolverTypeWrapper<Omit<CastEdge, 'node'> & { node: ResolversTypes['CastMember'] }>;
  CastMember: ResolverTypeWrapper<CastMemberMapper>;
  CastRole: ResolverTypeWrapper<CastRoleMapper>;
  Category: ResolverTypeWrapper<CategoryMapper>;
  Change: ResolverTypeWrapper<ChangeMapper>;
  ChangeConnection: ResolverTypeWrapper<ChangeConnectionMapper>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeKind: ResolverTypeWrapper<'PUBLISHED' | 'UPDATED' | 'UNPUBLISHED' | 'DELETED'>;
  ChangeType: ResolverTypeWrapper<'SERIES' | 'SEASON' | 'EPISODE' | 'PERSON' | 'CREDIT' | 'STATUS_EVENT' | 'ARTICLE' | 'PLATFORM' | 'COMPANY' | 'FRANCHISE' | 'GENRE' | 'OUTLET' | 'AUTHOR' | 'CATEGORY'>;
  Comment: ResolverTypeWrapper<CommentMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CommentConnection: ResolverTypeWrapper<CommentConnectionMapper>;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
  Company: ResolverTypeWrapper<CompanyMapper>;
  CompanyKind: ResolverTypeWrapper<'PRODUCTION_COMPANY' | 'STUDIO' | 'GROUP'>;
  ConfirmEmailAlertsInput: ConfirmEmailAlertsInput;
  ConfirmEmailAlertsPayload: ResolverTypeWrapper<Omit<ConfirmEmailAlertsPayload, 'series'> & { series?: Maybe<Array<ResolversTypes['Series']>> }>;
  CreateCommentInput: CreateCommentInput;
  CreateCommentPayload: ResolverTypeWrapper<Omit<CreateCommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['Comment']> }>;
  CreditedImage: ResolverTypeWrapper<CreditedImageMapper>;
  CrewConnection: ResolverTypeWrapper<CrewConnectionMapper>;
  CrewEdge: ResolverTypeWrapper<Omit<CrewEdge, 'node'> & { node: ResolversTypes['CrewMember'] }>;
  CrewJob: ResolverTypeWrapper<CrewJobMapper>;
  CrewMember: ResolverTypeWrapper<CrewMemberMapper>;
  CriticScore: ResolverTypeWrapper<CriticScoreMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: ResolverTypeWrapper<'DAY' | 'EARLY_MONTH' | 'MONTH' | 'YEAR'>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentPayload: ResolverTypeWrapper<DeleteCommentPayload>;
  DeleteViewerAccountInput: DeleteViewerAccountInput;
  DeleteViewerAccountPayload: ResolverTypeWrapper<DeleteViewerAccountPayload>;
  Department: ResolverTypeWrapper<'CAST' | 'CREW'>;
  Episode: ResolverTypeWrapper<EpisodeMapper>;
  ExternalId: ResolverTypeWrapper<ExternalIdMapper>;
  ExternalIdProvider: ResolverTypeWrapper<'IMDB' | 'TMDB' | 'TVDB' | 'WIKIDATA' | 'FERNSEHSERIEN'>;
  FeedConnection: ResolverTypeWrapper<FeedConnectionMapper>;
  FeedEdge: ResolverTypeWrapper<Omit<FeedEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  Follow: ResolverTypeWrapper<FollowMapper>;
  FollowConnection: ResolverTypeWrapper<FollowConnectionMapper>;
  FollowEdge: ResolverTypeWrapper<Omit<FollowEdge, 'node'> & { node: ResolversTypes['Follow'] }>;
  FollowPersonInput: FollowPersonInput;
  FollowPersonPayload: ResolverTypeWrapper<Omit<FollowPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  FollowSeriesInput: FollowSeriesInput;
  FollowSeriesPayload: ResolverTypeWrapper<Omit<FollowSeriesPayload, 'series'> & { series?: Maybe<ResolversTypes['Series']> }>;
  Followable: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Followable']>;
  Franchise: ResolverTypeWrapper<FranchiseMapper>;
  Genre: ResolverTypeWrapper<GenreMapper>;
  Granularity: ResolverTypeWrapper<'DAY' | 'WEEK' | 'MONTH' | 'SEASON'>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Job: ResolverTypeWrapper<'CREATOR' | 'DEVELOPER' | 'SHOWRUNNER' | 'EXECUTIVE_PRODUCER' | 'CO_EXECUTIVE_PRODUCER' | 'PRODUCER' | 'SOURCE_AUTHOR' | 'WRITER' | 'DIRECTOR'>;
  Locale: ResolverTypeWrapper<'DE' | 'EN'>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationMapper>;
  NotificationConnection: ResolverTypeWrapper<NotificationConnectionMapper>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: ResolverTypeWrapper<'NEWS' | 'RENEWAL' | 'CAST' | 'BROADCAST'>;
  NotificationKindSettings: ResolverTypeWrapper<NotificationKindSettingsMapper>;
  NotificationKindSettingsInput: NotificationKindSettingsInput;
  NotificationSettings: ResolverTypeWrapper<NotificationSettingsMapper>;
  Outlet: ResolverTypeWrapper<OutletMapper>;
  OutletKind: ResolverTypeWrapper<'TRADE_PRESS' | 'NEWS' | 'OFFICIAL' | 'RATINGS' | 'REVIEWS'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Omit<PartialDate, 'precision'> & { precision: ResolversTypes['DatePrecision'] }>;
  Person: ResolverTypeWrapper<PersonMapper>;
  PersonCredit: ResolverTypeWrapper<PersonCreditMapper>;
  Platform: ResolverTypeWrapper<PlatformMapper>;
  PlatformKind: ResolverTypeWrapper<'STREAMING' | 'BROADCAST' | 'CABLE' | 'BRAND'>;
  PushSubscriptionKeysInput: PushSubscriptionKeysInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  QuietHoursInput: QuietHoursInput;
  RegisterPushSubscriptionInput: RegisterPushSubscriptionInput;
  RegisterPushSubscriptionPayload: ResolverTypeWrapper<RegisterPushSubscriptionPayload>;
  RelationKind: ResolverTypeWrapper<'SIBLING' | 'PARENT' | 'CHILD' | 'SPOUSE' | 'PARTNER' | 'OTHER'>;
  Relative: ResolverTypeWrapper<RelativeMapper>;
  ReleasePattern: ResolverTypeWrapper<'ALL_AT_ONCE' | 'WEEKLY' | 'SPLIT' | 'DAILY'>;
  ReportCommentInput: ReportCommentInput;
  ReportCommentPayload: ResolverTypeWrapper<Omit<ReportCommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['Comment']> }>;
  ReportReason: ResolverTypeWrapper<'SPAM' | 'HARASSMENT' | 'HATE_SPEECH' | 'SPOILER' | 'OFF_TOPIC' | 'PERSONAL_DATA' | 'ILLEGAL_CONTENT' | 'OTHER'>;
  SearchConnection: ResolverTypeWrapper<SearchConnectionMapper>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchHit']>;
  Season: ResolverTypeWrapper<SeasonMapper>;
  SeasonStatus: ResolverTypeWrapper<'PLANNED' | 'ORDERED' | 'IN_PRODUCTION' | 'POST_PRODUCTION' | 'RELEASED' | 'CANCELLED'>;
  Series: ResolverTypeWrapper<SeriesMapper>;
  SeriesConnection: ResolverTypeWrapper<SeriesConnectionMapper>;
  SeriesEdge: ResolverTypeWrapper<Omit<SeriesEdge, 'node'> & { node: ResolversTypes['Series'] }>;
  SeriesFilterInput: SeriesFilterInput;
  SeriesSort: ResolverTypeWrapper<'TITLE_ASC' | 'TITLE_DESC' | 'NEWEST_FIRST'>;
  SeriesStatus: ResolverTypeWrapper<'ANNOUNCED' | 'IN_DEVELOPMENT' | 'IN_PRODUCTION' | 'RETURNING' | 'ENDED' | 'CANCELLED'>;
  SeriesType: ResolverTypeWrapper<'SCRIPTED' | 'MINISERIES' | 'ANTHOLOGY' | 'DOCUSERIES' | 'REALITY' | 'ANIMATION' | 'TALK'>;
  SourceMaterial: ResolverTypeWrapper<SourceMaterialMapper>;
  SourceMaterialKind: ResolverTypeWrapper<'NOVEL_SERIES' | 'NOVEL' | 'COMIC' | 'FILM' | 'PODCAST' | 'ORIGINAL'>;
  Statement: ResolverTypeWrapper<StatementMapper>;
  StatusEvent: ResolverTypeWrapper<StatusEventMapper>;
  StatusEventKind: ResolverTypeWrapper<'ORDERED' | 'RENEWED' | 'CANCELLED' | 'ENDED' | 'PRODUCTION_STARTED' | 'PREMIERE_DATED'>;
  SubscribeEmailAlertsInput: SubscribeEmailAlertsInput;
  SubscribeEmailAlertsPayload: ResolverTypeWrapper<SubscribeEmailAlertsPayload>;
  UnregisterPushSubscriptionInput: UnregisterPushSubscriptionInput;
  UnregisterPushSubscriptionPayload: ResolverTypeWrapper<UnregisterPushSubscriptionPayload>;
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
  UpdateNotificationSettingsPayload: ResolverTypeWrapper<Omit<UpdateNotificationSettingsPayload, 'notificationSettings'> & { notificationSettings?: Maybe<ResolversTypes['NotificationSettings']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Viewer: ResolverTypeWrapper<ViewerMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleMapper;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ArticleConnection: ArticleConnectionMapper;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilterInput: ArticleFilterInput;
  ArticleUpdate: ArticleUpdateMapper;
  AudienceMetric: AudienceMetricMapper;
  Float: Scalars['Float']['output'];
  Author: AuthorMapper;
  CastConnection: CastConnectionMapper;
  CastEdge: Omit<CastEdge, 'node'> & { node: ResolversParentTypes['CastMember'] };
  CastMember: CastMemberMapper;
  CastRole: CastRoleMapper;
  Category: CategoryMapper;
  Change: ChangeMapper;
  ChangeConnection: ChangeConnectionMapper;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Comment: CommentMapper;
  Boolean: Scalars['Boolean']['output'];
  CommentConnection: CommentConnectionMapper;
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  Company: CompanyMapper;
  ConfirmEmailAlertsInput: ConfirmEmailAlertsInput;
  ConfirmEmailAlertsPayload: Omit<ConfirmEmailAlertsPayload, 'series'> & { series?: Maybe<Array<ResolversParentTypes['Series']>> };
  CreateCommentInput: CreateCommentInput;
  CreateCommentPayload: Omit<CreateCommentPayload, 'comment'> & { comment?: Maybe<ResolversParentTypes['Comment']> };
  CreditedImage: CreditedImageMapper;
  CrewConnection: CrewConnectionMapper;
  CrewEdge: Omit<CrewEdge, 'node'> & { node: ResolversParentTypes['CrewMember'] };
  CrewJob: CrewJobMapper;
  CrewMember: CrewMemberMapper;
  CriticScore: CriticScoreMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentPayload: DeleteCommentPayload;
  DeleteViewerAccountInput: DeleteViewerAccountInput;
  DeleteViewerAccountPayload: DeleteViewerAccountPayload;
  Episode: EpisodeMapper;
  ExternalId: ExternalIdMapper;
  FeedConnection: FeedConnectionMapper;
  FeedEdge: Omit<FeedEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  Follow: FollowMapper;
  FollowConnection: FollowConnectionMapper;
  FollowEdge: Omit<FollowEdge, 'node'> & { node: ResolversParentTypes['Follow'] };
  FollowPersonInput: FollowPersonInput;
  FollowPersonPayload: Omit<FollowPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  FollowSeriesInput: FollowSeriesInput;
  FollowSeriesPayload: Omit<FollowSeriesPayload, 'series'> & { series?: Maybe<ResolversParentTypes['Series']> };
  Followable: ResolversUnionTypes<ResolversParentTypes>['Followable'];
  Franchise: FranchiseMapper;
  Genre: GenreMapper;
  JSON: Scalars['JSON']['output'];
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationMapper;
  NotificationConnection: NotificationConnectionMapper;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationKindSettings: NotificationKindSettingsMapper;
  NotificationKindSettingsInput: NotificationKindSettingsInput;
  NotificationSettings: NotificationSettingsMapper;
  Outlet: OutletMapper;
  PageInfo: PageInfo;
  PartialDate: PartialDate;
  Person: PersonMapper;
  PersonCredit: PersonCreditMapper;
  Platform: PlatformMapper;
  PushSubscriptionKeysInput: PushSubscriptionKeysInput;
  Query: Record<PropertyKey, never>;
  QuietHours: QuietHours;
  QuietHoursInput: QuietHoursInput;
  RegisterPushSubscriptionInput: RegisterPushSubscriptionInput;
  RegisterPushSubscriptionPayload: RegisterPushSubscriptionPayload;
  Relative: RelativeMapper;
  ReportCommentInput: ReportCommentInput;
  ReportCommentPayload: Omit<ReportCommentPayload, 'comment'> & { comment?: Maybe<ResolversParentTypes['Comment']> };
  SearchConnection: SearchConnectionMapper;
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchHit: ResolversUnionTypes<ResolversParentTypes>['SearchHit'];
  Season: SeasonMapper;
  Series: SeriesMapper;
  SeriesConnection: SeriesConnectionMapper;
  SeriesEdge: Omit<SeriesEdge, 'node'> & { node: ResolversParentTypes['Series'] };
  SeriesFilterInput: SeriesFilterInput;
  SourceMaterial: SourceMaterialMapper;
  Statement: StatementMapper;
  StatusEvent: StatusEventMapper;
  SubscribeEmailAlertsInput: SubscribeEmailAlertsInput;
  SubscribeEmailAlertsPayload: SubscribeEmailAlertsPayload;
  UnregisterPushSubscriptionInput: UnregisterPushSubscriptionInput;
  UnregisterPushSubscriptionPayload: UnregisterPushSubscriptionPayload;
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
  UpdateNotificationSettingsPayload: Omit<UpdateNotificationSettingsPayload, 'notificationSettings'> & { notificationSettings?: Maybe<ResolversParentTypes['NotificationSettings']> };
  UserError: UserError;
  Viewer: ViewerMapper;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  bodyText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<ArticlecommentsArgs, 'first'>>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kicker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leadImage?: Resolver<Maybe<ResolversTypes['CreditedImage']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relatedArticles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Outlet']>, ParentType, ContextType>;
  teaser?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['ArticleUpdate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleUpdate'] = ResolversParentTypes['ArticleUpdate']> = {
  label?: Resolver<ResolversTypes['ArticleUpdateLabel'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleUpdateLabelResolvers = EnumResolverSignature<{ CORRECTION?: any, EDITORS_NOTE?: any, UPDATE?: any }, ResolversTypes['ArticleUpdateLabel']>;

export type AudienceMetricResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AudienceMetric'] = ResolversParentTypes['AudienceMetric']> = {
  chart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['AudienceMetricKind'], ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodGranularity?: Resolver<Maybe<ResolversTypes['Granularity']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seasonNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AudienceMetricKindResolvers = EnumResolverSignature<{ CHART_RANK?: any, CHART_WEEKS?: any, HOUSEHOLDS?: any, MINUTES_VIEWED?: any, VIEWS?: any }, ResolversTypes['AudienceMetricKind']>;

export type AuthorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BillingResolvers = EnumResolverSignature<{ GUEST?: any, MAIN?: any, RECURRING?: any }, ResolversTypes['Billing']>;

export type BusinessModelResolvers = EnumResolverSignature<{ AD_SUPPORTED?: any, FREE_TO_AIR?: any, HYBRID?: any, SUBSCRIPTION?: any }, ResolversTypes['BusinessModel']>;

export type CastConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CastConnection'] = ResolversParentTypes['CastConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CastEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CastMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CastEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CastEdge'] = ResolversParentTypes['CastEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CastMember'], ParentType, ContextType>;
};

export type CastMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CastMember'] = ResolversParentTypes['CastMember']> = {
  billing?: Resolver<Maybe<ResolversTypes['Billing']>, ParentType, ContextType>;
  episodeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['CastRole']>, ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CastRoleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CastRole'] = ResolversParentTypes['CastRole']> = {
  announcedBy?: Resolver<Maybe<ResolversTypes['Outlet']>, ParentType, ContextType>;
  announcedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  billing?: Resolver<Maybe<ResolversTypes['Billing']>, ParentType, ContextType>;
  character?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  episodeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceCharacterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChangeType'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeKindResolvers = EnumResolverSignature<{ DELETED?: any, PUBLISHED?: any, UNPUBLISHED?: any, UPDATED?: any }, ResolversTypes['ChangeKind']>;

export type ChangeTypeResolvers = EnumResolverSignature<{ ARTICLE?: any, AUTHOR?: any, CATEGORY?: any, COMPANY?: any, CREDIT?: any, EPISODE?: any, FRANCHISE?: any, GENRE?: any, OUTLET?: any, PERSON?: any, PLATFORM?: any, SEASON?: any, SERIES?: any, STATUS_EVENT?: any }, ResolversTypes['ChangeType']>;

export type CommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<CommentrepliesArgs, 'first'>>;
  replyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanDelete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  viewerHasReported?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['CompanyKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyKindResolvers = EnumResolverSignature<{ GROUP?: any, PRODUCTION_COMPANY?: any, STUDIO?: any }, ResolversTypes['CompanyKind']>;

export type ConfirmEmailAlertsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfirmEmailAlertsPayload'] = ResolversParentTypes['ConfirmEmailAlertsPayload']> = {
  confirmed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  series?: Resolver<Maybe<Array<ResolversTypes['Series']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateCommentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateCommentPayload'] = ResolversParentTypes['CreateCommentPayload']> = {
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreditedImageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditedImage'] = ResolversParentTypes['CreditedImage']> = {
  alternativeText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrewConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrewConnection'] = ResolversParentTypes['CrewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CrewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CrewMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CrewEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrewEdge'] = ResolversParentTypes['CrewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrewMember'], ParentType, ContextType>;
};

export type CrewJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrewJob'] = ResolversParentTypes['CrewJob']> = {
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CrewMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrewMember'] = ResolversParentTypes['CrewMember']> = {
  jobs?: Resolver<Array<ResolversTypes['CrewJob']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CriticScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CriticScore'] = ResolversParentTypes['CriticScore']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  maxValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seasonNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DatePrecisionResolvers = EnumResolverSignature<{ DAY?: any, EARLY_MONTH?: any, MONTH?: any, YEAR?: any }, ResolversTypes['DatePrecision']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteCommentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteCommentPayload'] = ResolversParentTypes['DeleteCommentPayload']> = {
  deletedCommentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteViewerAccountPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteViewerAccountPayload'] = ResolversParentTypes['DeleteViewerAccountPayload']> = {
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DepartmentResolvers = EnumResolverSignature<{ CAST?: any, CREW?: any }, ResolversTypes['Department']>;

export type EpisodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Episode'] = ResolversParentTypes['Episode']> = {
  airDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runtimeMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  provider?: Resolver<ResolversTypes['ExternalIdProvider'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExternalIdProviderResolvers = EnumResolverSignature<{ FERNSEHSERIEN?: any, IMDB?: any, TMDB?: any, TVDB?: any, WIKIDATA?: any }, ResolversTypes['ExternalIdProvider']>;

export type FeedConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedConnection'] = ResolversParentTypes['FeedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeedEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedEdge'] = ResolversParentTypes['FeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type FollowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Follow'] = ResolversParentTypes['Follow']> = {
  followedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Followable'], ParentType, ContextType>;
};

export type FollowConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowConnection'] = ResolversParentTypes['FollowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FollowEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Follow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowEdge'] = ResolversParentTypes['FollowEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Follow'], ParentType, ContextType>;
};

export type FollowPersonPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowPersonPayload'] = ResolversParentTypes['FollowPersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FollowSeriesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowSeriesPayload'] = ResolversParentTypes['FollowSeriesPayload']> = {
  series?: Resolver<Maybe<ResolversTypes['Series']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FollowableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Followable'] = ResolversParentTypes['Followable']> = {
  __resolveType?: TypeResolveFn<'Person' | 'Series', ParentType, ContextType>;
};

export type FranchiseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Franchise'] = ResolversParentTypes['Franchise']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Genre'] = ResolversParentTypes['Genre']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GranularityResolvers = EnumResolverSignature<{ DAY?: any, MONTH?: any, SEASON?: any, WEEK?: any }, ResolversTypes['Granularity']>;

export interface JSONScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobResolvers = EnumResolverSignature<{ CO_EXECUTIVE_PRODUCER?: any, CREATOR?: any, DEVELOPER?: any, DIRECTOR?: any, EXECUTIVE_PRODUCER?: any, PRODUCER?: any, SHOWRUNNER?: any, SOURCE_AUTHOR?: any, WRITER?: any }, ResolversTypes['Job']>;

export type LocaleResolvers = EnumResolverSignature<{ DE?: any, EN?: any }, ResolversTypes['Locale']>;

export type MarkNotificationsReadPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  markedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  confirmEmailAlerts?: Resolver<Maybe<ResolversTypes['ConfirmEmailAlertsPayload']>, ParentType, ContextType, RequireFields<MutationconfirmEmailAlertsArgs, 'input'>>;
  createComment?: Resolver<Maybe<ResolversTypes['CreateCommentPayload']>, ParentType, ContextType, RequireFields<MutationcreateCommentArgs, 'input'>>;
  deleteComment?: Resolver<Maybe<ResolversTypes['DeleteCommentPayload']>, ParentType, ContextType, RequireFields<MutationdeleteCommentArgs, 'input'>>;
  deleteViewerAccount?: Resolver<Maybe<ResolversTypes['DeleteViewerAccountPayload']>, ParentType, ContextType, RequireFields<MutationdeleteViewerAccountArgs, 'input'>>;
  followPerson?: Resolver<Maybe<ResolversTypes['FollowPersonPayload']>, ParentType, ContextType, RequireFields<MutationfollowPersonArgs, 'input'>>;
  followSeries?: Resolver<Maybe<ResolversTypes['FollowSeriesPayload']>, ParentType, ContextType, RequireFields<MutationfollowSeriesArgs, 'input'>>;
  markNotificationsRead?: Resolver<Maybe<ResolversTypes['MarkNotificationsReadPayload']>, ParentType, ContextType, RequireFields<MutationmarkNotificationsReadArgs, 'input'>>;
  registerPushSubscription?: Resolver<Maybe<ResolversTypes['RegisterPushSubscriptionPayload']>, ParentType, ContextType, RequireFields<MutationregisterPushSubscriptionArgs, 'input'>>;
  reportComment?: Resolver<Maybe<ResolversTypes['ReportCommentPayload']>, ParentType, ContextType, RequireFields<MutationreportCommentArgs, 'input'>>;
  subscribeEmailAlerts?: Resolver<Maybe<ResolversTypes['SubscribeEmailAlertsPayload']>, ParentType, ContextType, RequireFields<MutationsubscribeEmailAlertsArgs, 'input'>>;
  unfollowPerson?: Resolver<Maybe<ResolversTypes['FollowPersonPayload']>, ParentType, ContextType, RequireFields<MutationunfollowPersonArgs, 'input'>>;
  unfollowSeries?: Resolver<Maybe<ResolversTypes['FollowSeriesPayload']>, ParentType, ContextType, RequireFields<MutationunfollowSeriesArgs, 'input'>>;
  unregisterPushSubscription?: Resolver<Maybe<ResolversTypes['UnregisterPushSubscriptionPayload']>, ParentType, ContextType, RequireFields<MutationunregisterPushSubscriptionArgs, 'input'>>;
  updateNotificationSettings?: Resolver<Maybe<ResolversTypes['UpdateNotificationSettingsPayload']>, ParentType, ContextType, RequireFields<MutationupdateNotificationSettingsArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Article' | 'Author' | 'Category' | 'Company' | 'Episode' | 'Franchise' | 'Genre' | 'Outlet' | 'Person' | 'Platform' | 'Season' | 'Series' | 'StatusEvent', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationKindResolvers = EnumResolverSignature<{ BROADCAST?: any, CAST?: any, NEWS?: any, RENEWAL?: any }, ResolversTypes['NotificationKind']>;

export type NotificationKindSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationKindSettings'] = ResolversParentTypes['NotificationKindSettings']> = {
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inApp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  push?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = {
  kinds?: Resolver<Array<ResolversTypes['NotificationKindSettings']>, ParentType, ContextType>;
  pushSubscriptionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
};

export type OutletResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Outlet'] = ResolversParentTypes['Outlet']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['OutletKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutletKindResolvers = EnumResolverSignature<{ NEWS?: any, OFFICIAL?: any, RATINGS?: any, REVIEWS?: any, TRADE_PRESS?: any }, ResolversTypes['OutletKind']>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartialDateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  biography?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  credits?: Resolver<Array<ResolversTypes['PersonCredit']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownFor?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  news?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<PersonnewsArgs, 'first'>>;
  photo?: Resolver<Maybe<ResolversTypes['CreditedImage']>, ParentType, ContextType>;
  relatives?: Resolver<Array<ResolversTypes['Relative']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerFollows?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonCreditResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonCredit'] = ResolversParentTypes['PersonCredit']> = {
  billing?: Resolver<Maybe<ResolversTypes['Billing']>, ParentType, ContextType>;
  characters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  series?: Resolver<ResolversTypes['Series'], ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  businessModel?: Resolver<Maybe<ResolversTypes['BusinessModel']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlatformKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlatformKindResolvers = EnumResolverSignature<{ BRAND?: any, BROADCAST?: any, CABLE?: any, STREAMING?: any }, ResolversTypes['PlatformKind']>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryarticleArgs, 'slug'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryarticlesArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QuerychangesArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerypersonArgs, 'slug'>>;
  pushPublicKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerysearchArgs, 'first' | 'query'>>;
  series?: Resolver<Maybe<ResolversTypes['Series']>, ParentType, ContextType, RequireFields<QueryseriesArgs, 'slug'>>;
  seriesList?: Resolver<ResolversTypes['SeriesConnection'], ParentType, ContextType, RequireFields<QueryseriesListArgs, 'first' | 'sort'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  viewerDataExport?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type QuietHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterPushSubscriptionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterPushSubscriptionPayload'] = ResolversParentTypes['RegisterPushSubscriptionPayload']> = {
  registered?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RelationKindResolvers = EnumResolverSignature<{ CHILD?: any, OTHER?: any, PARENT?: any, PARTNER?: any, SIBLING?: any, SPOUSE?: any }, ResolversTypes['RelationKind']>;

export type RelativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relative'] = ResolversParentTypes['Relative']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type ReleasePatternResolvers = EnumResolverSignature<{ ALL_AT_ONCE?: any, DAILY?: any, SPLIT?: any, WEEKLY?: any }, ResolversTypes['ReleasePattern']>;

export type ReportCommentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportCommentPayload'] = ResolversParentTypes['ReportCommentPayload']> = {
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  reportId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReportReasonResolvers = EnumResolverSignature<{ HARASSMENT?: any, HATE_SPEECH?: any, ILLEGAL_CONTENT?: any, OFF_TOPIC?: any, OTHER?: any, PERSONAL_DATA?: any, SPAM?: any, SPOILER?: any }, ResolversTypes['ReportReason']>;

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  __resolveType?: TypeResolveFn<'Article' | 'Person' | 'Series', ParentType, ContextType>;
};

export type SeasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Season'] = ResolversParentTypes['Season']> = {
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  episodeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  episodes?: Resolver<Array<ResolversTypes['Episode']>, ParentType, ContextType>;
  filmingLocation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finaleDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  premiere?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  productionStart?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  releasePattern?: Resolver<Maybe<ResolversTypes['ReleasePattern']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['SeasonStatus']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeasonStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, IN_PRODUCTION?: any, ORDERED?: any, PLANNED?: any, POST_PRODUCTION?: any, RELEASED?: any }, ResolversTypes['SeasonStatus']>;

export type SeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Series'] = ResolversParentTypes['Series']> = {
  audienceMetrics?: Resolver<Array<ResolversTypes['AudienceMetric']>, ParentType, ContextType>;
  cast?: Resolver<ResolversTypes['CastConnection'], ParentType, ContextType, RequireFields<SeriescastArgs, 'first'>>;
  crew?: Resolver<ResolversTypes['CrewConnection'], ParentType, ContextType, RequireFields<SeriescrewArgs, 'first'>>;
  criticScores?: Resolver<Array<ResolversTypes['CriticScore']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  franchise?: Resolver<Maybe<ResolversTypes['Franchise']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  news?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<SeriesnewsArgs, 'first'>>;
  originalNetwork?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  originalTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  productionCompanies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  renewals?: Resolver<Array<ResolversTypes['StatusEvent']>, ParentType, ContextType, Partial<SeriesrenewalsArgs>>;
  season?: Resolver<Maybe<ResolversTypes['Season']>, ParentType, ContextType, RequireFields<SeriesseasonArgs, 'number'>>;
  seasons?: Resolver<Array<ResolversTypes['Season']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceMaterial?: Resolver<Maybe<ResolversTypes['SourceMaterial']>, ParentType, ContextType>;
  spinoffOf?: Resolver<Maybe<ResolversTypes['Series']>, ParentType, ContextType>;
  spinoffs?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['SeriesStatus']>, ParentType, ContextType>;
  synopsis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['SeriesType']>, ParentType, ContextType>;
  viewerFollows?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeriesConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesConnection'] = ResolversParentTypes['SeriesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SeriesEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Series']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SeriesEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesEdge'] = ResolversParentTypes['SeriesEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Series'], ParentType, ContextType>;
};

export type SeriesSortResolvers = EnumResolverSignature<{ NEWEST_FIRST?: any, TITLE_ASC?: any, TITLE_DESC?: any }, ResolversTypes['SeriesSort']>;

export type SeriesStatusResolvers = EnumResolverSignature<{ ANNOUNCED?: any, CANCELLED?: any, ENDED?: any, IN_DEVELOPMENT?: any, IN_PRODUCTION?: any, RETURNING?: any }, ResolversTypes['SeriesStatus']>;

export type SeriesTypeResolvers = EnumResolverSignature<{ ANIMATION?: any, ANTHOLOGY?: any, DOCUSERIES?: any, MINISERIES?: any, REALITY?: any, SCRIPTED?: any, TALK?: any }, ResolversTypes['SeriesType']>;

export type SourceMaterialResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceMaterial'] = ResolversParentTypes['SourceMaterial']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceMaterialKind'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceMaterialKindResolvers = EnumResolverSignature<{ COMIC?: any, FILM?: any, NOVEL?: any, NOVEL_SERIES?: any, ORIGINAL?: any, PODCAST?: any }, ResolversTypes['SourceMaterialKind']>;

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  by?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusEvent'] = ResolversParentTypes['StatusEvent']> = {
  confirmed?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatusEventKind'], ParentType, ContextType>;
  reportUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Outlet']>, ParentType, ContextType>;
  season?: Resolver<Maybe<ResolversTypes['Season']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatusEventKindResolvers = EnumResolverSignature<{ CANCELLED?: any, ENDED?: any, ORDERED?: any, PREMIERE_DATED?: any, PRODUCTION_STARTED?: any, RENEWED?: any }, ResolversTypes['StatusEventKind']>;

export type SubscribeEmailAlertsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubscribeEmailAlertsPayload'] = ResolversParentTypes['SubscribeEmailAlertsPayload']> = {
  accepted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UnregisterPushSubscriptionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnregisterPushSubscriptionPayload'] = ResolversParentTypes['UnregisterPushSubscriptionPayload']> = {
  unregistered?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateNotificationSettingsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateNotificationSettingsPayload'] = ResolversParentTypes['UpdateNotificationSettingsPayload']> = {
  notificationSettings?: Resolver<Maybe<ResolversTypes['NotificationSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feed?: Resolver<ResolversTypes['FeedConnection'], ParentType, ContextType, RequireFields<ViewerfeedArgs, 'first'>>;
  follows?: Resolver<ResolversTypes['FollowConnection'], ParentType, ContextType, RequireFields<ViewerfollowsArgs, 'first'>>;
  notificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<ViewernotificationsArgs, 'first' | 'unreadOnly'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleUpdate?: ArticleUpdateResolvers<ContextType>;
  ArticleUpdateLabel?: ArticleUpdateLabelResolvers;
  AudienceMetric?: AudienceMetricResolvers<ContextType>;
  AudienceMetricKind?: AudienceMetricKindResolvers;
  Author?: AuthorResolvers<ContextType>;
  Billing?: BillingResolvers;
  BusinessModel?: BusinessModelResolvers;
  CastConnection?: CastConnectionResolvers<ContextType>;
  CastEdge?: CastEdgeResolvers<ContextType>;
  CastMember?: CastMemberResolvers<ContextType>;
  CastRole?: CastRoleResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeKind?: ChangeKindResolvers;
  ChangeType?: ChangeTypeResolvers;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyKind?: CompanyKindResolvers;
  ConfirmEmailAlertsPayload?: ConfirmEmailAlertsPayloadResolvers<ContextType>;
  CreateCommentPayload?: CreateCommentPayloadResolvers<ContextType>;
  CreditedImage?: CreditedImageResolvers<ContextType>;
  CrewConnection?: CrewConnectionResolvers<ContextType>;
  CrewEdge?: CrewEdgeResolvers<ContextType>;
  CrewJob?: CrewJobResolvers<ContextType>;
  CrewMember?: CrewMemberResolvers<ContextType>;
  CriticScore?: CriticScoreResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DatePrecision?: DatePrecisionResolvers;
  DateTime?: GraphQLScalarType;
  DeleteCommentPayload?: DeleteCommentPayloadResolvers<ContextType>;
  DeleteViewerAccountPayload?: DeleteViewerAccountPayloadResolvers<ContextType>;
  Department?: DepartmentResolvers;
  Episode?: EpisodeResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  ExternalIdProvider?: ExternalIdProviderResolvers;
  FeedConnection?: FeedConnectionResolvers<ContextType>;
  FeedEdge?: FeedEdgeResolvers<ContextType>;
  Follow?: FollowResolvers<ContextType>;
  FollowConnection?: FollowConnectionResolvers<ContextType>;
  FollowEdge?: FollowEdgeResolvers<ContextType>;
  FollowPersonPayload?: FollowPersonPayloadResolvers<ContextType>;
  FollowSeriesPayload?: FollowSeriesPayloadResolvers<ContextType>;
  Followable?: FollowableResolvers<ContextType>;
  Franchise?: FranchiseResolvers<ContextType>;
  Genre?: GenreResolvers<ContextType>;
  Granularity?: GranularityResolvers;
  JSON?: GraphQLScalarType;
  Job?: JobResolvers;
  Locale?: LocaleResolvers;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationKind?: NotificationKindResolvers;
  NotificationKindSettings?: NotificationKindSettingsResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  Outlet?: OutletResolvers<ContextType>;
  OutletKind?: OutletKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonCredit?: PersonCreditResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformKind?: PlatformKindResolvers;
  Query?: QueryResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
  RegisterPushSubscriptionPayload?: RegisterPushSubscriptionPayloadResolvers<ContextType>;
  RelationKind?: RelationKindResolvers;
  Relative?: RelativeResolvers<ContextType>;
  ReleasePattern?: ReleasePatternResolvers;
  ReportCommentPayload?: ReportCommentPayloadResolvers<ContextType>;
  ReportReason?: ReportReasonResolvers;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Season?: SeasonResolvers<ContextType>;
  SeasonStatus?: SeasonStatusResolvers;
  Series?: SeriesResolvers<ContextType>;
  SeriesConnection?: SeriesConnectionResolvers<ContextType>;
  SeriesEdge?: SeriesEdgeResolvers<ContextType>;
  SeriesSort?: SeriesSortResolvers;
  SeriesStatus?: SeriesStatusResolvers;
  SeriesType?: SeriesTypeResolvers;
  SourceMaterial?: SourceMaterialResolvers<ContextType>;
  SourceMaterialKind?: SourceMaterialKindResolvers;
  Statement?: StatementResolvers<ContextType>;
  StatusEvent?: StatusEventResolvers<ContextType>;
  StatusEventKind?: StatusEventKindResolvers;
  SubscribeEmailAlertsPayload?: SubscribeEmailAlertsPayloadResolvers<ContextType>;
  UnregisterPushSubscriptionPayload?: UnregisterPushSubscriptionPayloadResolvers<ContextType>;
  UpdateNotificationSettingsPayload?: UpdateNotificationSettingsPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

