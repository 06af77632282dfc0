/**
 * The contract between the notification spine (planner, delivery rows, claiming, retries, in-app and
 * Web Push channels) and the channels and sources built beside it (e-mail alerts, broadcasts). Kept
 * in one small file so each side can be built and tested against it on its own.
 */

/** What a reader can be notified about; each maps from domain events in the outbox. */
export const NOTIFICATION_KINDS = ['news', 'renewal', 'cast', 'broadcast'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a notification goes. `inapp` rows are the reader's inbox. */
export const NOTIFICATION_CHANNELS = ['inapp', 'push', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The rendered notification; the same for every channel (push sends it as its JSON payload). */
export interface NotificationPayload {
  title: string;
  body: string;
  /** Absolute or site-relative link to what the notification is about. */
  url: string;
  /** Groups notifications about one thing (e.g. `series:<documentId>`); push uses it as `topic`. */
  tag: string;
}

/** One planned delivery, as a channel sender receives it. */
export interface DeliveryRow {
  id: number;
  /** Unique: `${eventId}:${recipient}:${channel}:${subscription}`; the planner inserts with ON CONFLICT DO NOTHING. */
  dedupeKey: string;
  /** The outbox event (webhook-event row's eventId) this delivery comes from. */
  eventId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  /** A signed-in reader (users-permissions user id), or null for an e-mail alert subscriber without an account. */
  userId: number | null;
  /** Set for e-mails to an alert subscription (`plugin::showrunner.email-alert` row id). */
  emailAlertId: number | null;
  /** Set for push deliveries (`plugin::showrunner.push-subscription` row id). */
  pushSubscriptionId: number | null;
  payload: NotificationPayload;
  /** Attempts made before this one. */
  attempts: number;
}

/** What a channel sender reports for one delivery. The spine schedules retries and gives up after its configured time. */
export type SendResult =
  | { kind: 'sent' }
  /** Try again later (429, 5xx, timeouts); `afterMs` from Retry-After when the service gave one. */
  | { kind: 'retry'; error: string; afterMs?: number }
  /** The target no longer exists (push 404/410, unsubscribed address): the spine marks the delivery failed and the sender has removed the target. */
  | { kind: 'gone'; error: string }
  /** Will never work (bad address): failed at once. */
  | { kind: 'failed'; error: string };

export interface ChannelSender {
  channel: NotificationChannel;
  send(delivery: DeliveryRow): Promise<SendResult>;
}
