import webpush from 'web-push';
import type { NotificationSettings } from '../settings';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

const DEVELOPMENT_SUBJECT = 'mailto:no-reply@showrunner.invalid';

/**
 * The VAPID identity push services know this site by. Production needs all three settings (a
 * new key pair would orphan every browser's subscription); elsewhere a missing pair is made up
 * for this process with a warning (`npm start` writes a lasting pair into cms/.env).
 */
export const resolveVapid = (push: NotificationSettings['push'], production: boolean, warn: (message: string) => void): VapidKeys | null => {
  if (!push.enabled) return null;
  const { vapidPublicKey, vapidPrivateKey, vapidSubject } = push;
  if (production) {
    const missing = [
      !vapidPublicKey && 'SHOWRUNNER_VAPID_PUBLIC_KEY',
      !vapidPrivateKey && 'SHOWRUNNER_VAPID_PRIVATE_KEY',
      !vapidSubject && 'SHOWRUNNER_VAPID_SUBJECT',
      // The development pair npm start writes into cms/.env, which Strapi would load in production too.
      vapidSubject === DEVELOPMENT_SUBJECT && 'SHOWRUNNER_VAPID_SUBJECT (still the development subject)',
    ].filter(Boolean);
    if (missing.length) {
      throw new Error(
        `[showrunner] Web Push is on (SHOWRUNNER_PUSH) but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set. Generate keys with \`npx web-push generate-vapid-keys\`, or set SHOWRUNNER_PUSH=false.`
      );
    }
  }
  const keys = vapidPublicKey && vapidPrivateKey ? { publicKey: vapidPublicKey, privateKey: vapidPrivateKey } : null;
  if (!keys)
    warn(
      '[showrunner] No VAPID keys set (SHOWRUNNER_VAPID_PUBLIC_KEY/PRIVATE_KEY): using a pair made up for this process; subscriptions will not survive a restart.'
    );
  const { publicKey, privateKey } = keys ?? webpush.generateVAPIDKeys();
  // Fails early on a malformed key or subject rather than at the first push.
  webpush.setVapidDetails(vapidSubject ?? DEVELOPMENT_SUBJECT, publicKey, privateKey);
  return { publicKey, privateKey, subject: vapidSubject ?? DEVELOPMENT_SUBJECT };
};
