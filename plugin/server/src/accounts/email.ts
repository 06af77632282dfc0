import type { Core } from '@strapi/strapi';
import { getSettings } from '../config/get-settings';

type EmailConfig = { provider?: string; providerOptions?: Record<string, unknown>; settings?: { defaultFrom?: string; defaultReplyTo?: string } };
type Mail = { to?: string; from?: string; subject?: string; text?: string; html?: string };

/** What Strapi's email plugin configures when the host says nothing about it. */
const untouched = (config: EmailConfig | undefined) =>
  !config ||
  (config.provider === 'sendmail' && Object.keys(config.providerOptions ?? {}).length === 0 && config.settings?.defaultFrom === 'Strapi <no-reply@strapi.io>');

export type MailMode = 'smtp' | 'log' | 'host' | 'none';

/**
 * Account mails go through Strapi's email plugin. Unless the host configured that plugin itself,
 * the plugin's settings decide: SMTP through @strapi/provider-email-nodemailer when `email.smtp.host`
 * is set; otherwise, outside production, every mail is written to the log instead of being sent.
 * Runs in register, before the email plugin creates its provider in its bootstrap.
 */
export const configureEmail = (strapi: Core.Strapi): MailMode => {
  if (!untouched(strapi.config.get<EmailConfig>('plugin::email'))) return 'host';
  const { smtp, from } = getSettings(strapi).email;
  const settings = { defaultFrom: from ?? undefined, defaultReplyTo: from ?? undefined };
  if (smtp.host) {
    const auth = smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined;
    strapi.config.set('plugin::email', { provider: 'nodemailer', providerOptions: { host: smtp.host, port: smtp.port, secure: smtp.secure, auth }, settings });
    return 'smtp';
  }
  if (process.env.NODE_ENV === 'production') {
    strapi.log.warn('[showrunner] SMTP_HOST is not set: account mails (confirmation, password reset) cannot be sent. See README.md, "Readers".');
    return 'none';
  }
  // A transport that keeps the message in memory until bootstrap puts the log in its place.
  strapi.config.set('plugin::email', { provider: 'nodemailer', providerOptions: { jsonTransport: true }, settings });
  return 'log';
};

const plainText = (mail: Mail) =>
  (mail.text ?? mail.html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Development without SMTP: the mail, link included, goes to the log. Never used in production. */
export const useMailLog = (strapi: Core.Strapi) => {
  const email = strapi.plugin('email') as unknown as { provider: { send(mail: Mail): Promise<unknown> } };
  email.provider = {
    async send(mail) {
      strapi.log.info(`[showrunner] E-Mail (nicht versendet: kein SMTP_HOST) an ${mail.to}: „${mail.subject}“\n${plainText(mail)}`);
    },
  };
};

/** Sends a plain mail through the email plugin, from the configured sender. */
export const sendMail = (strapi: Core.Strapi, mail: { to: string; subject: string; text: string }) =>
  strapi
    .plugin('email')
    .service('email')
    .send({ ...mail, from: getSettings(strapi).email.from ?? undefined });
