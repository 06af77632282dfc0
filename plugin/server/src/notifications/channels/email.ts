import type { Core } from '@strapi/strapi';
import { getSettings } from '../../config/get-settings';
import { unsubscribeLink } from '../alerts/links';
import { alertMail } from '../alerts/mails';
import { createSigner, type Signer } from '../alerts/tokens';
import { EMAIL_ALERT } from '../alerts/uids';
import type { ChannelSender, DeliveryRow, SendResult } from '../contract';

type Row = Record<string, any>;
type SmtpError = Error & { responseCode?: number; code?: string };

/** Connection trouble and 4xx replies are temporary (RFC 5321 §4.2.1); a 5xx reply will not change by trying again. */
export const classifySmtpError = (error: SmtpError): SendResult => {
  const message = `${error.responseCode ? `${error.responseCode} ` : ''}${error.message ?? error}`.slice(0, 250);
  if (typeof error.responseCode === 'number') return error.responseCode >= 500 ? { kind: 'failed', error: message } : { kind: 'retry', error: message };
  return { kind: 'retry', error: message };
};

/** Where a delivery's mail goes, and the token its unsubscribe link carries; null when the recipient is gone. */
const recipientOf = async (strapi: Core.Strapi, signer: Signer, delivery: DeliveryRow): Promise<{ to: string; token: string } | null> => {
  if (delivery.emailAlertId) {
    const alert: Row | null = await strapi.db
      .query(EMAIL_ALERT as never)
      .findOne({ where: { id: delivery.emailAlertId }, select: ['documentId', 'email', 'state'] });
    return alert?.state === 'active' ? { to: alert.email, token: signer.alertToken(alert.documentId) } : null;
  }
  if (delivery.userId) {
    const user: Row | null = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: delivery.userId }, select: ['email', 'blocked'] });
    return user?.email && !user.blocked ? { to: user.email, token: signer.readerToken(delivery.userId, delivery.kind) } : null;
  }
  return null;
};

/**
 * The e-mail channel: one mail per delivery through Strapi's email plugin, each with a one-click
 * unsubscribe (RFC 8058: `List-Unsubscribe` with an https or http URL, and `List-Unsubscribe-Post`).
 */
export const emailSender = (strapi: Core.Strapi, signer: Signer = createSigner(strapi)): ChannelSender => ({
  channel: 'email',
  async send(delivery) {
    const recipient = await recipientOf(strapi, signer, delivery);
    if (!recipient) return { kind: 'gone', error: 'The subscription or account no longer exists or was unsubscribed.' };
    const link = unsubscribeLink(strapi, recipient.token);
    const { alerts, email } = getSettings(strapi);
    const mail = alertMail(delivery.payload, { siteUrl: alerts.siteUrl, unsubscribe: link });
    try {
      await strapi
        .plugin('email')
        .service('email')
        .send({
          to: recipient.to,
          from: email.from ?? undefined,
          ...mail,
          headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        });
      return { kind: 'sent' };
    } catch (error) {
      return classifySmtpError(error as SmtpError);
    }
  },
});
