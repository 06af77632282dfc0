import webpush from 'web-push';
import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { peek } from '../readers/peek';
import { browserSubscription, startPushService, type PushService } from '../../../scripts/lib/push-service';
import { siteOf, waitFor, type Reader, type Site } from './world';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(300_000);

const REGISTER = `mutation($input: RegisterPushSubscriptionInput!) { registerPushSubscription(input: $input) { registered userErrors { code field } } }`;
const UNREGISTER = `mutation($endpoint: String!) { unregisterPushSubscription(input: { endpoint: $endpoint }) { unregistered userErrors { code } } }`;
const SETTINGS = `mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { userErrors { code } } }`;
const COUNT = '{ viewer { notificationSettings { pushSubscriptionCount } } }';

const berlinClock = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe.each(databaseKinds())('Web Push to a loopback push service on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let push: PushService;
  let site: Site;
  let ballard: string;
  const vapid = webpush.generateVAPIDKeys();
  let browsers = 0;

  /** A reader following Ballard with one browser subscribed at `/push/<n>` on the loopback service. */
  const subscribedReader = async (name: string) => {
    const reader = await site.register(name);
    await site.follow(reader, 'ballard');
    browsers += 1;
    const browser = browserSubscription(`${push.url}/push/${browsers}`);
    const answer = site.ok(await site.gql(REGISTER, { input: { endpoint: browser.endpoint, keys: browser.keys } }, reader.token)).registerPushSubscription;
    expect(answer).toEqual({ registered: true, userErrors: [] });
    return { reader, browser, path: `/push/${browsers}` };
  };
  const subscriptionCount = async (reader: Reader) => site.ok(await site.gql(COUNT, {}, reader.token)).viewer.notificationSettings.pushSubscriptionCount;

  beforeAll(async () => {
    push = await startPushService();
    database = await bootedDatabase(kind, 'demo');
    server = await startServer(database, {
      SHOWRUNNER_DEMO_CONTENT: 'on',
      SHOWRUNNER_NOTIFICATIONS_POLL_MS: '100',
      SHOWRUNNER_NOTIFICATIONS_BACKOFF_BASE_MS: '200',
      SHOWRUNNER_NOTIFICATIONS_BACKOFF_MAX_MS: '1000',
      SHOWRUNNER_ACCOUNT_REQUEST_LIMIT: '1000',
      SHOWRUNNER_FOLLOWS_PER_MINUTE: '0',
      SHOWRUNNER_PUSH_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_PUSH_TTL: '3600',
      SHOWRUNNER_VAPID_PUBLIC_KEY: vapid.publicKey,
      SHOWRUNNER_VAPID_PRIVATE_KEY: vapid.privateKey,
      SHOWRUNNER_VAPID_SUBJECT: 'mailto:redaktion@showrunner.test',
      NODE_EXTRA_CA_CERTS: push.caFile,
    });
    site = siteOf(server.url, database);
    ballard = await site.seriesDocumentId('ballard');
  });

  afterAll(async () => {
    await server?.stop();
    await push?.close();
    await database?.drop();
  });

  it('publishes the VAPID key and refuses endpoints and keys that cannot be right, with userErrors', async () => {
    expect(site.ok(await site.gql('{ pushPublicKey }')).pushPublicKey).toBe(vapid.publicKey);
    const reader = await site.register('vera');
    const { keys } = browserSubscription('unused');
    const cases = [
      [{ endpoint: push.url.replace('https:', 'http:') + '/push/x', keys }, 'INVALID_PUSH_ENDPOINT', 'endpoint'],
      [{ endpoint: 'kein-url', keys }, 'INVALID_PUSH_ENDPOINT', 'endpoint'],
      [{ endpoint: `${push.url}/push/x`, keys: { p256dh: keys.p256dh, auth: 'zu-kurz' } }, 'INVALID_PUSH_KEYS', 'keys'],
      [{ endpoint: `${push.url}/push/x`, keys: { p256dh: 'AAAA', auth: keys.auth } }, 'INVALID_PUSH_KEYS', 'keys'],
    ] as const;
    for (const [input, code, field] of cases) {
      expect(site.ok(await site.gql(REGISTER, { input }, reader.token)).registerPushSubscription).toEqual({
        registered: null,
        userErrors: [{ code, field: ['input', field] }],
      });
    }
    expect(await subscriptionCount(reader)).toBe(0);
    const anonymous = await site.gql(REGISTER, { input: { endpoint: `${push.url}/push/x`, keys } });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends an encrypted push naming Ballard with TTL, urgency and a per-series topic when an editor publishes a Ballard article', async () => {
    const { reader, browser, path } = await subscribedReader('paula');
    await site.publishArticle('Ballard: Trailer zur neuen Staffel', ballard);
    const [request] = await waitFor('the push', async () => push.to(path).length > 0 && push.to(path));
    expect(request.headers).toMatchObject({
      ttl: '3600',
      urgency: 'normal',
      topic: `series-${ballard}`,
      'content-encoding': 'aes128gcm',
      authorization: expect.stringMatching(new RegExp(`^vapid t=.+, k=${vapid.publicKey}$`)),
    });
    const payload = browser.decrypt(request.body);
    expect(payload).toEqual({
      title: 'Ballard',
      body: 'Ballard: Trailer zur neuen Staffel',
      url: expect.stringMatching(/^\/news\//),
      tag: `series:${ballard}`,
    });
    expect((await site.inbox(reader)).notifications.nodes[0]).toMatchObject({ body: 'Ballard: Trailer zur neuen Staffel' });
  });

  it('removes a subscription the push service answers 410 for, and retries a 429 after its Retry-After', async () => {
    const gone = await subscribedReader('gustav');
    const busy = await subscribedReader('bettina');
    let refusals = 0;
    push.respondWith((request) => {
      if (request.path === gone.path) return { status: 410 };
      if (request.path === busy.path && refusals < 1) {
        refusals += 1;
        return { status: 429, headers: { 'retry-after': '1' } };
      }
      return { status: 201 };
    });
    await site.publishArticle('Ballard: Drehstart', ballard);

    await waitFor('the busy browser’s push after its retry', async () => push.to(busy.path).some((r) => r.answered === 201));
    expect(push.to(busy.path).map((r) => r.answered)).toEqual([429, 201]);
    expect(busy.browser.decrypt(push.to(busy.path)[1].body).body).toBe('Ballard: Drehstart');

    await waitFor('the gone subscription removed', async () => (await subscriptionCount(gone.reader)) === 0);
    expect(push.to(gone.path).map((r) => r.answered)).toEqual([410]);
    const rows = await peek(database, 'select state, attempts from showrunner_notification_deliveries where user_id = ? and channel = ?', [
      gone.reader.id,
      'push',
    ]);
    expect(rows.map((row) => [row.state, Number(row.attempts)])).toEqual([['failed', 1]]);
    push.respondWith(() => ({ status: 201 }));
  });

  it('holds a push during quiet hours and sends it when they end; the inbox has it at once', async () => {
    const { reader, browser, path } = await subscribedReader('quentin');
    const now = Date.now();
    // Quiet from two minutes ago until the first full minute at least 25 s away (quiet hours are whole
    // minutes): the push must wait 25 to 85 s, and the checks below have 25 s to see it held.
    const end = new Date(Math.ceil((now + 25_000) / 60_000) * 60_000);
    const input = { quietHours: { start: berlinClock(new Date(now - 120_000)), end: berlinClock(end) } };
    expect(site.ok(await site.gql(SETTINGS, { input }, reader.token)).updateNotificationSettings.userErrors).toEqual([]);
    await site.publishArticle('Ballard: Nachts veröffentlicht', ballard);

    await waitFor('the inbox entry', async () => (await site.inbox(reader)).notifications.totalCount === 1);
    const [row] = await peek(database, 'select state, next_attempt_at, created_at from showrunner_notification_deliveries where user_id = ? and channel = ?', [
      reader.id,
      'push',
    ]);
    expect(row.state).toBe('pending');
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(new Date(row.created_at).getTime());
    expect(push.to(path)).toHaveLength(0);

    const [request] = await waitFor('the delayed push', async () => push.to(path).length > 0 && push.to(path), 240_000);
    expect(browser.decrypt(request.body).body).toBe('Ballard: Nachts veröffentlicht');
  });

  it('holds a retried push until the end of quiet hours the reader turned on after it was planned', async () => {
    const { reader, path } = await subscribedReader('rita');
    const now = Date.now();
    const input = { quietHours: { start: berlinClock(new Date(now - 120_000)), end: berlinClock(new Date(now + 2 * 3_600_000)) } };
    push.respondWith(async (request) => {
      if (request.path !== path) return { status: 201 };
      // The reader turns quiet hours on while the first attempt is on its way, and the push service is busy.
      await site.gql(SETTINGS, { input }, reader.token);
      return { status: 429, headers: { 'retry-after': '1' } };
    });
    await site.publishArticle('Ballard: Spät am Abend', ballard);

    const row = await waitFor('the retry to be scheduled', async () => {
      const [stored] = await peek(
        database,
        'select state, attempts, next_attempt_at from showrunner_notification_deliveries where user_id = ? and channel = ?',
        [reader.id, 'push']
      );
      return stored && Number(stored.attempts) === 1 && stored;
    });
    push.respondWith(() => ({ status: 201 }));
    expect(site.ok(await site.gql(COUNT, {}, reader.token)).viewer.notificationSettings.pushSubscriptionCount).toBe(1);
    // Retry-After asked for one second; the quiet hours hold the retry until they end, in about two hours.
    expect(row.state).toBe('pending');
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(now + 3_600_000);
    expect(push.to(path).map((request) => request.answered)).toEqual([429]);
  });

  it('stops pushing to a browser that unregistered', async () => {
    const { reader, browser } = await subscribedReader('ulla');
    expect(site.ok(await site.gql(UNREGISTER, { endpoint: browser.endpoint }, reader.token)).unregisterPushSubscription).toEqual({
      unregistered: true,
      userErrors: [],
    });
    expect(await subscriptionCount(reader)).toBe(0);
  });
});
