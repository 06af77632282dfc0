import { createHash } from 'node:crypto';
import type { TestDatabase } from '../../support/databases';
import type { TestServer } from '../../support/server';
import type { ReceivedMail, SmtpServer } from '../../support/smtp-server';
import { request } from '../readers/client';
import { peek } from '../readers/peek';

export const SUBSCRIBE = `mutation Subscribe($input: SubscribeEmailAlertsInput!) {
  subscribeEmailAlerts(input: $input) { accepted userErrors { code message field } }
}`;
export const CONFIRM = `mutation Confirm($input: ConfirmEmailAlertsInput!) {
  confirmEmailAlerts(input: $input) { confirmed series { slug title } userErrors { code message field } }
}`;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const link = (documentId: string, locale?: string) => ({ connect: [{ documentId, ...(locale ? { locale } : {}) }] });
export const confirmLinkIn = (mail: ReceivedMail) => /(http:\/\/\S+\/api\/showrunner\/email-alerts\/confirm\?token=[A-Za-z0-9_%-]+)/.exec(mail.text)?.[1];
/** A header of the raw mail, folded lines joined. */
export const header = (mail: ReceivedMail, name: string) => {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? null;
};
export const form = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, redirect: 'manual' });

/** E-mail alerts as a site and a reader use them: the mutations over HTTP from a chosen IP, the mailed links, the stored rows. */
export const alertsClient = (server: TestServer, database: TestDatabase, smtp: SmtpServer) => {
  const graphql = (query: string, variables: Record<string, unknown>, ip: string) =>
    request(server.url, 'POST', '/graphql', { body: { query, variables }, ip });
  const subscribe = (input: Record<string, unknown>, ip: string) => graphql(SUBSCRIBE, { input }, ip);
  const alertsOf = (email: string) =>
    peek(
      database,
      'select state, consent_at, consent_text_version, consent_ip, confirmed_at, unsubscribed_at, confirm_token_hash from showrunner_email_alerts where email = ? order by id',
      [email]
    );
  /** Subscribes and confirms through the mailed link, as a reader would. */
  const confirmedSubscriber = async (email: string, ip: string) => {
    const before = smtp.mailsTo(email).length;
    const answer = await subscribe({ email, series: ['ballard'] }, ip);
    if (!answer.body?.data?.subscribeEmailAlerts?.accepted) throw new Error(`subscribeEmailAlerts refused: ${JSON.stringify(answer.body)}`);
    const url = confirmLinkIn(await smtp.waitForMail(email, { after: before }))!;
    const confirmed = await form(url, `token=${new URL(url).searchParams.get('token')}`);
    if (confirmed.status !== 200) throw new Error(`confirmation answered ${confirmed.status}`);
  };
  return { graphql, subscribe, alertsOf, confirmedSubscriber };
};
