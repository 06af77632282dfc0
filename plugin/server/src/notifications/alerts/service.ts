import type { Core } from '@strapi/strapi';
import type { AlertPorts, Viewer } from '@showrunner/graphql';
import { getSettings } from '../../config/get-settings';
import { getService } from '../../get-service';
import type { Limiter } from '../../accounts/limiters';
import { emailSender } from '../channels/email';
import type { ChannelSender } from '../contract';
import { createAlertSubscriptions } from './subscriptions';
import { createSigner } from './tokens';
import { normalizeEmail } from './validate';

const PURGE_EVERY_MS = 60 * 60 * 1000;

type NotificationsService = {
  registerSender?: (sender: ChannelSender) => void;
  ports?: () => { updateSettings?: (viewer: Viewer, change: { kinds: { kind: string; email: boolean }[] }) => Promise<unknown> };
};

/** E-mail alerts: subscriptions with double opt-in, their limits, the unsubscribe links, and the e-mail channel. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const signer = createSigner(strapi);
  const subscriptions = createAlertSubscriptions(strapi, signer);
  let limits: { perAddress: Limiter; perIp: Limiter } | null = null;
  let purge: NodeJS.Timeout | null = null;
  const limiters = () => {
    if (limits) return limits;
    const { perAddress, perIp, windowSeconds } = getSettings(strapi).alerts.limits;
    const store = getService(strapi, 'accounts').limiters();
    limits = {
      perAddress: store.limiter('alert-address', { points: perAddress, windowSeconds }),
      perIp: store.limiter('alert-ip', { points: perIp, windowSeconds }),
    };
    return limits;
  };
  const notifications = () => (strapi.plugin('showrunner').services.notifications as NotificationsService | undefined) ?? null;

  const ports: AlertPorts = {
    async subscribeEmailAlerts(input, { ip }) {
      const ipWait = await limiters().perIp.consume(ip);
      if (ipWait !== null) return { retryAfter: ipWait };
      // Counted per address only for a request that would send a mail, so typos cost nothing.
      return subscriptions.subscribe(input, ip, (email) => limiters().perAddress.consume(normalizeEmail(email)));
    },
    async confirmEmailAlerts({ token }, { ip }) {
      const ipWait = await limiters().perIp.consume(ip);
      if (ipWait !== null) return { retryAfter: ipWait };
      return subscriptions.confirm(token);
    },
  };

  /** A signed-in reader's link turns e-mail off for that kind in their notification settings. */
  const unsubscribeReader = async (token: string) => {
    const reader = signer.readReaderToken(token);
    const update = notifications()?.ports?.().updateSettings;
    if (!reader || !update) return false;
    const viewer: Viewer = { id: reader.userId, documentId: '', displayName: '', confirmed: true };
    await update(viewer, { kinds: [{ kind: reader.kind, email: false }] });
    return true;
  };

  return {
    ports: () => ports,
    confirm: (token: string, ip: string) => ports.confirmEmailAlerts({ token }, { ip }),
    unsubscribe: (token: string) => (token.startsWith('r.') ? unsubscribeReader(token) : subscriptions.unsubscribe(token)),
    canUnsubscribe: async (token: string) => (token.startsWith('r.') ? signer.readReaderToken(token) !== null : subscriptions.exists(token)),

    /** Runs in bootstrap after the notification spine started: it sends the e-mail channel's rows from then on. */
    start() {
      const spine = notifications();
      if (spine?.registerSender) spine.registerSender(emailSender(strapi, signer));
      else strapi.log.warn('[showrunner] No notification spine: e-mail alert mails are not sent.');
      const forget = () =>
        subscriptions
          .purgeUnconfirmed()
          .catch((error) => strapi.log.error(`[showrunner] Purging unconfirmed e-mail alerts: ${(error as Error)?.message ?? error}`));
      void forget();
      purge = setInterval(() => void forget(), PURGE_EVERY_MS);
      purge.unref();
    },

    stop() {
      if (purge) clearInterval(purge);
      purge = null;
    },
  };
};
