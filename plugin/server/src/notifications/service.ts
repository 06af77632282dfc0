import type { Core } from '@strapi/strapi';
import type { NotificationPorts, Viewer } from '@showrunner/graphql';
import { getSettings } from '../config/get-settings';
import { createChannelRegistry } from './channels';
import { pushSender } from './channels/push';
import type { ChannelSender } from './contract';
import { createInbox } from './inbox';
import { createLoop } from './loop';
import { createPlanner } from './planner';
import { createPushSubscriptions } from './push/subscriptions';
import { resolveVapid, type VapidKeys } from './push/vapid';
import { createWorker } from './worker';
import { parseJson } from './tables';
import { NOTIFICATION_UID } from './uids';

/**
 * The notification spine (README.md, "Notifications"): a planner that fans outbox events out to
 * delivery rows, workers that send push and e-mail rows through registered channel senders, and
 * the reader's side (inbox, settings, push subscriptions) as the GraphQL layer's ports.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = getSettings(strapi).notifications;
  const channels = createChannelRegistry();
  const planner = createPlanner(strapi, settings);
  const worker = createWorker(strapi, settings, channels);
  const inbox = createInbox(strapi);
  const subscriptions = createPushSubscriptions(strapi, settings.push);
  const log = (message: string) => strapi.log.error(message);
  const planning = createLoop('Notification planner', () => planner.run(), settings.pollMs, log);
  const sending = createLoop('Notification worker', () => worker.runOnce(settings.concurrency), settings.pollMs, log);
  let vapid: VapidKeys | null = null;
  let push: ReturnType<typeof pushSender> | null = null;

  const ports: NotificationPorts = {
    pushPublicKey: () => vapid?.publicKey ?? null,
    inbox: inbox.inbox,
    unreadCount: inbox.unreadCount,
    markRead: inbox.markRead,
    settings: inbox.settings,
    updateSettings: inbox.updateSettings,
    registerPushSubscription: subscriptions.register,
    unregisterPushSubscription: subscriptions.unregister,
  };

  return {
    ports: () => ports,

    /** For channels built beside the spine (e-mail): rows of a channel without a sender wait, pending. */
    registerSender(sender: ChannelSender) {
      channels.register(sender);
      sending.wake();
    },

    /** Runs in bootstrap, after the webhooks: the VAPID check refuses a production start without keys. */
    async start() {
      vapid = resolveVapid(settings.push, process.env.NODE_ENV === 'production', (message) => strapi.log.warn(message));
      if (vapid) {
        push = pushSender(strapi, settings.push, vapid);
        channels.register(push);
      }
      if (!settings.enabled) {
        strapi.log.info('[showrunner] Notifications are off (SHOWRUNNER_NOTIFICATIONS); events stay unplanned.');
        return;
      }
      planning.start();
      sending.start();
    },

    /** Wakes the planner and the workers (after a write, or in tests) instead of waiting for the next poll. */
    wake() {
      planning.wake();
      sending.wake();
    },

    /** One planning round and one batch of sends, called directly by bench/notifications.ts (with SHOWRUNNER_NOTIFICATIONS=false). */
    planPending: () => planner.run(),
    sendDue: (limit: number = settings.concurrency) => worker.runOnce(limit),

    async stop() {
      await Promise.all([planning.stop(), sending.stop()]);
      push?.close();
    },

    /** What the data export holds about the reader's notifications. */
    async exportData(viewer: Viewer) {
      const [preferences, notifications, pushSubscriptions] = await Promise.all([
        inbox.settings(viewer),
        strapi.db.query(NOTIFICATION_UID.delivery).findMany({
          where: { userId: viewer.id },
          select: ['kind', 'channel', 'payload', 'state', 'createdAt', 'sentAt', 'readAt'],
          orderBy: { id: 'asc' },
        }),
        strapi.db
          .query(NOTIFICATION_UID.pushSubscription)
          .findMany({ where: { userId: viewer.id }, select: ['endpoint', 'createdAt'], orderBy: { id: 'asc' } }),
      ]);
      return {
        settings: preferences,
        notifications: notifications.map((row: Record<string, unknown>) => ({ ...row, payload: parseJson(row.payload) })),
        pushSubscriptions,
      };
    },

    /** Account deletion: the reader's notifications, settings and browsers go with it. */
    async forget(userId: number) {
      for (const uid of [NOTIFICATION_UID.delivery, NOTIFICATION_UID.setting, NOTIFICATION_UID.pushSubscription]) {
        await strapi.db.query(uid).deleteMany({ where: { userId } });
      }
    },
  };
};
