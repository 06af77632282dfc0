import { createHash } from 'node:crypto';
import { auditServer } from 'graphql-http';
import type { TestDatabase } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { startServer, type TestServer } from '../../support/server';
import { bootedDatabase } from '../../support/templates';

/** The server's HTTP layer does not depend on the database: SQLite only. */
describe('GraphQL over HTTP on the real server', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await bootedDatabase('sqlite', 'demo');
    server = await startServer(database);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('passes the graphql-http audit with no MUST or SHOULD failure, and no MAY notice either', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failed = (level: string) => results.filter((result) => result.status !== 'ok' && result.name.startsWith(level));
    const line = (result: (typeof results)[number]) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`;
    expect(results.length).toBeGreaterThan(40);
    expect({ MUST: failed('MUST').map(line), SHOULD: failed('SHOULD').map(line), MAY: failed('MAY').map(line) }).toEqual({ MUST: [], SHOULD: [], MAY: [] });
  });

  it('answers a persisted query whose hash does not match its text with 400 PERSISTED_QUERY_HASH_MISMATCH, and logs no error', async () => {
    const wrongHash = createHash('sha256').update('{ apiVersion }').digest('hex');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ series(slug: "ballard") { title } }', extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }] });
    expect(server.logs()).not.toMatch(/\[graphql\]|does not match/);
  });

  it('answers an anonymous GET without a preflight header; one carrying credentials needs it (CSRF)', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ series(slug: "ballard") { title } }')}`;
    expect(await (await fetch(url)).json()).toEqual({ data: { series: { title: 'Ballard' } } });
    const simple = await fetch(url, { headers: { authorization: 'Bearer a-reader-jwt' } });
    expect(simple.status).toBe(400);
    expect(await simple.json()).toMatchObject({ errors: [{ extensions: { code: 'PREFLIGHT_REQUIRED' } }] });
    expect(simple.headers.get('cache-control')).toBe('private, no-store');
    // Preflighted, it gets past CSRF prevention; the token is then checked (this one is no JWT: 401), never answered from the cache.
    const preflighted = await fetch(url, { headers: { authorization: 'Bearer a-reader-jwt', 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(401);
    expect(await preflighted.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(preflighted.headers.get('x-cache')).toBeNull();
  });

  // 405 once the schema has mutations (tests/unit/graphql/http/pipeline.test.ts); until then a validation error.
  it('never runs a mutation sent over GET', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect([400, 405]).toContain(response.status);
  });

  it('answers request errors 200 to application/json-only clients and 400 as application/graphql-response+json', async () => {
    const invalid = '{ series(slug: "ballard") { nope } }';
    const legacy = await graphql(server.url, invalid, {}, { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await graphql(server.url, invalid, {}, { accept: 'application/graphql-response+json' })).status).toBe(400);
  });
});
