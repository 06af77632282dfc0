import { createSqliteDatabase, type TestDatabase } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { startServer, type TestServer } from '../../support/server';
import { adminApi } from '../../support/webhook-receiver';

const SERIES = 'plugin::showrunner.series';
const BALLARD = '{ series(slug: "ballard") { title synopsis } }';

describe('the response cache', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createSqliteDatabase();
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

  it('answers a repeated GET before Strapi\'s middleware, readable from any origin', async () => {
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

  it('never caches errors or preview requests', async () => {
    const bad = '{ series(slug: "ballard") { news(first: 1000) { totalCount } } }';
    await graphql(server.url, bad);
    expect((await graphql(server.url, bad)).headers.get('x-cache')).toBeNull();
    const preview = await graphql(server.url, BALLARD, {}, { 'x-preview-token': 'forged' });
    expect(preview.status).toBe(401);
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
