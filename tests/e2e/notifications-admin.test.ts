import type { Browser, Page } from 'playwright-core';
import type { TestDatabase } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import { request } from '../api/readers/client';
import { ensureAdminBuilt } from './support/admin-build';
import { registerFirstAdmin, type AdminHttp } from './support/admin-http';
import { adminUi, type AdminUi } from './support/admin-ui';
import { launchBrowser, newDesk, screenshot } from './support/browser';
import { bootedDatabase } from '../support/templates';

/**
 * An editor enters a TV air time in the admin with its German form, a follower gets the reminder
 * in the inbox, and the delivery log under "Benachrichtigungen" counts it; the Editor role does not
 * see that log.
 */
const OWNER = { firstname: 'Grace', lastname: 'Chef', email: 'chefin@example.com', password: 'Showrunner-E2e-2025' };
const READER = { username: 'zuschauerin', email: 'zuschauerin@example.com', password: 'Sicher-Passwort-1' };
const SERIES = 'plugin::showrunner.series';
const SEASON = 'plugin::showrunner.season';
const EPISODE = 'plugin::showrunner.episode';
const PLATFORM = 'plugin::showrunner.platform';
const BROADCAST = 'plugin::showrunner.broadcast';
const link = (documentId: string, locale?: string) => ({ connect: [{ documentId, ...(locale ? { locale } : {}) }] });

/** The next quarter hour at least 15 minutes ahead, as the date and time a desk in Berlin (newDesk) types into the picker. */
const soon = () => {
  const at = new Date(Math.ceil((Date.now() + 15 * 60_000) / (15 * 60_000)) * 15 * 60_000);
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', ...options }).format(at);
  return { at, date: part({ day: '2-digit', month: '2-digit', year: 'numeric' }), time: part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) };
};

describe('TV air times and the notification log in the admin', () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let ui: AdminUi;
  let owner: AdminHttp;

  const created = async (uid: string, body: Record<string, unknown>, publish = true) => {
    const answer = await owner.call(
      'POST',
      `/content-manager/collection-types/${uid}${publish ? '/actions/publish' : ''}${uid === SERIES ? '?locale=de' : ''}`,
      body
    );
    if (answer.status >= 300) throw new Error(`${uid}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.data.documentId as string;
  };

  beforeAll(async () => {
    ensureAdminBuilt();
    database = await bootedDatabase('sqlite', 'schema');
    server = await startServer(database, {
      SHOWRUNNER_ADMIN: 'on',
      SHOWRUNNER_DEMO_CONTENT: 'off',
      SHOWRUNNER_BROADCAST_LEAD_MINUTES: '60',
      SHOWRUNNER_BROADCAST_POLL_MS: '500',
      SHOWRUNNER_NOTIFICATIONS_POLL_MS: '300',
    });
    owner = await registerFirstAdmin(server.url, OWNER);
    const series = await created(SERIES, { title: 'Ballard', slug: 'ballard' });
    const season = await created(SEASON, { number: 1, series: link(series, 'de') });
    await created(EPISODE, { number: 2, title: 'Nachtschicht', season: link(season) });
    await created(PLATFORM, { name: 'Kabel Eins', slug: 'kabel-eins', kind: 'broadcast' }, false);

    expect((await request(server.url, 'POST', '/api/auth/local/register', { body: READER })).status).toBe(200);
    const jwt = (await request(server.url, 'POST', '/api/auth/local', { body: { identifier: READER.email, password: READER.password } })).body.jwt;
    const follow = await request(server.url, 'POST', '/graphql', {
      body: { query: 'mutation { followSeries(input: { series: "ballard" }) { userErrors { code } } }' },
      token: jwt,
    });
    expect(follow.body.data.followSeries.userErrors).toEqual([]);

    browser = await launchBrowser();
    ({ page } = await newDesk(browser));
    ui = adminUi(page, server.url);
    // The plugin makes German the default on the admin's first load; the login form reads it on the next.
    await ui.goto('/auth/login');
    await page.waitForFunction(() => window.localStorage.getItem('strapi-admin-language') === 'de');
    await page.reload();
    await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(OWNER.email);
    await page.getByLabel(/^Passwort\*?$/).fill(OWNER.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('heading', { name: `Hallo ${OWNER.firstname}` }).waitFor();
    await ui.closeBanner();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  test('an editor publishes a broadcast through the German form', async () => {
    await ui.create(BROADCAST);
    await ui.relate('Episode', 'Nachtschicht');
    await ui.relate('Sender / Plattform', 'Kabel Eins');
    const { at, date, time } = soon();
    await ui.dateTime('Beginn', date, time);
    await page.getByRole('combobox', { name: 'Erstausstrahlung oder Wiederholung', exact: true }).waitFor();
    await screenshot(page, 'broadcast-form');
    const { documentId } = await ui.published();
    const stored = (await owner.call('GET', `/content-manager/collection-types/${BROADCAST}/${documentId}`)).body.data;
    expect(new Date(stored.startsAt).getTime()).toBe(at.getTime());
    expect(stored.airing).toBe('first_run');
  });

  test('the delivery log counts the reminder in the follower’s inbox; the Editor role may not open it', async () => {
    const deadline = Date.now() + 60_000;
    let counts: { channel: string; sent: number }[] = [];
    while (!counts.some((row) => row.channel === 'inapp') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      counts = (await owner.call('GET', '/showrunner/notifications/log')).body.data.counts;
    }
    expect(counts.find((row) => row.channel === 'inapp')).toBeDefined();

    await ui.goto('/plugins/showrunner/notifications');
    await page.getByRole('heading', { name: 'Benachrichtigungen' }).first().waitFor();
    const perChannel = page.getByRole('grid', { name: 'Zustellungen je Kanal' }).or(page.getByRole('table', { name: 'Zustellungen je Kanal' }));
    await perChannel.getByText('In der App').waitFor();
    await page.getByText('TV-Termin').first().waitFor();
    await screenshot(page, 'notification-log');

    const roles = (await owner.call<{ data: { id: number; code: string }[] }>('GET', '/admin/roles')).body.data;
    const editor = roles.find((role) => role.code === 'strapi-editor')!;
    const permissions = (await owner.call<{ data: { action: string }[] }>('GET', `/admin/roles/${editor.id}/permissions`)).body.data;
    expect(permissions.map((permission) => permission.action)).not.toContain('plugin::showrunner.notifications.read');
  });
});
