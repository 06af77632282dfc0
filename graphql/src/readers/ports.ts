/**
 * What the GraphQL layer asks of its host for signed-in readers. The plugin implements it (its
 * readers services, users-permissions for identity) and hands it to createGraphQLMount: the GraphQL
 * layer never looks plugin services up by name. Reads for pages (follows, feed, comments) go
 * through the GraphQL layer's own loaders; everything that writes or authenticates goes through here.
 */

/** The signed-in reader a request acts for. */
export interface Viewer {
  /** users-permissions user row id. */
  id: number;
  documentId: string;
  /** The only part of the account other readers see ("gelöschtes Mitglied" once deleted). */
  displayName: string;
  /** E-mail confirmed (matters only while e-mail confirmation is on). */
  confirmed: boolean;
}

/** A business rule said no: returned in a mutation payload's `userErrors`, never thrown. */
export interface UserError {
  /** Stable, UPPER_CASE, documented in the README. */
  code: string;
  /** For the reader, in German. */
  message: string;
  /** Path to the input field concerned, e.g. ['input', 'body'], or null. */
  field: string[] | null;
}

export type Outcome<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

export type FollowTarget = { kind: 'series' | 'person'; slug: string };

export type ReportReason = 'SPAM' | 'HARASSMENT' | 'HATE_SPEECH' | 'SPOILER' | 'OFF_TOPIC' | 'PERSONAL_DATA' | 'ILLEGAL_CONTENT' | 'OTHER';

/** Mutation fields whose per-reader budgets are counted (per field, so aliases cannot multiply them). */
export type LimitedAction = 'comment' | 'report' | 'follow';

export type NotificationKindName = 'news' | 'renewal' | 'cast' | 'broadcast';

/** One entry of a reader's in-app inbox. */
export interface InboxNotification {
  /** The delivery row id; only ever shown to its own reader. */
  id: number;
  kind: NotificationKindName;
  title: string;
  body: string;
  url: string;
  tag: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPreferences {
  kinds: { kind: NotificationKindName; inApp: boolean; push: boolean; email: boolean }[];
  quietHours: { start: string; end: string; timeZone: string } | null;
  pushSubscriptionCount: number;
}

export interface NotificationSettingsChange {
  kinds?: { kind: NotificationKindName; inApp?: boolean | null; push?: boolean | null; email?: boolean | null }[] | null;
  /** Absent: unchanged; null: no quiet hours. */
  quietHours?: { start: string; end: string; timeZone?: string | null } | null;
}

/** The reader's notifications (plugin/server/src/notifications): inbox, settings, push subscriptions. Every call is scoped to `viewer`. */
export interface NotificationPorts {
  /** The VAPID public key browsers subscribe with; null when Web Push is off. */
  pushPublicKey(): string | null;
  /** Newest first; `before` is the id of the last entry of the previous page. */
  inbox(viewer: Viewer, page: { first: number; before: number | null; unreadOnly: boolean }): Promise<{ rows: InboxNotification[]; total: number }>;
  unreadCount(viewer: Viewer): Promise<number>;
  /** Marks the given ids and/or everything up to and including `upTo` read; ids that are not the viewer's are a NOTIFICATION_NOT_FOUND. */
  markRead(viewer: Viewer, input: { ids: number[]; upTo: number | null }): Promise<Outcome<{ marked: number }>>;
  settings(viewer: Viewer): Promise<NotificationPreferences>;
  updateSettings(viewer: Viewer, change: NotificationSettingsChange): Promise<Outcome<NotificationPreferences>>;
  registerPushSubscription(viewer: Viewer, input: { endpoint: string; keys: { p256dh: string; auth: string } }): Promise<Outcome<{ registered: true }>>;
  unregisterPushSubscription(viewer: Viewer, input: { endpoint: string }): Promise<Outcome<{ unregistered: boolean }>>;
}

export interface ReaderPorts {
  /**
   * The reader a users-permissions JWT (`Authorization: Bearer …`) belongs to. Resolves null when
   * the token is unusable (expired, tampered, deleted or blocked user): the caller answers
   * UNAUTHENTICATED. No token at all never reaches here (anonymous).
   */
  viewerFromToken(token: string): Promise<Viewer | null>;
  /**
   * Spends one unit of the reader's budget for `action`; resolves the seconds to wait when it is
   * spent (the caller answers RATE_LIMITED with that retry time), else null.
   */
  spend(viewer: Viewer, action: LimitedAction): Promise<number | null>;
  /**
   * Idempotent: following twice is one follow; unfollowing what is not followed is fine. The value
   * is the followed series' or person's documentId (the payload can return the node). Following
   * needs a published target; TARGET_NOT_FOUND otherwise.
   */
  follow(viewer: Viewer, target: FollowTarget): Promise<Outcome<{ documentId: string }>>;
  unfollow(viewer: Viewer, target: FollowTarget): Promise<Outcome<{ documentId: string }>>;
  /**
   * `article` and `parent` are documentIds. The body is plain text (normalized, never HTML). An
   * answer to an answer joins the thread of its first comment (threads are one level deep). The
   * value is the new comment's documentId.
   */
  createComment(viewer: Viewer, input: { article: string; body: string; parent?: string | null }): Promise<Outcome<{ documentId: string }>>;
  /** The author withdraws a comment: its text is emptied and `deletedByAuthorAt` set; its place in the thread stays. */
  deleteComment(viewer: Viewer, input: { comment: string }): Promise<Outcome<{ documentId: string }>>;
  /** The value is the report's documentId; its outcome reaches the reporter through exportData. */
  reportComment(viewer: Viewer, input: { comment: string; reason: ReportReason; message?: string | null }): Promise<Outcome<{ documentId: string }>>;
  /** Everything stored about the reader (account, follows, comments, reports and their outcomes, statements of reasons). */
  exportData(viewer: Viewer): Promise<Record<string, unknown>>;
  /** Checks the password, then removes the reader's personal data (README: "Deleting an account"). */
  deleteAccount(viewer: Viewer, input: { password: string }): Promise<Outcome<{ deleted: true }>>;
  /** The in-app inbox, notification settings and Web Push subscriptions. */
  notifications: NotificationPorts;
}
