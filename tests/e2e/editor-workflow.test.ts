import type { Browser, Page } from 'playwright-core';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { graphql } from '../support/graphql-client';
import { startServer, type TestServer } from '../support/server';
import { startReceiver, type Receiver } from '../support/webhook-receiver';
import { ensureAdminBuilt } from './support/admin-build';
import { logIn, type AdminHttp } from './support/admin-http';
import { adminUi, type AdminUi } from './support/admin-ui';
import { launchBrowser, newDesk, screenshot } from './support/browser';
import { startPreviewFrontend } from './support/preview-frontend';

/**
 * One editor's day in a real browser, on a fresh SQLite database with the Ballard demo content:
 * sign up, look around Ballard (the README's screenshots), get refused a duplicate season, then put
 * a new series with its season, cast and renewal into the admin, write the news about it, preview
 * and publish it, and read it all back from /graphql. Each step leaves a screenshot in
 * tests/e2e/artifacts (SHOWRUNNER_UPDATE_SCREENSHOTS=true also refreshes docs/screenshots);
 * steps build on each other and run in order.
 */
const EDITOR = { firstname: 'Renée', lastname: 'Ballard', email: 'redaktion@example.com', password: 'Showrunner-E2e-2025' };
const PREVIEW_TOKEN = 'e2e-preview-token';

const SERIES = 'plugin::showrunner.series';
const SEASON = 'plugin::showrunner.season';
const PERSON = 'plugin::showrunner.person';
const CREDIT = 'plugin::showrunner.credit';
const STATUS_EVENT = 'plugin::showrunner.status-event';
const ARTICLE = 'plugin::showrunner.article';
const CONTENT_MANAGER = '/admin/content-manager/collection-types';

const SERIES_PAGE = /* GraphQL */ `
  query SeriesPage($slug: String!) {
    series(slug: $slug) {
      title
      status
      seasons {
        number
        title
        episodeCount
        status
        releasePattern
        premiere {
          date
          precision
        }
      }
      cast {
        nodes {
          person {
            name
          }
          billing
          roles {
            character
          }
        }
      }
      renewals {
        kind
        reportedAt
        reportedBy {
          name
        }
        confirmed {
          date
          precision
        }
        confirmedBy {
          name
        }
        statement {
          text
        }
      }
      news {
        nodes {
          headline
          kicker
          series {
            slug
          }
        }
      }
    }
  }
`;

/** Published content reaches /graphql through a response cache; give its invalidation a moment. */
const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

describe('An editor works on a new series in the admin, and readers see it through /graphql', () => {
  let database: TestDatabase;
  let server: TestServer;
  let frontend: Awaited<ReturnType<typeof startPreviewFrontend>>;
  let browser: Browser;
  let receiver: Receiver;
  const webhookSecret = `whsec_${Buffer.from('e2e-webhook-secret-0123456789ab').toString('base64')}`;
  let page: Page;
  let ui: AdminUi;
  /** The editor's account over the admin API: what the browser saved, read back. */
  let admin: AdminHttp;
  const ids: Record<string, string> = {};

  const seriesPage = () => graphql(server.url, SERIES_PAGE, { slug: 'hollow-creek' }).then((response) => response.body.data?.series);
  const published = (document: string) => graphql(server.url, document).then((response) => response.body.data);
  const drafts = async (uid: string, filters: string) => {
    const answer = await admin.call<{ results: Record<string, any>[] }>('GET', `/content-manager/collection-types/${uid}?pageSize=100&${filters}`);
    expect(answer.status).toBe(200);
    return answer.body.results;
  };
  const pathname = () => new URL(page.url()).pathname;

  beforeAll(async () => {
    ensureAdminBuilt();
    database = await createSqliteDatabase();
    frontend = await startPreviewFrontend();
    receiver = await startReceiver(webhookSecret);
    server = await startServer(database, {
      SHOWRUNNER_ADMIN: 'on',
      SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: receiver.url, secret: webhookSecret, events: ['article.published'] }]),
      SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_PREVIEW_URL: frontend.url,
      SHOWRUNNER_PREVIEW_TOKEN: PREVIEW_TOKEN,
    });
    browser = await launchBrowser();
    ({ page } = await newDesk(browser));
    ui = adminUi(page, server.url);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
    await frontend?.close();
    await database?.drop();
  });

  test('the first administrator signs up on a German admin, then logs in', async () => {
    await ui.goto('');
    await page.getByRole('heading', { name: 'Willkommen!' }).waitFor();
    await page.getByRole('textbox', { name: 'Vorname', exact: true }).fill(EDITOR.firstname);
    await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill(EDITOR.lastname);
    await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(EDITOR.email);
    await page.getByLabel(/^Passwort\*?$/).fill(EDITOR.password);
    await page.getByLabel(/^Passwort bestätigen\*?$/).fill(EDITOR.password);
    await screenshot(page, '01-first-admin');
    await page.getByRole('button', { name: "Los geht's" }).click();
    await page.getByRole('heading', { name: `Hallo ${EDITOR.firstname}` }).waitFor();
    expect(pathname()).toMatch(/^\/admin\/?$/);
    admin = await logIn(server.url, EDITOR);
    const me = (await admin.call('GET', '/admin/users/me')).body.data;
    expect(me).toMatchObject({ firstname: EDITOR.firstname, lastname: EDITOR.lastname, email: EDITOR.email, isActive: true });
    expect(me.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-super-admin']);

    // A new desk (no session) logs in with the account just created.
    await page.context().close();
    ({ page } = await newDesk(browser));
    ui = adminUi(page, server.url);
    await ui.goto('/auth/login');
    await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(EDITOR.email);
    await page.getByLabel(/^Passwort\*?$/).fill(EDITOR.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('heading', { name: `Hallo ${EDITOR.firstname}` }).waitFor();
    expect(pathname()).toMatch(/^\/admin\/?$/);
    await ui.closeBanner();
    await screenshot(page, '02-dashboard');

    // The content types carry German names in the menu.
    await page.getByRole('link', { name: 'Content Manager' }).click();
    const menu = { Serien: SERIES, Staffeln: SEASON, Personen: PERSON, 'Besetzung & Stab': CREDIT, 'Status-Historie': STATUS_EVENT, Artikel: ARTICLE };
    const targets: Record<string, string | null> = {};
    for (const name of Object.keys(menu)) {
      const link = page.getByRole('link', { name, exact: true }).first();
      await link.waitFor();
      targets[name] = await link.getAttribute('href');
    }
    expect(targets).toEqual(
      Object.fromEntries(Object.entries(menu).map(([name, uid]) => [name, expect.stringMatching(new RegExp(`collection-types/${uid}(\\?|$)`))]))
    );
  });

  test('the Ballard demo content, as the README shows it', async () => {
    const ballard = (await graphql(server.url, '{ series(slug: "ballard") { id } }')).body.data.series;
    expect(ballard).not.toBeNull();
    const [ballardDocument] = await drafts(SERIES, 'filters[slug][$eq]=ballard&locale=de');
    await ui.goto(`/content-manager/collection-types/${SERIES}?plugins[i18n][locale]=de`);
    await page.getByRole('gridcell', { name: 'Ballard', exact: true }).first().waitFor();
    await screenshot(page, '03-series-list', { readme: true });
    await page.getByRole('gridcell', { name: 'Ballard', exact: true }).first().click();
    await ui.settled();
    expect(pathname()).toBe(`${CONTENT_MANAGER}/${SERIES}/${ballardDocument.documentId}`);
    await expect(ui.field('Titel').inputValue()).resolves.toBe('Ballard');
    await page
      .getByRole('complementary')
      .getByRole('link', { name: /^Staffel 1 · 10 Folgen/ })
      .waitFor();
    await screenshot(page, '04-ballard-series', { readme: true });

    await page
      .getByRole('complementary')
      .getByRole('link', { name: /^Verlängert · Staffel 2/ })
      .click();
    await ui.settled();
    const renewals = await drafts(STATUS_EVENT, 'filters[series][slug][$eq]=ballard&filters[kind][$eq]=renewed');
    expect(renewals.map((renewal) => `${CONTENT_MANAGER}/${STATUS_EVENT}/${renewal.documentId}`)).toContain(pathname());
    await screenshot(page, '05-ballard-renewal', { readme: true });

    await ui.goto(`/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=de`);
    await page
      .getByRole('gridcell', { name: /^Doch noch Staffel 2/ })
      .first()
      .click();
    await ui.settled();
    expect(pathname()).toMatch(new RegExp(`^${CONTENT_MANAGER}/${ARTICLE}/\\w+$`));
    await expect(ui.field('Schlagzeile').inputValue()).resolves.toMatch(/^Doch noch Staffel 2/);
    await screenshot(page, '06-ballard-article', { readme: true });
  });

  test('a second „Staffel 1“ for Ballard is refused with the German message', async () => {
    await ui.create(SEASON);
    await ui.relate('Serie', 'Ballard');
    await ui.fill('Nummer', '1');
    const refused = await ui.save();
    expect(refused.status()).toBe(400);
    const message = ui.toast(/„Ballard“ hat schon eine Staffel 1/);
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain(
      '„Ballard“ hat schon eine Staffel 1. Bitte die bestehende Staffel bearbeiten oder eine andere Nummer wählen.'
    );
    await screenshot(page, '07-duplicate-season', { readme: true });
    expect(await drafts(SEASON, 'filters[series][slug][$eq]=ballard&filters[number][$eq]=1')).toHaveLength(1);
  });

  test('a series is created and published', async () => {
    await ui.create(SERIES, { localized: true });
    await ui.fill('Titel', 'Hollow Creek');
    await ui.fill('Originaltitel', 'Hollow Creek');
    await ui.fill('Slug', 'hollow-creek');
    await page
      .getByRole('textbox', { name: 'Inhalt', exact: true })
      .fill('Eine Staatsanwältin kehrt in ihre Heimatstadt in Montana zurück und rollt den Fall auf, der ihre Familie zerrissen hat.');
    await ui.choose('Status', 'returning');
    await ui.relate('Plattformen', 'Prime');
    await ui.relate('Genres', 'Krimi');
    await screenshot(page, '08-series-form');
    ids.series = (await ui.published()).documentId;
    expect(pathname()).toBe(`${CONTENT_MANAGER}/${SERIES}/${ids.series}`);
    await screenshot(page, '09-series-published');
    const read = await eventually(
      () => published('{ series(slug: "hollow-creek") { title originalTitle synopsis status platforms { name } genres { name } } }'),
      (data) => Boolean(data?.series)
    );
    expect(read?.series).toEqual({
      title: 'Hollow Creek',
      originalTitle: 'Hollow Creek',
      synopsis: 'Eine Staatsanwältin kehrt in ihre Heimatstadt in Montana zurück und rollt den Fall auf, der ihre Familie zerrissen hat.',
      status: 'RETURNING',
      platforms: [{ name: 'Prime Video' }],
      genres: [{ name: expect.stringMatching(/^Krimi/) }],
    });
  });

  test('its first season is added', async () => {
    await ui.create(SEASON);
    await ui.relate('Serie', 'Hollow', 'Hollow Creek');
    await ui.fill('Nummer', '1');
    await ui.fill('Titel', 'Staffel 1');
    await ui.choose('Status der Staffel', 'released');
    await ui.fill('Anzahl Episoden', '8');
    await ui.choose('Veröffentlichung', 'all_at_once');
    await ui.date('Premiere', '15.01.2026');
    await screenshot(page, '10-season-form');
    ids.season = (await ui.published()).documentId;
    expect(pathname()).toBe(`${CONTENT_MANAGER}/${SEASON}/${ids.season}`);
    const series = await eventually(seriesPage, (value) => value?.seasons.length === 1);
    expect(series?.seasons).toEqual([
      { number: 1, title: 'Staffel 1', episodeCount: 8, status: 'RELEASED', releasePattern: 'ALL_AT_ONCE', premiere: { date: '2026-01-15', precision: 'DAY' } },
    ]);
  });

  test('a person joins the cast through a credit', async () => {
    await ui.create(PERSON, { localized: true });
    await ui.fill('Name', 'Mara Lindqvist');
    await ui.fill('Slug', 'mara-lindqvist');
    await ui.fill('Geburtsjahr', '1988');
    await ui.fill('Biografie', 'Schwedisch-amerikanische Schauspielerin, bekannt aus Theater und Fernsehen.');
    ids.person = (await ui.published()).documentId;
    await screenshot(page, '11-person');

    await ui.create(CREDIT);
    await ui.relate('Person', 'Mara', 'Mara Lindqvist');
    await ui.relate('Serie', 'Hollow', 'Hollow Creek');
    await ui.relate('Staffeln', 'Staffel 1');
    await ui.fill('Rolle', 'June Halloway');
    await ui.choose('Nennung', 'main');
    await screenshot(page, '12-credit-form');
    ids.credit = (await ui.published()).documentId;
    await screenshot(page, '13-credit-published');

    const read = await eventually(
      () => published('{ person(slug: "mara-lindqvist") { name birthYear biography credits { series { slug } department characters billing seasons } } }'),
      (data) => data?.person?.credits.length === 1
    );
    expect(read?.person).toEqual({
      name: 'Mara Lindqvist',
      birthYear: 1988,
      biography: 'Schwedisch-amerikanische Schauspielerin, bekannt aus Theater und Fernsehen.',
      credits: [{ series: { slug: 'hollow-creek' }, department: 'CAST', characters: ['June Halloway'], billing: 'MAIN', seasons: [1] }],
    });
  });

  test('a renewal is recorded when it is first reported', async () => {
    await ui.create(STATUS_EVENT);
    await ui.relate('Serie', 'Hollow', 'Hollow Creek');
    await ui.choose('Art', 'renewed');
    await ui.dateTime('Zuerst gemeldet am', '02.03.2026', '10:15');
    await ui.relate('Zuerst gemeldet von', 'Dead', 'Deadline');
    await ui.fill('Link zur Meldung', 'https://example.com/hollow-creek-staffel-2');
    ids.statusEvent = (await ui.published()).documentId;
    await screenshot(page, '14-renewal-reported');

    const series = await eventually(seriesPage, (value) => value?.renewals.length === 1);
    expect(series.renewals).toEqual([
      expect.objectContaining({ kind: 'RENEWED', reportedAt: '2026-03-02T09:15:00.000Z', reportedBy: { name: 'Deadline' }, confirmed: null }),
    ]);
  });

  test('its confirmation is refused with a German message while it predates the report, then published', async () => {
    await ui.edit(STATUS_EVENT, ids.statusEvent);
    await ui.date('Offiziell bestätigt am', '01.03.2026');
    const refused = await ui.save();
    expect(refused.status()).toBe(400);
    const message = ui.toast(/liegt vor der ersten Meldung/);
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain(
      'Bestätigt am 2026-03-01 liegt vor der ersten Meldung am 2026-03-02. Eine Meldung kann nicht bestätigt werden, bevor sie berichtet wurde'
    );
    await screenshot(page, '15-validation-message', { readme: true });

    await ui.date('Offiziell bestätigt am', '05.03.2026');
    await ui.relate('Bestätigt durch', 'Prime');
    await page.getByRole('textbox', { name: 'Offizielles Statement', exact: true }).fill('Wir freuen uns auf die zweite Staffel.');
    await ui.published();
    await screenshot(page, '16-renewal-confirmed');

    const series = await eventually(seriesPage, (value) => value?.renewals[0]?.confirmed !== null);
    expect(series.renewals[0]).toMatchObject({
      confirmed: { date: '2026-03-05', precision: 'DAY' },
      confirmedBy: { name: 'Prime Video' },
      statement: { text: 'Wir freuen uns auf die zweite Staffel.' },
    });
  });

  test('the series shows its seasons, credits and renewals at the top of its edit view', async () => {
    await ui.edit(SERIES, ids.series, { localized: true });
    const overview = page.getByRole('complementary');
    await overview.getByRole('link', { name: 'Staffel 1 · 8 Folgen · 15.01.2026' }).waitFor();
    await overview.getByRole('link', { name: 'Mara Lindqvist als June Halloway' }).waitFor();
    await overview.getByRole('link', { name: /^Verlängert · gemeldet 02\.03\.2026 · bestätigt 05\.03\.2026$/ }).waitFor();
    await screenshot(page, '17-series-overview');

    await overview.getByRole('link', { name: 'Mara Lindqvist als June Halloway' }).click();
    await page.waitForURL(new RegExp(`${CREDIT}/${ids.credit}`));
    await expect(page.getByRole('textbox', { name: 'Rolle', exact: true }).inputValue()).resolves.toBe('June Halloway');
  });

  test('an article tagged with the series is previewed with the preview token, then published', async () => {
    await ui.create(ARTICLE, { localized: true });
    await ui.fill('Dachzeile', 'Verlängerung');
    await ui.fill('Schlagzeile', '„Hollow Creek“ bekommt eine zweite Staffel');
    await ui.fill('Slug', 'hollow-creek-staffel-2');
    await ui.dateTime('Veröffentlicht am', '05.03.2026', '18:00');
    await ui.relate('Autor:in', 'Bernd');
    await ui.relate('Rubrik', 'News');
    await page.getByRole('textbox', { name: 'Teaser', exact: true }).fill('Prime Video bestellt weitere Folgen der Krimiserie mit Mara Lindqvist.');
    await ui.blocks('Text', 'Drei Tage nach der ersten Meldung ist es offiziell: Prime Video verlängert „Hollow Creek“.');
    await ui.relate('Serie', 'Hollow', 'Hollow Creek');
    await ui.relate('Quellen', 'Dead', 'Deadline');
    ids.article = (await ui.expectOk(await ui.save())).documentId;
    await screenshot(page, '18-article-draft');
    const [draft] = await drafts(ARTICLE, 'filters[slug][$eq]=hollow-creek-staffel-2&locale=de');
    expect(draft).toMatchObject({ documentId: ids.article, headline: '„Hollow Creek“ bekommt eine zweite Staffel', publishedAt: null });
    await expect(published('{ article(slug: "hollow-creek-staffel-2") { headline } }')).resolves.toEqual({ article: null });

    await page.getByRole('link', { name: 'Vorschau öffnen' }).click();
    const preview = page.frameLocator('iframe[title="Vorschau"]');
    await preview.getByRole('heading', { name: 'article: hollow-creek-staffel-2' }).waitFor();
    const asked = frontend.requests.at(-1)!;
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      type: 'article',
      slug: 'hollow-creek-staffel-2',
      locale: 'de',
      status: 'draft',
      token: PREVIEW_TOKEN,
    });
    await screenshot(page, '19-article-preview', { readme: true });
    await page.goBack();
    await ui.settled();
    await ui.published();
    await screenshot(page, '20-article-published');
    const read = await eventually(
      () =>
        published(
          '{ article(slug: "hollow-creek-staffel-2") { kicker headline teaser bodyText publishedAt author { name } category { name } sources { name } series { slug } } }'
        ),
      (data) => Boolean(data?.article)
    );
    expect(read?.article).toEqual({
      kicker: 'Verlängerung',
      headline: '„Hollow Creek“ bekommt eine zweite Staffel',
      teaser: 'Prime Video bestellt weitere Folgen der Krimiserie mit Mara Lindqvist.',
      bodyText: 'Drei Tage nach der ersten Meldung ist es offiziell: Prime Video verlängert „Hollow Creek“.',
      publishedAt: '2026-03-05T17:00:00.000Z',
      author: { name: expect.stringMatching(/^Bernd/) },
      category: { name: expect.stringMatching(/^News/) },
      sources: [{ name: 'Deadline' }],
      series: [{ slug: 'hollow-creek' }],
    });
  });

  test('publishing the article sends a signed article.published to the integration', async () => {
    const [message] = await receiver.waitForType('article.published', 1, (r) => r.payload.data.article?.slug === 'hollow-creek-staffel-2');
    expect(message.verified).toBe(true);
    expect(message.payload.data).toMatchObject({ article: { slug: 'hollow-creek-staffel-2', locale: 'de' }, series: [{ slug: 'hollow-creek' }] });
  });

  test('readers get the series, its season, cast, renewal and news from /graphql', async () => {
    const series = await eventually(seriesPage, (value) => value?.news.nodes.length === 1);
    expect(series).toMatchObject({
      title: 'Hollow Creek',
      status: 'RETURNING',
      seasons: [
        {
          number: 1,
          title: 'Staffel 1',
          episodeCount: 8,
          status: 'RELEASED',
          releasePattern: 'ALL_AT_ONCE',
          premiere: { date: '2026-01-15', precision: 'DAY' },
        },
      ],
      cast: { nodes: [{ person: { name: 'Mara Lindqvist' }, billing: 'MAIN', roles: [{ character: 'June Halloway' }] }] },
      renewals: [{ kind: 'RENEWED', reportedBy: { name: 'Deadline' }, confirmed: { date: '2026-03-05', precision: 'DAY' } }],
      news: { nodes: [{ headline: '„Hollow Creek“ bekommt eine zweite Staffel', kicker: 'Verlängerung', series: [{ slug: 'hollow-creek' }] }] },
    });
  });
});
