import crypto from 'node:crypto';
import webpush from 'web-push';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestDatabase } from '../support/databases';
import { bootedDatabase } from '../support/templates';
import { graphql } from '../support/graphql-client';
import { TEST_SECRETS } from '../support/secrets';
import { freePort, startServer, type TestServer } from '../support/server';
import { browserSubscription, startPushService, type PushService } from '../../scripts/lib/push-service';
import { ensureAdminBuilt } from './support/admin-build';
import { inviteAndRegister, registerFirstAdmin, type AdminHttp } from './support/admin-http';
import { adminUi, type AdminUi } from './support/admin-ui';
import { launchBrowser, newDesk, screenshot } from './support/browser';
import { serverMarkup, startReaderSite, type RunningSite } from './support/site';

/**
 * The example reader site (examples/site) in Chromium, against a real Strapi with the Ballard demo
 * content on a fresh SQLite database: the server-rendered Ballard page, a reader's journey
 * (register, follow, feed, comment, reply, report, switch language, push opt-in, e-mail alerts,
 * export, delete), and the editor's preview of a draft. An editor (the Editor role) writes and
 * publishes in the admin panel, in a browser window of their own, and opens the draft's preview
 * there, which the admin shows from this site in a frame. Screenshots: tests/e2e/artifacts, and
 * docs/screenshots/site-*.png with SHOWRUNNER_UPDATE_SCREENSHOTS=true. Steps build on each other
 * and run in order.
 */
const SERIES = 'plugin::showrunner.series';
const CONTENT_MANAGER = '/content-manager/collection-types';
const ARTICLE = 'plugin::showrunner.article';
const PREVIEW_TOKEN = 'site-e2e-preview-token';
const OWNER = { firstname: 'Chefin', lastname: 'Vom Dienst', email: 'cvd@example.com', password: 'Showrunner-Site-2025' };
const EDITOR = { firstname: 'Renée', lastname: 'Ballard', email: 'redaktion@example.com', password: 'Showrunner-Site-2025' };
const READER = { username: 'ballard-fan', email: 'ballard-fan@example.com', password: 'Ein langes Passwort 2025' };
const GERMAN_SYNOPSIS = 'Statt einer Disziplinarstrafe bekommt Detective Renée Ballard';
const ENGLISH_SYNOPSIS = 'Facing discipline, Detective Renée Ballard';
const SEED_ARTICLE = 'ballard-zweite-staffel-bosch-legacy-spin-off';

describe('The example reader site on the API, in Chromium', () => {
  let database: TestDatabase;
  let server: TestServer;
  let site: RunningSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The administrator over the admin API; the editor works in the admin panel (`ui`). */
  let owner: AdminHttp;
  let ui: AdminUi;
  let ballardId: string;
  let push: PushService;
  const vapid = webpush.generateVAPIDKeys();

  /** The reader's own token, straight from users-permissions: to check what the site did through the API. */
  const readerToken = async () => {
    const response = await fetch(`${server.url}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: READER.email, password: READER.password }),
    });
    return ((await response.json()) as { jwt: string }).jwt;
  };
  const asReader = async (query: string) => (await graphql(server.url, query, {}, { authorization: `Bearer ${await readerToken()}` })).body.data;

  beforeAll(async () => {
    ensureAdminBuilt();
    database = await bootedDatabase('sqlite', 'demo');
    push = await startPushService();
    const sitePort = await freePort();
    server = await startServer(database, {
      SHOWRUNNER_ADMIN: 'on',
      SHOWRUNNER_PREVIEW_URL: `http://127.0.0.1:${sitePort}/preview`,
      SHOWRUNNER_PREVIEW_TOKEN: PREVIEW_TOKEN,
      SHOWRUNNER_ALERT_CONFIRM_URL: `http://127.0.0.1:${sitePort}/de/email-alerts/confirm`,
      // Web Push to a loopback push service with its own certificate (scripts/lib/push-service.ts).
      SHOWRUNNER_PUSH_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_VAPID_PUBLIC_KEY: vapid.publicKey,
      SHOWRUNNER_VAPID_PRIVATE_KEY: vapid.privateKey,
      SHOWRUNNER_VAPID_SUBJECT: 'mailto:redaktion@showrunner.test',
      SHOWRUNNER_NOTIFICATIONS_POLL_MS: '200',
      NODE_EXTRA_CA_CERTS: push.caFile,
    });
    site = await startReaderSite(`${server.url}/graphql`, sitePort);
    owner = await registerFirstAdmin(server.url, OWNER);
    const roles = (await owner.call<{ data: { id: number; code: string }[] }>('GET', '/admin/roles')).body.data;
    await inviteAndRegister(owner, server.url, roles.find((role) => role.code === 'strapi-editor')!.id, EDITOR);
    ballardId = (await owner.call('GET', `${CONTENT_MANAGER}/${SERIES}?filters[slug][$eq]=ballard&locale=de`)).body.results[0].documentId;
    browser = await launchBrowser();
    ({ context, page } = await newDesk(browser));
    const desk = await newDesk(browser);
    ui = adminUi(desk.page, server.url);
    await ui.goto('/auth/login');
    await desk.page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(EDITOR.email);
    await desk.page.getByLabel(/^Passwort\*?$/).fill(EDITOR.password);
    await desk.page.getByRole('button', { name: 'Login' }).click();
    await desk.page.getByRole('heading', { name: `Hallo ${EDITOR.firstname}` }).waitFor();
    await ui.closeBanner();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await server?.stop();
    await push?.close();
    await database?.drop();
  });

  test("the Ballard page's server HTML holds the cast and the renewal history, in German and in English", async () => {
    const { response, markup } = await serverMarkup(`${site.url}/de/series/ballard`);
    expect(response.status).toBe(200);
    expect(markup).toContain('<html lang="de"');
    expect(markup).toContain('<h1>Ballard</h1>');
    for (const name of ['Maggie Q', 'Rosanna Arquette', 'Courtney Taylor']) expect(markup).toMatch(new RegExp(`<a href="/de/people/[a-z-]+">${name}</a>`));
    expect(markup).toContain('Renée Ballard');
    expect(markup).toContain('Jenny Ballard (Makani Ballard)');
    expect(markup).toContain('Staffel 2: verlängert');
    expect(markup).toContain('zuerst gemeldet von Deadline am 6. Oktober 2025 um 11:48');
    expect(markup).toContain('bestätigt von Prime Video (Oktober 2025)');
    expect(markup).toContain('Michael Alaimo, Kendall Sherwood');
    expect(markup).toContain('Quelle: Rotten Tomatoes, 6. Oktober 2025');
    expect(markup).toContain('Zeitraum: Juli 2025 (US), Quelle: Nielsen');
    expect(markup).toContain(GERMAN_SYNOPSIS);

    const english = await serverMarkup(`${site.url}/en/series/ballard`);
    expect(english.markup).toContain('<html lang="en"');
    expect(english.markup).toContain('Season 2: renewed');
    expect(english.markup).toContain('first reported by Deadline on 6 October 2025 at 11:48');
    expect(english.markup).toContain(ENGLISH_SYNOPSIS);
    expect(english.markup).not.toContain(GERMAN_SYNOPSIS);
    expect((await fetch(`${site.url}/de/series/gibt-es-nicht`)).status).toBe(404);
  });

  test('the public pages: home, series, person, article with its update log, search', async () => {
    await page.goto(`${site.url}/`);
    expect(new URL(page.url()).pathname).toBe('/de');
    await page.getByRole('heading', { name: 'Neueste News' }).waitFor();
    await page.getByRole('link', { name: 'Doch noch Staffel 2: „Ballard“ mit Maggie Q geht weiter' }).waitFor();
    await screenshot(page, '01-site-home', { readme: true });

    await page.getByRole('link', { name: 'Ballard', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Ballard', level: 1 }).waitFor();
    await screenshot(page, '02-site-series', { readme: true });
    await page.locator('#renewals').scrollIntoViewIfNeeded();
    await screenshot(page, '02-site-series-renewals', { readme: true });

    await page.getByRole('link', { name: 'Rosanna Arquette' }).first().click();
    await page.getByRole('heading', { name: 'Rosanna Arquette', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Patricia Arquette' }).waitFor();
    await screenshot(page, '03-site-person', { readme: true });

    await page.goto(`${site.url}/de/news/${SEED_ARTICLE}`);
    const update = page.locator('.update');
    await expect(update.locator('.label').textContent()).resolves.toBe('UPDATE');
    await expect(update.textContent()).resolves.toContain('Prime Video hat die zweite Staffel');
    // The update stands above "ZUVOR", the original text below it.
    const order = await page.evaluate(() => {
      const text = document.querySelector('article')!.innerText;
      return { update: text.indexOf('UPDATE'), before: text.indexOf('ZUVOR') };
    });
    expect(order.update).toBeGreaterThanOrEqual(0);
    expect(order.before).toBeGreaterThan(order.update);
    await page.getByText('Quellen: Deadline').waitFor();
    await page.getByText('Bild: Prime Video').waitFor();
    await expect(page.locator('.comment').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '04-site-article', { readme: true });

    await page.getByRole('searchbox', { name: 'Suche' }).fill('renee');
    await page.getByRole('button', { name: 'Suche' }).click();
    await page.waitForURL((url) => url.pathname === '/de/search');
    await page.getByText(/\d+ Treffer für „renee“/).waitFor();
    await page.getByRole('link', { name: 'Ballard', exact: true }).first().waitFor();
    await screenshot(page, '05-site-search', { readme: true });
  });

  test('a reader registers, follows Ballard and finds an article an editor publishes in the feed', async () => {
    await page.goto(`${site.url}/de/register`);
    await page.getByRole('textbox', { name: 'Benutzername' }).fill(READER.username);
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(READER.email);
    await page.getByRole('textbox', { name: 'Passwort' }).fill(READER.password);
    await screenshot(page, '06-site-register', { readme: true });
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await page.waitForURL((url) => url.pathname === '/de/wunschliste');
    await page.getByText('Deine Wunschliste ist leer').waitFor();
    // The token stays in an httpOnly cookie: page scripts cannot read it.
    const cookies = await context.cookies(site.url);
    expect(cookies.find((cookie) => cookie.name === 'showrunner_reader')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('showrunner_reader');

    await page.goto(`${site.url}/de/series/ballard`);
    await page.getByRole('button', { name: 'Auf die Wunschliste' }).click();
    await page.getByRole('button', { name: 'Von der Wunschliste entfernen', pressed: true }).waitFor();
    expect((await asReader('{ series(slug: "ballard") { viewerFollows } }')).series.viewerFollows).toBe(true);
    await page.goto(`${site.url}/de/wunschliste`);
    await page.getByRole('link', { name: 'Ballard', exact: true }).last().waitFor();
    await screenshot(page, '07-site-watchlist', { readme: true });

    const headline = 'Ballard: Dreharbeiten zur zweiten Staffel abgeschlossen';
    await ui.create(ARTICLE, { localized: true });
    await ui.fill('Dachzeile', 'Prime Video');
    await ui.fill('Schlagzeile', headline);
    await ui.fill('Slug', 'ballard-dreharbeiten-abgeschlossen');
    await ui.dateTime('Veröffentlicht am', '29.11.2026', '10:00');
    await ui.page.getByRole('textbox', { name: 'Teaser', exact: true }).fill('Die zweite Staffel ist im Kasten.');
    await ui.blocks('Text', 'Die Dreharbeiten in Los Angeles sind beendet.');
    await ui.relate('Serie', 'Ballard', 'Ballard');
    await ui.published();
    await page.goto(`${site.url}/de/feed`);
    await page.getByRole('link', { name: headline }).waitFor();
    await screenshot(page, '08-site-feed', { readme: true });

    await page.getByRole('link', { name: headline }).click();
    await page.getByRole('heading', { name: headline, level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Kommentar schreiben' }).fill('Endlich! Ich freue mich auf Staffel 2.');
    await page.getByRole('button', { name: 'Kommentieren' }).click();
    const mine = page.locator('.comment', { hasText: 'Endlich! Ich freue mich auf Staffel 2.' });
    await mine.getByRole('button', { name: 'Löschen' }).waitFor();
    await mine.getByRole('button', { name: 'Antworten' }).click();
    await mine.getByRole('textbox', { name: 'Antworten' }).fill('Nachtrag: am liebsten wieder mit allen zehn Folgen auf einmal.');
    await mine.getByRole('button', { name: 'Antwort senden' }).click();
    await mine.locator('.replies .comment', { hasText: 'Nachtrag: am liebsten' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Kommentare (1)' }).isVisible()).resolves.toBe(true);
    await screenshot(page, '09-site-comments', { readme: true });
  });

  test("a reader reports another reader's comment (Beitrag melden)", async () => {
    await page.goto(`${site.url}/de/news/${SEED_ARTICLE}`);
    const first = page.locator('.comment').first();
    const commentId = await first.getAttribute('data-comment');
    await first.getByRole('button', { name: 'Beitrag melden' }).click();
    await first.getByRole('combobox').selectOption('SPOILER');
    await first.getByRole('textbox', { name: 'Erläuterung (optional)' }).fill('Verrät zu viel über das Finale');
    await screenshot(page, '10-site-report', { readme: true });
    await first.getByRole('button', { name: 'Meldung senden' }).click();
    await first.getByText('Gemeldet').waitFor();
    const comments = (await asReader(`{ article(slug: "${SEED_ARTICLE}") { comments { nodes { id viewerHasReported } } } }`)).article.comments.nodes;
    expect(comments.find((comment: { id: string }) => comment.id === commentId)).toEqual({ id: commentId, viewerHasReported: true });
  });

  test("switching the language shows the same page in the other language, with none of the first language's text", async () => {
    await page.goto(`${site.url}/de/series/ballard`);
    await page.getByText(GERMAN_SYNOPSIS).waitFor();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === '/en/series/ballard');
    await page.getByText(ENGLISH_SYNOPSIS).waitFor();
    await page.getByRole('button', { name: 'Remove from watchlist', pressed: true }).waitFor();
    // Articles not translated yet come in German (the API's fallback chain) and are marked lang="de";
    // everything else on the page is English.
    const [english, fallback] = await page.evaluate(() => {
      const marked = Array.from(document.body.querySelectorAll('[lang]:not([lang="en"])'));
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang]:not([lang="en"]), script, template').forEach((element) => element.remove());
      return [copy.textContent ?? '', marked.map((element) => element.textContent)];
    });
    expect(english).toContain('Cast');
    for (const german of [GERMAN_SYNOPSIS, 'Besetzung', 'Staffel 2', 'Verlängerungen', 'zuerst gemeldet', 'Von der Wunschliste entfernen', 'Meine Wunschliste'])
      expect(english).not.toContain(german);
    expect(fallback.join(' ')).toContain('Rosanna Arquette spielt in „Ballard“ Staffel 2');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, '11-site-series-en', { readme: true });

    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL((url) => url.pathname === '/de/series/ballard');
    await page.getByText(GERMAN_SYNOPSIS).waitFor();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(ENGLISH_SYNOPSIS);
  });

  test('push: the site subscribes the browser with the API key, and its service worker shows the push an editor causes', async () => {
    // Headless Chromium has no push service ("Registration failed - permission denied"), so the
    // browser's part is played by the test: pushManager.subscribe answers with a subscription whose
    // keys the test holds, at the loopback push service; what arrives there is decrypted and handed
    // to the site's service worker through the DevTools protocol, as the browser's push service would.
    const subscription = browserSubscription(`${push.url}/push/site`);
    await context.grantPermissions(['notifications'], { origin: site.url });
    await context.addInitScript(
      ({ endpoint, keys }) => {
        const fake = { endpoint, expirationTime: null, toJSON: () => ({ endpoint, expirationTime: null, keys }) };
        PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
          (window as any).subscribedWith = Array.from(new Uint8Array(options?.applicationServerKey as ArrayBuffer));
          return fake as unknown as PushSubscription;
        };
        PushManager.prototype.getSubscription = async () => null;
      },
      { endpoint: subscription.endpoint, keys: subscription.keys }
    );

    await page.goto(`${site.url}/de/notifications`);
    await page.getByRole('heading', { name: 'Benachrichtigungen' }).first().waitFor();
    await page.getByRole('button', { name: 'Push-Benachrichtigungen aktivieren' }).click();
    await page.getByText('Push-Benachrichtigungen sind auf diesem Gerät aktiv.').waitFor();
    await screenshot(page, '12-site-notifications', { readme: true });
    expect(Buffer.from(await page.evaluate(() => (window as any).subscribedWith as number[])).toString('base64url')).toBe(vapid.publicKey);
    expect((await asReader('{ viewer { notificationSettings { pushSubscriptionCount } } }')).viewer.notificationSettings.pushSubscriptionCount).toBe(1);

    const headline = 'Ballard: Staffel 2 startet im Sommer';
    // Published over the admin API, as the admin panel's "Veröffentlichen" sends it (the feed test clicks it).
    const publishedNews = await owner.call('POST', `${CONTENT_MANAGER}/${ARTICLE}/actions/publish?locale=de`, {
      headline,
      slug: 'ballard-staffel-2-sommer',
      publishedOn: new Date().toISOString(),
      series: { connect: [{ documentId: ballardId, locale: 'de' }] },
    });
    expect(publishedNews.status).toBeLessThan(300);
    const deadline = Date.now() + 30_000;
    while (!push.to('/push/site').some((request) => JSON.stringify(subscription.decrypt(request.body)).includes(headline)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    const payload = push
      .to('/push/site')
      .map((request) => subscription.decrypt(request.body))
      .find((message) => JSON.stringify(message).includes(headline));
    expect(payload).toMatchObject({ title: expect.stringContaining('Ballard'), url: expect.any(String), tag: expect.any(String) });

    const devtools = await context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string }[] = [];
    devtools.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
    await devtools.send('ServiceWorker.enable');
    const deadlineSw = Date.now() + 10_000;
    while (!registrations.some((registration) => registration.scopeURL === `${site.url}/`) && Date.now() < deadlineSw)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const registration = registrations.find((candidate) => candidate.scopeURL === `${site.url}/`)!;
    await devtools.send('ServiceWorker.deliverPushMessage', { origin: site.url, registrationId: registration.registrationId, data: JSON.stringify(payload) });
    const shown = await page.waitForFunction(
      async () => {
        const notifications = await (await navigator.serviceWorker.ready).getNotifications();
        return (
          notifications.length > 0 &&
          notifications.map((notification) => ({ title: notification.title, body: notification.body, tag: notification.tag, url: notification.data.url }))
        );
      },
      undefined,
      { timeout: 10_000 }
    );
    expect(await shown.jsonValue()).toEqual([{ title: payload.title, body: payload.body, tag: payload.tag, url: payload.url }]);
  });

  test('the e-mail alert form asks for a confirmation, and the link in the mail confirms it', async () => {
    await page.goto(`${site.url}/de/notifications`);
    const form = page.locator('form', { hasText: 'E-Mail' }).last();
    await form.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('tv-termine@example.com');
    await form.getByRole('button', { name: 'Anmelden' }).click();
    await form.getByText('Fast geschafft').waitFor();
    const deadline = Date.now() + 15_000;
    let link: RegExpMatchArray | null = null;
    while (!(link = server.logs().match(/(http:\/\/127\.0\.0\.1:\d+\/de\/email-alerts\/confirm\?token=[\w.-]+)/)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(link).not.toBeNull();
    await page.goto(link![1]);
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await page.getByText('Deine E-Mail-Benachrichtigung ist aktiv.').waitFor();
    await page.getByRole('link', { name: 'Ballard' }).last().waitFor();
  });

  test("the editor's preview renders a draft article, marked as a draft, and is never cached", async () => {
    const headline = 'Geheim: Ballard bekommt einen Ableger';
    await ui.create(ARTICLE, { localized: true });
    await ui.fill('Schlagzeile', headline);
    await ui.fill('Slug', 'ballard-ableger-entwurf');
    await ui.dateTime('Veröffentlicht am', '29.11.2026', '12:00');
    await ui.blocks('Text', 'Noch nicht veröffentlicht.');
    await ui.relate('Serie', 'Ballard', 'Ballard');
    const { documentId } = await ui.expectOk(await ui.save());
    // The URL the admin's "Vorschau öffnen" loads, from the plugin's preview handler.
    const answer = await owner.call('GET', `/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&locale=de&status=draft`);
    const previewUrl = new URL(answer.body.data.url);
    expect(`${previewUrl.origin}${previewUrl.pathname}`).toBe(`${site.url}/preview`);
    expect(Object.fromEntries(previewUrl.searchParams)).toEqual({
      type: 'article',
      slug: 'ballard-ableger-entwurf',
      locale: 'de',
      status: 'draft',
      token: PREVIEW_TOKEN,
    });

    // SHOWRUNNER_PREVIEW_TOKEN must be a read-only API token: one is created in the admin, and its
    // key set to the configured value (Strapi generates keys itself; an operator would copy it instead).
    const created = await owner.call('POST', '/admin/api-tokens', { name: 'Vorschau', type: 'read-only', lifespan: null, description: 'site preview' });
    expect(created.status).toBe(201);
    const Database = require('better-sqlite3');
    const db = new Database(database.env.DATABASE_FILENAME);
    const hashed = crypto.createHmac('sha512', TEST_SECRETS.API_TOKEN_SALT).update(PREVIEW_TOKEN).digest('hex');
    db.prepare('UPDATE strapi_api_tokens SET access_key = ? WHERE id = ?').run(hashed, created.body.data.id);
    db.close();

    const { response, markup } = await serverMarkup(previewUrl.href);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(markup).toContain(`<h1>${headline}</h1>`);
    expect(markup).toContain('Entwurf – nicht veröffentlicht');
    // The public page does not know the draft; a wrong token shows nothing of it.
    expect((await fetch(`${site.url}/de/news/ballard-ableger-entwurf`)).status).toBe(404);
    const wrong = new URL(previewUrl);
    wrong.searchParams.set('token', 'falsch');
    expect((await serverMarkup(wrong.href)).markup).not.toContain(headline);

    // The editor's "Vorschau öffnen": the admin shows the site's preview in a frame.
    await ui.page.getByRole('link', { name: 'Vorschau öffnen' }).click();
    const frame = ui.page.frameLocator('iframe[title="Vorschau"]');
    await frame.getByRole('status').filter({ hasText: 'Entwurf – nicht veröffentlicht' }).waitFor();
    await frame.getByRole('heading', { name: headline }).waitFor();
    await screenshot(ui.page, '13-site-preview', { readme: true });
  });

  test('forgot password, the data export, and deleting the account', async () => {
    await page.goto(`${site.url}/de/account`);
    await page.getByRole('heading', { name: 'Mein Konto' }).waitFor();
    await page.getByText(READER.email).waitFor();
    await screenshot(page, '14-site-account', { readme: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Meine Daten herunterladen' }).click()]);
    const exported = JSON.parse(require('node:fs').readFileSync(await download.path(), 'utf8'));
    expect(JSON.stringify(exported)).toContain(READER.email);
    expect(JSON.stringify(exported)).toContain('Endlich! Ich freue mich auf Staffel 2.');

    await page.getByRole('textbox', { name: 'Passwort' }).fill('falsch');
    await page.getByRole('button', { name: 'Konto löschen' }).click();
    await page.getByText('Das Passwort stimmt nicht.').waitFor();
    await page.getByRole('textbox', { name: 'Passwort' }).fill(READER.password);
    await page.getByRole('button', { name: 'Konto löschen' }).click();
    await page.getByText('Dein Konto ist gelöscht.').waitFor();
    expect((await context.cookies(site.url)).find((cookie) => cookie.name === 'showrunner_reader' && cookie.value)).toBeUndefined();
    const login = await fetch(`${server.url}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: READER.email, password: READER.password }),
    });
    expect(login.status).toBe(400);

    await page.goto(`${site.url}/de/forgot-password`);
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(READER.email);
    await page.getByRole('button', { name: 'Neues Passwort setzen' }).click();
    await page.getByText('Wenn es ein Konto mit dieser Adresse gibt').waitFor();
    await page.goto(`${site.url}/de/login`);
    await screenshot(page, '15-site-login', { readme: true });
  });
});
