import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { logIn, registerFirstAdmin, type AdminHttp } from '../e2e/support/admin-http';
import { launchBrowser, newDesk, screenshot } from '../e2e/support/browser';
import { adminBuildDir, appEnv, buildFreshAdmin, installFreshApp, makeWorkspace, startFreshApp, writeFreshApp, type FreshServer } from '../support/fresh-app';
import { graphql } from '../support/graphql-client';
import { buildPluginIfStale, importsOfInstalledPlugin, packPlugin, PLUGIN_PACKAGE, verifyPlugin } from '../support/packed-plugin';
import { progress, runCommand, stopStarted } from '../support/run-command';

/**
 * The plugin as a newsroom gets it: built, verified and packed as for a registry, installed with
 * npm into a fresh Strapi 5.54 app that only configures it, whose admin is built and which is then
 * started. Ballard must come out of /graphql, the plugin's types must be in the Content Manager and
 * its admin extensions in the admin. Two to three minutes on a quiet machine, most of it npm and
 * `strapi build`; each step prints a line with its time.
 */
const DESK = { firstname: 'Desk', lastname: 'Berlin', email: 'desk@example.com', password: 'Showrunner-Pack-2025' };

const BALLARD_PAGE = /* GraphQL */ `
  query BallardPage {
    series(slug: "ballard") {
      title
      cast(first: 20) {
        nodes {
          person {
            name
          }
          roles {
            character
          }
        }
      }
      renewals {
        kind
        season {
          number
        }
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
      }
    }
  }
`;

const PLUGIN_TYPES = ['series', 'season', 'episode', 'person', 'credit', 'status-event', 'article', 'platform', 'outlet'].map(
  (name) => `plugin::showrunner.${name}`
);

describe('The packed plugin installs into a fresh Strapi app that adds nothing but configuration', () => {
  const { step, say, elapsed } = progress('[fresh app]', 8);
  let workspace: string | undefined;
  let appDir: string;
  let server: FreshServer | undefined;
  let browser: Browser | undefined;
  let imports: Awaited<ReturnType<typeof importsOfInstalledPlugin>>;
  let firstAdmin: Promise<AdminHttp> | undefined;
  const registered = () => (firstAdmin ??= registerFirstAdmin(server!.url, DESK));

  beforeAll(async () => {
    workspace = makeWorkspace();
    appDir = path.join(workspace, 'app');
    await step('Building the plugin (strapi-plugin build)', buildPluginIfStale, (outcome) => outcome);
    await step('Verifying it (strapi-plugin verify)', verifyPlugin);
    const packed = await step(
      'Packing it (npm pack)',
      () => packPlugin(workspace!),
      ({ tarball, files }) => `${path.basename(tarball)}, ${files.length} files`
    );
    await step('Writing a fresh Strapi app (package.json, config/*.js)', () => writeFreshApp(appDir, packed.tarball, packed.manifest));
    await step(
      'Installing its dependencies and the tarball with npm',
      () => installFreshApp(appDir, say),
      (outcome) => outcome
    );
    imports = await step(
      "Checking the installed plugin's imports",
      async () => {
        const found = await importsOfInstalledPlugin(appDir, appEnv());
        if (found.problems.length) throw new Error(`The packed plugin does not bring what it imports:\n  ${found.problems.join('\n  ')}`);
        return found;
      },
      ({ packages }) => `${packages.length} packages, each declared and resolvable`
    );
    await step("Building the fresh app's admin (strapi build)", () => buildFreshAdmin(appDir));
    server = await step(
      'Starting it (strapi start, development, SQLite)',
      () => startFreshApp(appDir),
      ({ url }) => url
    );
  }, 20 * 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    stopStarted();
    say(`stopped what the test started (${elapsed()} so far)`);
    // rm(1): Node's fs.rm takes noticeably longer over 1,600 packages.
    if (workspace) await runCommand('rm', ['-rf', workspace], { cwd: os.tmpdir(), env: process.env });
    say(`removed ${workspace} (${elapsed()} in all)`);
  }, 300_000);

  test('the installed plugin finds every package it imports through its own dependencies and peers', () => {
    expect(imports.problems).toEqual([]);
    expect(imports.packages).toEqual(expect.arrayContaining(['@apollo/server', 'graphql', 'dataloader', '@strapi/design-system', '@strapi/strapi', 'react']));
  });

  test('/graphql answers the Ballard page from the demo content the plugin loaded', async () => {
    const { status, body } = await graphql(server!.url, BALLARD_PAGE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const ballard = body.data.series;
    expect(ballard.title).toBe('Ballard');
    expect(ballard.cast.nodes[0]).toEqual({ person: { name: 'Maggie Q' }, roles: [{ character: 'Renée Ballard' }] });
    expect(ballard.cast.nodes.map((member: { person: { name: string } }) => member.person.name)).toContain('Rosanna Arquette');
    expect(ballard.renewals).toContainEqual({
      kind: 'RENEWED',
      season: { number: 2 },
      reportedBy: { name: 'Deadline' },
      confirmed: { date: '2025-10-01', precision: 'MONTH' },
      confirmedBy: { name: 'Prime Video' },
    });
  });

  test("/graphql answers a repeated GET from the plugin's response cache, and a matching ETag with 304", async () => {
    const url = `${server!.url}/graphql?query=${encodeURIComponent('{ series(slug: "ballard") { title } }')}`;
    await fetch(url);
    const repeated = await fetch(url);
    expect(repeated.status).toBe(200);
    expect(repeated.headers.get('x-cache')).toBe('HIT');
    expect(await repeated.json()).toEqual({ data: { series: { title: 'Ballard' } } });
    const unchanged = await fetch(url, { headers: { 'if-none-match': repeated.headers.get('etag')! } });
    expect(unchanged.status).toBe(304);
  });

  test("the Content Manager lists the plugin's content types to the first administrator", async () => {
    await registered();
    const desk = await logIn(server!.url, DESK);
    const { status, body } = await desk.call<{ data: { uid: string; isDisplayed: boolean }[] }>('GET', '/content-manager/content-types');
    expect(status).toBe(200);
    const displayed = body.data.filter((type) => type.isDisplayed).map((type) => type.uid);
    expect(displayed).toEqual(expect.arrayContaining(PLUGIN_TYPES));
  });

  test("the fresh app's built admin contains the plugin's admin code", () => {
    const entry = fs.readFileSync(path.join(appDir, '.strapi', 'client', 'app.js'), 'utf8');
    expect(entry).toContain(`import showrunner from "${PLUGIN_PACKAGE}/strapi-admin"`);
    const bundle = fs
      .readdirSync(adminBuildDir(appDir))
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(path.join(adminBuildDir(appDir), file), 'utf8'))
      .join('\n');
    // The series overview's title and a German content-type name, both only in plugin/admin/src.
    expect(bundle).toContain('Staffeln, Besetzung & Status');
    expect(bundle).toContain('Verwandtschaften');
  });

  test("the admin shows Ballard's seasons, credits and renewals next to the series, with German content-type names", async () => {
    await registered();
    browser = await launchBrowser();
    const { page } = await newDesk(browser);
    await page.goto(`${server!.url}/admin/auth/login`);
    await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(DESK.email);
    await page.getByLabel(/^Passwort\*?$/).fill(DESK.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('heading', { name: `Hallo ${DESK.firstname}` }).waitFor();

    await page.getByRole('link', { name: 'Content Manager' }).click();
    const series = page.getByRole('link', { name: 'Serien', exact: true }).first();
    expect(await series.getAttribute('href')).toContain('plugin::showrunner.series');
    await page.getByRole('link', { name: 'Status-Historie', exact: true }).first().waitFor();
    await series.click();
    await page.getByRole('gridcell', { name: 'Ballard', exact: true }).click();

    const overview = page.getByRole('complementary');
    await overview.getByText('Staffeln, Besetzung & Status').waitFor();
    await overview.getByRole('link', { name: 'Maggie Q als Renée Ballard' }).waitFor();
    await overview.getByRole('link', { name: /^Verlängert · Staffel 2/ }).waitFor();
    await screenshot(page, 'fresh-app-series-overview');
    const lines = (section: string) => overview.getByRole('region', { name: section }).getByRole('listitem').allInnerTexts();
    // Month and year as the browser's ICU writes them for de-DE: "07.2025" or "07/2025".
    expect(await lines('Staffeln')).toEqual([expect.stringMatching(/^Staffel 1 · 10 Folgen · 07[./]2025$/), 'Staffel 2']);
    expect(await lines('Besetzung & Stab')).toContain('Maggie Q als Renée Ballard');
    expect(await lines('Status-Historie')).toContainEqual(expect.stringMatching(/^Verlängert · Staffel 2 · gemeldet 06\.10\.2025 · bestätigt 10[./]2025$/));
  }, 180_000);
});
