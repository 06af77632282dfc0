import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { startSmtpServer, type SmtpServer } from '../../support/smtp-server';
import { adminApi, type AdminApi } from '../../support/webhook-receiver';
import { accountsApi, request } from '../readers/client';
import { alertsClient, form, header, link } from './alerts-client';
import { bootedDatabase } from '../../support/templates';

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

  /** A published season (number `season`) and episode of Ballard on a channel; returns a function that publishes a broadcast `minutes` from now. */
  const airTimes = async (season: number) => {
    const [ballard] = await admin.findMany(SERIES, '&filters[slug][$eq]=ballard');
    const channel = await admin.create(PLATFORM, { name: 'Kabel Eins', slug: `kabel-eins-${season}`, kind: 'broadcast' });
    const seasonId = await admin.createPublished(SEASON, { number: season, series: link(ballard.documentId, 'de') });
    const episode = await admin.createPublished(EPISODE, { number: 1, title: 'Die Nachtschicht', season: link(seasonId) });
    return (minutes: number) =>
      admin.createPublished(BROADCAST, { episode: link(episode), channel: link(channel), startsAt: new Date(Date.now() + minutes * 60_000).toISOString() });
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await bootedDatabase(kind, 'schema');
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
    const air = await airTimes(1);
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

  it("unsubscribing from a signed-in reader's alert mail turns e-mail off for that kind only", async () => {
    const accounts = accountsApi(server.url);
    const reader = { username: 'leserin', email: 'leserin@example.com', password: 'Sicher-Passwort-1' };
    expect((await accounts.register(reader, '127.0.4.1')).status).toBe(200);
    const jwt = (await accounts.login(reader.email, reader.password, '127.0.4.1')).body.jwt as string;
    const gql = async (query: string, variables: Record<string, unknown> = {}) =>
      (await request(server.url, 'POST', '/graphql', { body: { query, variables }, token: jwt, ip: '127.0.4.1' })).body;
    expect((await gql('mutation { followSeries(input: { series: "ballard" }) { userErrors { code } } }')).data.followSeries.userErrors).toEqual([]);
    const settings = await gql(
      'mutation { updateNotificationSettings(input: { kinds: [{ kind: BROADCAST, email: true }, { kind: NEWS, email: true }] }) { userErrors { code } } }'
    );
    expect(settings.data.updateNotificationSettings.userErrors).toEqual([]);

    const air = await airTimes(2);
    const sentinel = smtp.mailsTo('wachposten@example.com').length;
    await air(16);
    const mail = await smtp.waitForMail(reader.email, { timeoutMs: 60_000 });
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(http:\/\/[^>]+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')?.[1];
    expect(unsubscribe).toBeDefined();
    expect((await fetch(unsubscribe!)).status).toBe(200);
    const before = await gql('{ viewer { notificationSettings { kinds { kind email } } } }');
    expect(before.data.viewer.notificationSettings.kinds).toEqual(expect.arrayContaining([{ kind: 'BROADCAST', email: true }]));

    expect((await form(unsubscribe!, 'List-Unsubscribe=One-Click')).status).toBe(200);
    const after = await gql('{ viewer { notificationSettings { kinds { kind email } } } }');
    expect(after.data.viewer.notificationSettings.kinds).toEqual(
      expect.arrayContaining([
        { kind: 'BROADCAST', email: false },
        { kind: 'NEWS', email: true },
      ])
    );
    // A forged link for another reader does nothing.
    expect(
      (
        await form(
          unsubscribe!.replace(/token=r\.(\d+)\./, (_m, id) => `token=r.${Number(id) + 1}.`),
          'List-Unsubscribe=One-Click'
        )
      ).status
    ).toBe(404);

    await smtp.waitForMail('wachposten@example.com', { after: sentinel });
    await air(26);
    await smtp.waitForMail('wachposten@example.com', { after: sentinel + 1, timeoutMs: 60_000 });
    expect(smtp.mailsTo(reader.email)).toHaveLength(1);
  });
});
