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
  const confirmedSubscriber = async (email: string, ip: string, choice: { series?: string[]; kinds?: string[] } = {}) => {
    const before = smtp.mailsTo(email).length;
    const answer = await subscribe({ email, series: ['ballard'], ...choice }, ip);
    if (!answer.body?.data?.subscribeEmailAlerts?.accepted) throw new Error(`subscribeEmailAlerts refused: ${JSON.stringify(answer.body)}`);
    const url = confirmLinkIn(await smtp.waitForMail(email, { after: before }))!;
    const confirmed = await form(url, `token=${new URL(url).searchParams.get('token')}`);
    if (confirmed.status !== 200) throw new Error(`confirmation answered ${confirmed.status}`);
  };
  /** Each subscription of the address in order: its state, kinds and the slugs of its series. */
  const subscriptionsOf = async (email: string) => {
    const rows = await peek(
      database,
      `select a.id, a.state, a.kinds, s.slug from showrunner_email_alerts a
       left join showrunner_email_alerts_series_lnk l on l.email_alert_id = a.id left join showrunner_series s on s.id = l.series_id
       where a.email = ? order by a.id, s.slug`,
      [email]
    );
    const byId = new Map<number, { state: string; kinds: unknown; series: string[] }>();
    for (const row of rows) {
      const entry = byId.get(Number(row.id)) ?? {
        state: String(row.state),
        kinds: typeof row.kinds === 'string' ? JSON.parse(row.kinds) : row.kinds,
        series: [] as string[],
      };
      if (row.slug) entry.series.push(String(row.slug));
      byId.set(Number(row.id), entry);
    }
    return [...byId.values()];
  };
  return { graphql, subscribe, alertsOf, confirmedSubscriber, subscriptionsOf };
};
