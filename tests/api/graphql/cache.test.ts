import type { TestDatabase } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { startServer, type TestServer } from '../../support/server';
import { adminApi } from '../../support/webhook-receiver';
import { bootedDatabase } from '../../support/templates';

const SERIES = 'plugin::showrunner.series';
const BALLARD = '{ series(slug: "ballard") { title synopsis } }';

describe('the response cache', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await bootedDatabase('sqlite', 'demo');
    server = await startServer(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true' });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('answers a repeated public query from the cache with an ETag, and 304 when the client has it', async () => {
    const first = await graphql(server.url, BALLARD);
    const second = await graphql(server.url, BALLARD);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const etag = second.headers.get('etag')!;
    const revalidated = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query: BALLARD, variables: {} }),
    });
    expect(revalidated.status).toBe(304);
  });

  it("answers a repeated GET before Strapi's middleware, readable from any origin", async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ series(slug: "bosch") { title } }')}`;
    const get = () => fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    const miss = await get();
    expect(miss.headers.get('x-cache')).toBe('MISS');
    const hit = await get();
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('access-control-allow-origin')).toBe('*');
    expect(await hit.json()).toEqual(await miss.json());
    const notModified = await fetch(url, { headers: { 'apollo-require-preflight': 'true', 'if-none-match': hit.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
  });

  it('reads fresh data when the client sends Cache-Control: no-cache', async () => {
    await graphql(server.url, BALLARD);
    const fresh = await graphql(server.url, BALLARD, {}, { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(fresh.body.extensions?.sqlStatements).toBeGreaterThan(0);
  });

  it('never caches errors', async () => {
    const bad = '{ series(slug: "ballard") { news(first: 1000) { totalCount } } }';
    await graphql(server.url, bad);
    expect((await graphql(server.url, bad)).headers.get('x-cache')).toBeNull();
  });

  it('never serves a preview answer (drafts) to the public, over POST or GET, and marks it private, no-store', async () => {
    const admin = await adminApi(server.url);
    const created = await admin.call('POST', '/admin/api-tokens', { name: 'preview', type: 'read-only', lifespan: null, description: 'cache tests' });
    expect(created.status).toBe(201);
    const previewToken: string = created.body.data.accessKey;
    const published = { title: 'Vorschau-Serie', synopsis: 'Veröffentlicht: die Serie startet im Herbst.' };
    const draft = { title: 'Vorschau-Serie', synopsis: 'Entwurf: Staffel 2 ist noch geheim.' };
    const documentId = await admin.createPublished(SERIES, { ...published, slug: 'vorschau-serie' }, 'de');
    await admin.update(SERIES, documentId, { synopsis: draft.synopsis }, 'de');
    const document = '{ series(slug: "vorschau-serie") { title synopsis } }';
    const getUrl = `${server.url}/graphql?query=${encodeURIComponent(document)}`;
    const get = (headers: Record<string, string> = {}) => fetch(getUrl, { headers: { 'apollo-require-preflight': 'true', ...headers } });

    const previewPost = await graphql(server.url, document, {}, { 'x-preview-token': previewToken });
    const previewGet = await get({ 'x-preview-token': previewToken });
    expect([previewPost.status, previewGet.status]).toEqual([200, 200]);
    expect(previewPost.body.data.series).toEqual(draft);
    expect((await previewGet.json()).data.series).toEqual(draft);
    expect([previewPost.headers.get('x-cache'), previewGet.headers.get('x-cache')]).toEqual([null, null]);

    const publicPost = await graphql(server.url, document);
    expect(publicPost.headers.get('x-cache')).toBe('MISS');
    expect(publicPost.body.data.series).toEqual(published);
    expect(JSON.stringify(publicPost.body)).not.toContain(draft.synopsis);
    const publicGet = await get();
    expect(publicGet.headers.get('x-cache')).toBe('MISS');
    const publicGetText = await publicGet.text();
    expect(publicGetText).not.toContain(draft.synopsis);
    expect(JSON.parse(publicGetText).data.series).toEqual(published);

    const forged = await graphql(server.url, document, {}, { 'x-preview-token': 'forged' });
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain(draft.synopsis);

    for (const { headers } of [previewPost, previewGet]) {
      expect(headers.get('cache-control')).toMatch(/\bprivate\b/);
      expect(headers.get('cache-control')).toMatch(/\bno-store\b/);
    }
  });

  it('drops a cached page when an editor publishes a change to what it shows', async () => {
    await graphql(server.url, BALLARD);
    expect((await graphql(server.url, BALLARD)).headers.get('x-cache')).toBe('HIT');
    const admin = await adminApi(server.url);
    const ballard = (await admin.call('GET', `/content-manager/collection-types/${SERIES}?filters[slug][$eq]=ballard&locale=de`)).body.results[0];
    const synopsis = 'Neu: Staffel 2 wird in Los Angeles gedreht.';
    await admin.call('PUT', `/content-manager/collection-types/${SERIES}/${ballard.documentId}?locale=de`, { synopsis });
    const draftOnly = await graphql(server.url, BALLARD);
    expect(draftOnly.body.data.series.synopsis).not.toBe(synopsis);
    const published = await admin.call('POST', `/content-manager/collection-types/${SERIES}/${ballard.documentId}/actions/publish?locale=de`, {});
    expect(published.status).toBe(200);
    const after = await graphql(server.url, BALLARD);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data.series.synopsis).toBe(synopsis);
  });
});
