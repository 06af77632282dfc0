import type { ChannelSender, NotificationChannel } from '../contract';

/**
 * Where channel senders register: push at the spine's start, e-mail from the e-mail alerts'
 * bootstrap (`getService(strapi, 'notifications').registerSender(emailSender(strapi))`). Workers
 * claim only rows of channels that have a sender, so rows of a channel nobody registered simply
 * stay pending until one does. In-app needs none: the inbox row is the delivery.
 */
export const createChannelRegistry = () => {
  const senders = new Map<NotificationChannel, ChannelSender>();
  return {
    register(sender: ChannelSender) {
      if (sender.channel === 'inapp') throw new Error('In-app notifications need no sender: the inbox row is the delivery.');
      senders.set(sender.channel, sender);
    },
    get: (channel: NotificationChannel) => senders.get(channel),
    channels: () => [...senders.keys()],
  };
};

export type ChannelRegistry = ReturnType<typeof createChannelRegistry>;
