import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { startSmtpServer, type SmtpServer } from '../../support/smtp-server';
import { adminApi, type AdminApi } from '../../support/webhook-receiver';
import { peek } from '../readers/peek';
import { alertsClient, CONFIRM, confirmLinkIn, form, sha256 } from './alerts-client';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(400_000);

const PER_ADDRESS = 3;
const PER_IP = 6;
const SERIES = 'plugin::showrunner.series';

describe.each(databaseKinds())('e-mail alerts without an account on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let smtp: SmtpServer;
  let admin: AdminApi;

  let graphql: ReturnType<typeof alertsClient>['graphql'];
  let subscribe: ReturnType<typeof alertsClient>['subscribe'];
  let alertsOf: ReturnType<typeof alertsClient>['alertsOf'];
  let confirmedSubscriber: ReturnType<typeof alertsClient>['confirmedSubscriber'];
  let subscriptionsOf: ReturnType<typeof alertsClient>['subscriptionsOf'];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await bootedDatabase(kind, 'schema');
    server = await startServer(database, {
      SHOWRUNNER_DEMO_CONTENT: 'off',
      SHOWRUNNER_ALERT_LIMIT_PER_ADDRESS: String(PER_ADDRESS),
      SHOWRUNNER_ALERT_LIMIT_PER_IP: String(PER_IP),
      SHOWRUNNER_ALERT_CONSENT_VERSION: 'tv-termine-test-3',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Serien-Alarm <alarm@showrunner.test>',
    });
    ({ graphql, subscribe, alertsOf, confirmedSubscriber, subscriptionsOf } = alertsClient(server, database, smtp));
    admin = await adminApi(server.url);
    await admin.createPublished(SERIES, { title: 'Ballard', slug: 'ballard' }, 'de');
    await admin.createPublished(SERIES, { title: 'Bosch: Legacy', slug: 'bosch-legacy' }, 'de');
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await smtp?.close();
  });

  it('mails a German opt-in link; a GET of it only asks, the POST activates the subscription and stores the consent proof', async () => {
    const answer = await subscribe({ email: ' Fan@Example.com ', series: ['ballard', 'bosch-legacy'] }, '127.0.0.5');
    expect(answer.status).toBe(200);
    expect(answer.body.data.subscribeEmailAlerts).toEqual({ accepted: true, userErrors: [] });

    const mail = await smtp.waitForMail('fan@example.com');
    expect(mail.from).toBe('alarm@showrunner.test');
    expect(mail.subject).toBe('Bitte bestätige deine kostenlose Benachrichtigung');
    expect(mail.text).toContain('TV-Termine zu „Ballard“ und „Bosch: Legacy“');
    const url = confirmLinkIn(mail);
    expect(url).toBeDefined();
    const token = new URL(url!).searchParams.get('token')!;

    const [pending] = await alertsOf('fan@example.com');
    expect(pending).toMatchObject({ state: 'pending', consent_text_version: 'tv-termine-test-3', confirm_token_hash: sha256(token) });
    expect(pending.consent_ip).toContain('127.0.0.5');
    expect(pending.consent_at).not.toBeNull();

    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Benachrichtigung bestätigen');
    expect((await alertsOf('fan@example.com'))[0].state).toBe('pending');

    const confirmed = await form(url!, `token=${encodeURIComponent(token)}`);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Bestätigt');
    const [active] = await alertsOf('fan@example.com');
    expect(active.state).toBe('active');
    expect(active.confirmed_at).not.toBeNull();
    expect(active.consent_ip).toContain('127.0.0.5');

    // A site's own confirmation page calls the mutation with the same token; a second click answers the same.
    const again = await graphql(CONFIRM, { input: { token } }, '127.0.0.6');
    expect(again.body.data.confirmEmailAlerts).toEqual({
      confirmed: true,
      series: expect.arrayContaining([
        { slug: 'ballard', title: 'Ballard' },
        { slug: 'bosch-legacy', title: 'Bosch: Legacy' },
      ]),
      userErrors: [],
    });
    const bogus = await graphql(CONFIRM, { input: { token: `${token}x` } }, '127.0.0.6');
    expect(bogus.body.data.confirmEmailAlerts).toMatchObject({
      confirmed: null,
      series: null,
      userErrors: [{ code: 'INVALID_TOKEN', field: ['input', 'token'] }],
    });
  });

  it('answers a subscription for an already subscribed address exactly as one for a new address', async () => {
    await confirmedSubscriber('stammgast@example.com', '127.0.0.7');
    const known = await subscribe({ email: 'stammgast@example.com', series: ['ballard'] }, '127.0.0.7');
    const fresh = await subscribe({ email: 'neuling@example.com', series: ['ballard'] }, '127.0.0.7');
    expect({ status: known.status, body: known.body }).toEqual({ status: fresh.status, body: fresh.body });
    expect(known.headers['content-length']).toBe(fresh.headers['content-length']);
    expect((await alertsOf('stammgast@example.com')).map((row) => row.state)).toEqual(['active', 'pending']);
  });

  it('keeps one active subscription per address and series: a newer confirmed choice takes the series it names from older ones', async () => {
    await confirmedSubscriber('wechsel@example.com', '127.0.5.1', { series: ['ballard', 'bosch-legacy'] });
    await confirmedSubscriber('wechsel@example.com', '127.0.5.2', { series: ['ballard'], kinds: ['news'] });
    expect(await subscriptionsOf('wechsel@example.com')).toEqual([
      { state: 'active', kinds: ['broadcast'], series: ['bosch-legacy'] },
      { state: 'active', kinds: ['news'], series: ['ballard'] },
    ]);

    await confirmedSubscriber('umzug@example.com', '127.0.5.3');
    await confirmedSubscriber('umzug@example.com', '127.0.5.4', { series: ['ballard', 'bosch-legacy'], kinds: ['broadcast', 'renewal'] });
    expect(await subscriptionsOf('umzug@example.com')).toEqual([
      { state: 'unsubscribed', kinds: ['broadcast'], series: ['ballard'] },
      { state: 'active', kinds: ['broadcast', 'renewal'], series: ['ballard', 'bosch-legacy'] },
    ]);
  });

  it('names each bad field: the address, an unknown series by position, an unknown kind; and sends nothing', async () => {
    const answer = await subscribe({ email: 'kein-at-zeichen.example.com', series: ['ballard', 'gibt-es-nicht'], kinds: ['broadcast', 'gossip'] }, '127.0.0.8');
    expect(answer.status).toBe(200);
    const { accepted, userErrors } = answer.body.data.subscribeEmailAlerts;
    expect(accepted).toBeNull();
    expect(userErrors.map(({ code, field }: { code: string; field: string[] }) => ({ code, field }))).toEqual([
      { code: 'INVALID_EMAIL', field: ['input', 'email'] },
      { code: 'UNKNOWN_KIND', field: ['input', 'kinds', '1'] },
      { code: 'UNKNOWN_SERIES', field: ['input', 'series', '1'] },
    ]);
    expect(userErrors.every((error: { message: string }) => error.message.length > 10)).toBe(true);

    const many = await subscribe({ email: 'viele@example.com', series: Array.from({ length: 5000 }, (_, i) => `serie-${i}`) }, '127.0.0.8');
    expect(many.status).toBe(200);
    expect(many.body.data.subscribeEmailAlerts.userErrors).toEqual([expect.objectContaining({ code: 'TOO_MANY_SERIES', field: ['input', 'series'] })]);
    expect(await peek(database, 'select id from showrunner_email_alerts where email = ?', ['kein-at-zeichen.example.com'])).toEqual([]);
  });

  it('stops mail bombing: per address across IPs, and per IP across addresses, with RATE_LIMITED and 429', async () => {
    for (let i = 0; i < PER_ADDRESS; i += 1) {
      expect((await subscribe({ email: 'opfer@example.com', series: ['ballard'] }, `127.0.1.${i + 1}`)).body.data.subscribeEmailAlerts.accepted).toBe(true);
    }
    const bombed = await subscribe({ email: 'Opfer@example.com', series: ['ballard'] }, '127.0.1.99');
    expect(bombed.status).toBe(429);
    expect(bombed.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(Number(bombed.headers['retry-after'])).toBeGreaterThan(0);
    await smtp.waitForMail('opfer@example.com', { after: PER_ADDRESS - 1 });
    expect(smtp.mailsTo('opfer@example.com')).toHaveLength(PER_ADDRESS);

    for (let i = 0; i < PER_IP; i += 1) {
      expect((await subscribe({ email: `jemand-${i}@example.com`, series: ['ballard'] }, '127.0.2.1')).status).toBe(200);
    }
    const flood = await subscribe({ email: 'noch-jemand@example.com', series: ['ballard'] }, '127.0.2.1');
    expect(flood.status).toBe(429);
    expect(flood.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(await peek(database, 'select id from showrunner_email_alerts where email = ?', ['noch-jemand@example.com'])).toEqual([]);
  });
});
