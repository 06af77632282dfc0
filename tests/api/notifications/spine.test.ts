import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { peek } from '../readers/peek';
import { createFollowers } from '../../../scripts/lib/bulk-followers';
import { browserSubscription, startPushService, type PushService } from '../../../scripts/lib/push-service';
import { siteOf, waitFor } from './world';
import webpush from 'web-push';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(600_000);

const FOLLOWERS = 10_000;

const inappRowsOf = async (database: TestDatabase, articleDocumentId: string) => {
  const [{ n }] = await peek(
    database,
    `select count(*) as n from showrunner_notification_deliveries d join showrunner_webhook_events e on e.message_id = d.event_id
     where d.channel = 'inapp' and e.subject_document_id = ?`,
    [articleDocumentId]
  );
  return Number(n);
};

describe.each(databaseKinds())('the notification planner across a SIGKILL on %s', (kind) => {
  let database: TestDatabase;
  let crashing: TestServer | undefined;
  let restarted: TestServer | undefined;
  const env = { SHOWRUNNER_DEMO_CONTENT: 'on', SHOWRUNNER_NOTIFICATIONS_POLL_MS: '100', SHOWRUNNER_NOTIFICATIONS_BATCH_SIZE: '50' };

  beforeAll(async () => {
    database = await bootedDatabase(kind, 'demo');
  });

  afterAll(async () => {
    // stop() would wait for an exit a SIGKILL already delivered; killed here only if the test failed early.
    if (crashing && crashing.process.exitCode === null && crashing.process.signalCode === null) crashing.process.kill('SIGKILL');
    await restarted?.stop();
    await database?.drop();
  });

  it(`notifies each of ${FOLLOWERS.toLocaleString('en')} followers exactly once when killed in the middle of the fan-out`, async () => {
    crashing = await startServer(database, env);
    const site = siteOf(crashing.url, database);
    const ballard = await site.seriesDocumentId('ballard');
    await createFollowers(database, `crash${kind}`, FOLLOWERS, ballard);
    const article = await site.publishArticle('Ballard: Alle sollen es erfahren', ballard);

    await waitFor('the fan-out to begin', async () => (await inappRowsOf(database, article)) > 0, 120_000);
    const exited = new Promise((resolve) => crashing!.process.once('exit', resolve));
    crashing.process.kill('SIGKILL');
    await exited;
    const atCrash = await inappRowsOf(database, article);
    expect(atCrash).toBeLessThan(FOLLOWERS);

    restarted = await startServer(database, env);
    await waitFor('every follower planned', async () => (await inappRowsOf(database, article)) >= FOLLOWERS, 300_000);
    const perReader = await peek(
      database,
      `select d.user_id, count(*) as n from showrunner_notification_deliveries d join showrunner_webhook_events e on e.message_id = d.event_id
       join up_users u on u.id = d.user_id
       where d.channel = 'inapp' and e.subject_document_id = ? and u.username like ? group by d.user_id having count(*) <> 1`,
      [article, `crash${kind}%`]
    );
    expect(perReader).toEqual([]);
    const [{ n }] = await peek(
      database,
      `select count(distinct d.user_id) as n from showrunner_notification_deliveries d join showrunner_webhook_events e on e.message_id = d.event_id
       join up_users u on u.id = d.user_id where d.channel = 'inapp' and e.subject_document_id = ? and u.username like ?`,
      [article, `crash${kind}%`]
    );
    expect(Number(n)).toBe(FOLLOWERS);
  });
});

(databaseKinds().includes('postgres') ? describe : describe.skip)('two Strapi processes sending push on one PostgreSQL', () => {
  let database: TestDatabase;
  let push: PushService;
  const servers: TestServer[] = [];
  const vapid = webpush.generateVAPIDKeys();
  const READERS = 24;

  beforeAll(async () => {
    push = await startPushService();
    database = await bootedDatabase('postgres', 'demo');
    const env = {
      SHOWRUNNER_DEMO_CONTENT: 'on',
      SHOWRUNNER_NOTIFICATIONS_POLL_MS: '50',
      SHOWRUNNER_NOTIFICATIONS_CONCURRENCY: '2',
      SHOWRUNNER_NOTIFICATIONS_BATCH_SIZE: '5',
      SHOWRUNNER_ACCOUNT_REQUEST_LIMIT: '1000',
      SHOWRUNNER_FOLLOWS_PER_MINUTE: '0',
      SHOWRUNNER_PUSH_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_VAPID_PUBLIC_KEY: vapid.publicKey,
      SHOWRUNNER_VAPID_PRIVATE_KEY: vapid.privateKey,
      SHOWRUNNER_VAPID_SUBJECT: 'mailto:redaktion@showrunner.test',
      NODE_EXTRA_CA_CERTS: push.caFile,
    };
    // One after the other: Strapi's schema sync on a fresh database is not meant to run twice at once.
    servers.push(await startServer(database, env));
    servers.push(await startServer(database, env));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await push?.close();
    await database?.drop();
  });

  it('plan and send each push exactly once between them', async () => {
    push.respondWith(() => ({ status: 201 }));
    const [a, b] = servers.map((server) => siteOf(server.url, database));
    const ballard = await a.seriesDocumentId('ballard');
    const REGISTER = `mutation($input: RegisterPushSubscriptionInput!) { registerPushSubscription(input: $input) { registered } }`;
    for (let i = 1; i <= READERS; i += 1) {
      const site = i % 2 ? a : b;
      const reader = await site.register(`zwei${i}`);
      await site.follow(reader, 'ballard');
      const browser = browserSubscription(`${push.url}/two/${i}`);
      site.ok(await site.gql(REGISTER, { input: { endpoint: browser.endpoint, keys: browser.keys } }, reader.token));
    }
    const articles = await Promise.all([a.publishArticle('Ballard: Von links', ballard), b.publishArticle('Ballard: Von rechts', ballard)]);

    await waitFor('every push', async () => push.received.filter((r) => r.path.startsWith('/two/')).length >= 2 * READERS);
    // Nothing more arrives once all are sent: wait for every row to be settled, then count again.
    await waitFor('all push rows settled', async () => {
      const [{ n }] = await peek(database, `select count(*) as n from showrunner_notification_deliveries where channel = 'push' and state = 'pending'`);
      return Number(n) === 0;
    });
    const sent = push.received.filter((r) => r.path.startsWith('/two/'));
    expect(sent).toHaveLength(2 * READERS);
    const perBrowser = new Map<string, number>();
    for (const r of sent) perBrowser.set(r.path, (perBrowser.get(r.path) ?? 0) + 1);
    expect([...perBrowser.values()]).toEqual(Array.from({ length: READERS }, () => 2));
    const rows = await peek(database, `select state, attempts from showrunner_notification_deliveries where channel = 'push'`);
    expect(rows).toHaveLength(2 * READERS);
    expect(rows.every((row) => row.state === 'sent' && Number(row.attempts) === 1)).toBe(true);
    expect(articles).toHaveLength(2);
  });
});
