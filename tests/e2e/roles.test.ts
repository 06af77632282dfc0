import type { TestDatabase } from '../support/databases';
import { bootedDatabase } from '../support/templates';
import { graphql } from '../support/graphql-client';
import { startServer, type TestServer } from '../support/server';
import { inviteAndRegister, logIn, registerFirstAdmin, type AdminHttp } from './support/admin-http';

/**
 * The Editor and Author roles ship with the plugin and are set on every start. Checked through
 * the admin API the panel itself uses, with real users invited into each role.
 */
const ARTICLE = 'plugin::showrunner.article';
const SERIES = 'plugin::showrunner.series';
const WEBHOOK_ENDPOINT = 'plugin::showrunner.webhook-endpoint';
const PUBLISH = 'plugin::content-manager.explorer.publish';

const PEOPLE = {
  owner: { email: 'chefin@example.com', firstname: 'Grace', lastname: 'Chef', password: 'Showrunner-Roles-2025' },
  editor: { email: 'redaktion@example.com', firstname: 'Jerry', lastname: 'Edgar', password: 'Showrunner-Roles-2025' },
  author: { email: 'autorin@example.com', firstname: 'Lily', lastname: 'Autor', password: 'Showrunner-Roles-2025' },
};

interface Permission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

describe('Editor and Author roles shipped in code', () => {
  let database: TestDatabase;
  let server: TestServer;
  let owner: AdminHttp;
  let editor: AdminHttp;
  let author: AdminHttp;
  const roleIds: Record<string, number> = {};
  const env = { SHOWRUNNER_DEMO_CONTENT: 'off' };

  const permissionsOf = async (roleId: number) => (await owner.call<{ data: Permission[] }>('GET', `/admin/roles/${roleId}/permissions`)).body.data;

  beforeAll(async () => {
    database = await bootedDatabase('sqlite', 'schema');
    server = await startServer(database, env);
    owner = await registerFirstAdmin(server.url, PEOPLE.owner);
    const roles = (await owner.call<{ data: { id: number; code: string }[] }>('GET', '/admin/roles')).body.data;
    for (const role of roles) roleIds[role.code] = role.id;
    editor = await inviteAndRegister(owner, server.url, roleIds['strapi-editor'], PEOPLE.editor);
    author = await inviteAndRegister(owner, server.url, roleIds['strapi-author'], PEOPLE.author);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('the Editor may publish every editorial type and touches nothing of the webhooks', async () => {
    const permissions = await permissionsOf(roleIds['strapi-editor']);
    const published = permissions.filter((p) => p.action === PUBLISH).map((p) => p.subject);
    expect(published).toEqual(
      expect.arrayContaining([SERIES, ARTICLE, 'plugin::showrunner.season', 'plugin::showrunner.credit', 'plugin::showrunner.status-event'])
    );
    expect(permissions.filter((p) => p.subject?.startsWith('plugin::showrunner.webhook-'))).toEqual([]);
  });

  test('the Author may draft articles and read the rest, and publish nothing', async () => {
    const permissions = await permissionsOf(roleIds['strapi-author']);
    expect(permissions.filter((p) => p.action === PUBLISH)).toEqual([]);
    const onArticles = permissions.filter((p) => p.subject === ARTICLE).map((p) => p.action.split('.').pop());
    expect(onArticles.sort()).toEqual(['create', 'read', 'update']);
    const elsewhere = permissions.filter((p) => p.subject && p.subject !== ARTICLE).map((p) => p.action);
    expect(new Set(elsewhere)).toEqual(new Set(['plugin::content-manager.explorer.read']));
  });

  test('an Author saves a draft, gets 403 when publishing it, and an Editor publishes it', async () => {
    const draft = await author.call('POST', `${collection(ARTICLE)}?locale=de`, {
      headline: 'Staffel 3 in Arbeit',
      slug: 'staffel-3-in-arbeit',
      publishedOn: '2026-04-01T08:00:00.000Z',
    });
    expect(draft.status).toBe(201);
    const { documentId } = draft.body.data;
    expect((await author.call('GET', `${collection(SERIES)}?locale=de`)).status).toBe(200);
    expect((await author.call('PUT', `${collection(ARTICLE)}/${documentId}?locale=de`, { teaser: 'Die Drehbücher entstehen.' })).status).toBe(200);

    const refused = await author.call('POST', `${collection(ARTICLE)}/${documentId}/actions/publish?locale=de`, {});
    expect(refused.status).toBe(403);
    expect((await graphql(server.url, '{ article(slug: "staffel-3-in-arbeit") { headline } }')).body.data.article).toBeNull();

    const published = await editor.call('POST', `${collection(ARTICLE)}/${documentId}/actions/publish?locale=de`, {});
    expect(published.status).toBe(200);
    const article = await graphql(server.url, '{ article(slug: "staffel-3-in-arbeit") { headline teaser } }');
    expect(article.body.data.article).toEqual({ headline: 'Staffel 3 in Arbeit', teaser: 'Die Drehbücher entstehen.' });
  });

  test('an Editor can neither see nor change webhook endpoints or their secrets', async () => {
    expect((await owner.call('GET', collection(WEBHOOK_ENDPOINT))).status).toBe(200);
    expect((await editor.call('GET', collection(WEBHOOK_ENDPOINT))).status).toBe(403);
    expect((await editor.call('POST', collection(WEBHOOK_ENDPOINT), { name: 'Leak', targetUrl: 'https://example.com/hook' })).status).toBe(403);
    expect((await editor.call('POST', '/showrunner/webhooks/endpoints/any/rotate-secret')).status).toBe(403);
    expect((await editor.call('GET', '/admin/webhooks')).status).toBe(403);
  });

  test('a change made to a role in the admin lasts only until the next start', async () => {
    const editorRole = roleIds['strapi-editor'];
    const current = (await permissionsOf(editorRole)).map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
    const widened = [
      ...current,
      { action: 'plugin::content-manager.explorer.read', subject: WEBHOOK_ENDPOINT, properties: { fields: ['name'] }, conditions: [] },
    ];
    const saved = await owner.call('PUT', `/admin/roles/${editorRole}/permissions`, { permissions: widened });
    expect([saved.status, saved.body?.error?.message]).toEqual([200, undefined]);
    expect((await editor.call('GET', collection(WEBHOOK_ENDPOINT))).status).toBe(200);

    await server.stop();
    server = await startServer(database, env);
    editor = await logIn(server.url, PEOPLE.editor);
    expect((await editor.call('GET', collection(WEBHOOK_ENDPOINT))).status).toBe(403);
    const me = await editor.call('GET', '/admin/users/me');
    expect(me.body.data.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-editor']);
  });
});
