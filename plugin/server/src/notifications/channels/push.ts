import { createHash } from 'node:crypto';
import https from 'node:https';
import type { Core } from '@strapi/strapi';
import webpush from 'web-push';
import { parseRetryAfter } from '../../webhooks/backoff';
import { checkLiteralHost, guardedLookup, RefusedTargetError } from '../../webhooks/address-policy';
import type { ChannelSender, DeliveryRow, NotificationKind, SendResult } from '../contract';
import type { VapidKeys } from '../push/vapid';
import type { NotificationSettings } from '../settings';
import { NOTIFICATION_UID } from '../uids';

/** How urgently a push service should wake a device (RFC 8030 §5.3): a reminder must arrive before the show starts. */
const URGENCY: Record<NotificationKind, webpush.Urgency> = { broadcast: 'high', renewal: 'normal', news: 'normal', cast: 'low' };

/**
 * RFC 8030 topics are at most 32 base64url characters; a newer push with the same topic replaces
 * one the service has not delivered yet. `series:<documentId>` fits once its colon goes; anything
 * longer is hashed.
 */
export const topicOf = (tag: string) => {
  const safe = tag.replace(/[^A-Za-z0-9_-]/g, '-');
  return safe.length <= 32 ? safe : createHash('sha256').update(tag).digest('base64url').slice(0, 32);
};

type Response = { status: number; retryAfter: string | null };
type Row = Record<string, any>;

/**
 * Web Push through `web-push` (aes128gcm encryption, VAPID). The request itself goes through our
 * own keep-alive agent whose lookup applies the address policy on every connection, so a
 * subscription's host cannot be re-pointed at an internal address after it was registered.
 */
export const pushSender = (strapi: Core.Strapi, settings: NotificationSettings['push'], vapid: VapidKeys): ChannelSender & { close(): void } => {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 64, lookup: guardedLookup(settings.allowPrivate) as never });
  const subscriptions = () => strapi.db.query(NOTIFICATION_UID.pushSubscription);

  // The worker sends a batch at once: their subscriptions are read in one statement, not one each.
  type Waiting = { resolve: (row: Row | null) => void; reject: (error: unknown) => void };
  let waiting: Map<number, Waiting[]> | null = null;
  const flush = async () => {
    const batch = waiting!;
    waiting = null;
    try {
      const rows: Row[] = await subscriptions().findMany({ where: { id: { $in: [...batch.keys()] } }, select: ['id', 'endpoint', 'p256dh', 'auth'] });
      const byId = new Map(rows.map((row) => [Number(row.id), row]));
      for (const [id, callers] of batch) for (const { resolve } of callers) resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const callers of batch.values()) for (const { reject } of callers) reject(error);
    }
  };
  const subscription = (id: number) =>
    new Promise<Row | null>((resolve, reject) => {
      if (!waiting) {
        waiting = new Map();
        setImmediate(() => void flush());
      }
      waiting.set(id, [...(waiting.get(id) ?? []), { resolve, reject }]);
    });

  const post = (details: webpush.RequestDetails): Promise<Response> =>
    new Promise((resolve, reject) => {
      const request = https.request(details.endpoint, { method: 'POST', headers: details.headers as never, agent, timeout: settings.timeoutMs }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: (response.headers['retry-after'] as string | undefined) ?? null }));
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(new Error(`No response within ${settings.timeoutMs} ms`)));
      request.on('error', reject);
      request.end(details.body);
    });

  const outcome = async (delivery: DeliveryRow, subscriptionId: number, { status, retryAfter }: Response): Promise<SendResult> => {
    if (status >= 200 && status < 300) return { kind: 'sent' };
    if (status === 404 || status === 410) {
      // The browser unsubscribed or the subscription expired: it will never work again.
      await subscriptions().delete({ where: { id: subscriptionId } });
      return { kind: 'gone', error: `HTTP ${status}: subscription removed` };
    }
    if (status === 429 || status >= 500) return { kind: 'retry', error: `HTTP ${status}`, afterMs: parseRetryAfter(retryAfter) ?? undefined };
    return { kind: 'failed', error: `HTTP ${status} for delivery ${delivery.id}` };
  };

  return {
    channel: 'push',
    close: () => agent.destroy(),
    async send(delivery) {
      const subscriptionId = delivery.pushSubscriptionId;
      const target = subscriptionId ? await subscription(subscriptionId) : null;
      if (!subscriptionId || !target) return { kind: 'gone', error: 'The push subscription no longer exists' };
      let details: webpush.RequestDetails;
      try {
        checkLiteralHost(new URL(target.endpoint).hostname, settings.allowPrivate);
        details = webpush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          JSON.stringify(delivery.payload),
          {
            TTL: settings.ttlSeconds,
            urgency: URGENCY[delivery.kind],
            topic: topicOf(delivery.payload.tag),
            contentEncoding: 'aes128gcm',
            vapidDetails: vapid,
          }
        );
      } catch (error) {
        return { kind: 'failed', error: (error as Error).message.slice(0, 255) };
      }
      try {
        return await outcome(delivery, subscriptionId, await post(details));
      } catch (error) {
        if (error instanceof RefusedTargetError) return { kind: 'failed', error: error.message.slice(0, 255) };
        return { kind: 'retry', error: `${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`.trim().slice(0, 255) };
      }
    },
  };
};
