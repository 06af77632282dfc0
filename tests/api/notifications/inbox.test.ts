import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { siteOf, waitFor, type Site } from './world';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(300_000);

const MARK = `mutation($ids: [ID!], $upTo: ID) { markNotificationsRead(input: { ids: $ids, upTo: $upTo }) { markedCount unreadNotificationCount userErrors { code field } } }`;
const SETTINGS = `mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) {
  notificationSettings { kinds { kind inApp push email } quietHours { start end timeZone } } userErrors { code field } } }`;

describe.each(databaseKinds())('the in-app inbox over GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let site: Site;
  let ballard: string;

  beforeAll(async () => {
    database = await bootedDatabase(kind, 'demo');
    server = await startServer(database, {
      SHOWRUNNER_DEMO_CONTENT: 'on',
      SHOWRUNNER_NOTIFICATIONS_POLL_MS: '100',
      SHOWRUNNER_ACCOUNT_REQUEST_LIMIT: '1000',
      SHOWRUNNER_FOLLOWS_PER_MINUTE: '0',
    });
    site = siteOf(server.url, database);
    ballard = await site.seriesDocumentId('ballard');
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('an article published in the admin about a followed series reaches the follower’s inbox once, and nobody else’s', async () => {
    const [anna, ben] = [await site.register('anna'), await site.register('ben')];
    await site.follow(anna, 'ballard');
    await site.publishArticle('Ballard bekommt eine dritte Staffel', ballard);

    const inbox = await waitFor('Anna’s notification', async () => {
      const current = await site.inbox(anna);
      return current.notifications.totalCount > 0 && current;
    });
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.notifications.nodes).toEqual([
      expect.objectContaining({ kind: 'NEWS', title: 'Ballard', body: 'Ballard bekommt eine dritte Staffel', read: false, tag: `series:${ballard}` }),
    ]);
    expect(inbox.notifications.nodes[0].url).toMatch(/^\/news\/ballard-bekommt-eine-dritte-staffel-/);
    expect((await site.inbox(ben)).notifications.totalCount).toBe(0);
    // Ben cannot mark Anna's notification: to him it does not exist, and it stays unread for her.
    const theirs = site.ok(await site.gql(MARK, { ids: [inbox.notifications.nodes[0].id] }, ben.token)).markNotificationsRead;
    expect(theirs).toEqual({ markedCount: null, unreadNotificationCount: null, userErrors: [{ code: 'NOTIFICATION_NOT_FOUND', field: ['input', 'ids'] }] });
    expect((await site.inbox(anna)).unreadNotificationCount).toBe(1);
  });

  it('pages the inbox newest first by keyset, counts unread, and marks read by ids and up to an id', async () => {
    const carla = await site.register('carla');
    await site.follow(carla, 'ballard');
    for (let i = 1; i <= 5; i += 1) await site.publishArticle(`Ballard Meldung ${i}`, ballard);
    await waitFor('five notifications', async () => (await site.inbox(carla)).notifications.totalCount === 5);

    const seen: Record<string, any>[] = [];
    let after: string | null = null;
    do {
      const page: any = (await site.inbox(carla, { first: 2, after })).notifications;
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((n) => n.body)).toEqual([5, 4, 3, 2, 1].map((i) => `Ballard Meldung ${i}`));

    const marked = site.ok(await site.gql(MARK, { ids: [seen[0].id] }, carla.token)).markNotificationsRead;
    expect(marked).toEqual({ markedCount: 1, unreadNotificationCount: 4, userErrors: [] });
    const unread = await site.inbox(carla, { unreadOnly: true });
    expect(unread.notifications.totalCount).toBe(4);
    expect(unread.notifications.nodes.map((n) => n.body)).not.toContain('Ballard Meldung 5');

    const upTo = site.ok(await site.gql(MARK, { upTo: seen[2].id }, carla.token)).markNotificationsRead;
    expect(upTo).toEqual({ markedCount: 3, unreadNotificationCount: 1, userErrors: [] });
    expect((await site.inbox(carla, { unreadOnly: true })).notifications.nodes.map((n) => n.body)).toEqual(['Ballard Meldung 4']);

    const bogus = await site.gql(MARK, { ids: ['nicht-echt'] }, carla.token);
    expect(bogus.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await site.gql(MARK, { ids: [seen[0].id] });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reads and updates notification settings, rejecting bad input with userErrors; in-app off means no inbox entry', async () => {
    const dora = await site.register('dora');
    await site.follow(dora, 'ballard');
    const defaults = site.ok(
      await site.gql('{ viewer { notificationSettings { kinds { kind inApp push email } quietHours { start } pushSubscriptionCount } } }', {}, dora.token)
    );
    expect(defaults.viewer.notificationSettings).toEqual({
      kinds: [
        { kind: 'NEWS', inApp: true, push: true, email: false },
        { kind: 'RENEWAL', inApp: true, push: true, email: false },
        { kind: 'CAST', inApp: true, push: false, email: false },
        { kind: 'BROADCAST', inApp: true, push: true, email: false },
      ],
      quietHours: null,
      pushSubscriptionCount: 0,
    });

    const bad = [
      [{ quietHours: { start: '25:00', end: '07:00' } }, 'INVALID_QUIET_HOURS'],
      [{ quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Olympus' } }, 'INVALID_TIME_ZONE'],
      [
        {
          kinds: [
            { kind: 'NEWS', push: false },
            { kind: 'NEWS', email: true },
          ],
        },
        'DUPLICATE_KIND',
      ],
    ] as const;
    for (const [input, code] of bad) {
      expect(site.ok(await site.gql(SETTINGS, { input }, dora.token)).updateNotificationSettings).toMatchObject({
        notificationSettings: null,
        userErrors: [{ code }],
      });
    }

    const changed = site.ok(
      await site.gql(SETTINGS, { input: { kinds: [{ kind: 'NEWS', inApp: false }], quietHours: { start: '22:00', end: '07:00' } } }, dora.token)
    );
    expect(changed.updateNotificationSettings.notificationSettings).toMatchObject({
      kinds: expect.arrayContaining([{ kind: 'NEWS', inApp: false, push: true, email: false }]),
      quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' },
    });
    const cleared = site.ok(await site.gql(SETTINGS, { input: { quietHours: null } }, dora.token));
    expect(cleared.updateNotificationSettings.notificationSettings.quietHours).toBeNull();

    const erin = await site.register('erin');
    await site.follow(erin, 'ballard');
    await site.publishArticle('Ballard: Nur für Erin', ballard);
    await waitFor('Erin’s notification', async () => (await site.inbox(erin)).notifications.totalCount === 1);
    expect((await site.inbox(dora)).notifications.totalCount).toBe(0);
  });

  it('puts settings and notifications in the data export and removes them with the account', async () => {
    const fritz = await site.register('fritz');
    await site.follow(fritz, 'ballard');
    await site.publishArticle('Ballard für den Export', ballard);
    await waitFor('Fritz’s notification', async () => (await site.inbox(fritz)).notifications.totalCount === 1);
    const exported = site.ok(await site.gql('{ viewerDataExport }', {}, fritz.token)).viewerDataExport;
    expect(exported.notifications.notifications).toEqual([
      expect.objectContaining({ kind: 'news', channel: 'inapp', payload: expect.objectContaining({ body: 'Ballard für den Export' }) }),
    ]);
    expect(exported.notifications.settings.kinds).toHaveLength(4);

    const deleted = site.ok(
      await site.gql(
        'mutation($p: String!) { deleteViewerAccount(input: { password: $p }) { deleted userErrors { code } } }',
        { p: fritz.password },
        fritz.token
      )
    );
    expect(deleted.deleteViewerAccount).toEqual({ deleted: true, userErrors: [] });
    const { peek } = await import('../readers/peek');
    expect(await peek(database, 'select count(*) as n from showrunner_notification_deliveries where user_id = ?', [fritz.id])).toEqual([
      { n: expect.anything() },
    ]);
    const [{ n }] = await peek(database, 'select count(*) as n from showrunner_notification_deliveries where user_id = ?', [fritz.id]);
    expect(Number(n)).toBe(0);
  });
});
