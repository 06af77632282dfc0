import { createDatabase, databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { startSmtpServer, type SmtpServer } from '../../support/smtp-server';
import { adminApi, type AdminApi } from '../../support/webhook-receiver';
import { alertsClient, form, header, link } from './alerts-client';

jest.setTimeout(400_000);

const SERIES = 'plugin::showrunner.series';
const SEASON = 'plugin::showrunner.season';
const EPISODE = 'plugin::showrunner.episode';
const PLATFORM = 'plugin::showrunner.platform';
const BROADCAST = 'plugin::showrunner.broadcast';

describe.each(databaseKinds())('TV-date alert mails through the notification spine on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let smtp: SmtpServer;
  let admin: AdminApi;
  let alertsOf: ReturnType<typeof alertsClient>['alertsOf'];
  let confirmedSubscriber: ReturnType<typeof alertsClient>['confirmedSubscriber'];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await createDatabase(kind);
    server = await startServer(database, {
      SHOWRUNNER_DEMO_CONTENT: 'off',
      SHOWRUNNER_SITE_URL: 'https://www.example.com',
      SHOWRUNNER_BROADCAST_POLL_MS: '250',
      SHOWRUNNER_NOTIFICATIONS_POLL_MS: '200',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Serien-Alarm <alarm@showrunner.test>',
    });
    ({ alertsOf, confirmedSubscriber } = alertsClient(server, database, smtp));
    admin = await adminApi(server.url);
    await admin.createPublished(SERIES, { title: 'Ballard', slug: 'ballard' }, 'de');
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await smtp?.close();
  });

  it('sends a TV-date alert with RFC 8058 headers; GET of the unsubscribe URL only asks, the one-click POST ends the alerts', async () => {
    await confirmedSubscriber('zuschauer@example.com', '127.0.3.1');
    await confirmedSubscriber('wachposten@example.com', '127.0.3.2');
    const [ballard] = await admin.findMany(SERIES, '&filters[slug][$eq]=ballard');
    const channel = await admin.create(PLATFORM, { name: 'Kabel Eins', slug: 'kabel-eins', kind: 'broadcast' });
    const season = await admin.createPublished(SEASON, { number: 1, series: link(ballard.documentId, 'de') });
    const episode = await admin.createPublished(EPISODE, { number: 1, title: 'Die Nachtschicht', season: link(season) });
    const air = (minutes: number) =>
      admin.createPublished(BROADCAST, { episode: link(episode), channel: link(channel), startsAt: new Date(Date.now() + minutes * 60_000).toISOString() });

    await air(12);
    const alert = await smtp.waitForMail('zuschauer@example.com', { after: 1, timeoutMs: 60_000 });
    expect(alert.subject).toContain('Ballard');
    expect(alert.text).toContain('Kabel Eins');
    expect(alert.text).toContain('https://www.example.com/');
    const unsubscribe = /^<(http:\/\/[^>]+)>$/.exec(header(alert, 'List-Unsubscribe') ?? '')?.[1];
    expect(unsubscribe).toMatch(/\/api\/showrunner\/email-alerts\/unsubscribe\?token=/);
    expect(header(alert, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(alert.text).toContain(unsubscribe);

    const asked = await fetch(unsubscribe!);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Abbestellen');
    expect((await alertsOf('zuschauer@example.com'))[0].state).toBe('active');

    const done = await form(unsubscribe!, 'List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    const [ended] = await alertsOf('zuschauer@example.com');
    expect(ended.state).toBe('unsubscribed');
    expect(ended.unsubscribed_at).not.toBeNull();

    // The next broadcast reaches the other subscriber, and nothing more reaches the one who left.
    await smtp.waitForMail('wachposten@example.com', { after: 1 });
    await air(20);
    await smtp.waitForMail('wachposten@example.com', { after: 2, timeoutMs: 60_000 });
    expect(smtp.mailsTo('zuschauer@example.com')).toHaveLength(2);
    expect((await fetch(`${unsubscribe}x`)).status).toBe(404);
  });

  it('shows editors the deliveries per channel and state in the admin log, without addresses or payloads', async () => {
    const deadline = Date.now() + 30_000;
    let log = (await admin.call('GET', '/showrunner/notifications/log')).body.data;
    while (log.counts.find((row: { channel: string }) => row.channel === 'email')?.sent !== 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      log = (await admin.call('GET', '/showrunner/notifications/log')).body.data;
    }
    expect(log.counts).toEqual([{ channel: 'email', pending: 0, sent: 3, failed: 0 }]);
    expect(log.recent).toHaveLength(3);
    expect(log.recent[0]).toMatchObject({ channel: 'email', kind: 'broadcast', state: 'sent', attempts: expect.any(Number) });
    expect(JSON.stringify(log)).not.toMatch(/@|example\.com|Ballard/);
    expect((await admin.call('GET', '/showrunner/notifications/log?state=failed')).body.data.recent).toEqual([]);
    expect((await fetch(`${server.url}/showrunner/notifications/log`)).status).toBe(401);
  });
});
