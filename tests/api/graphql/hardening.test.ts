import fc from 'fast-check';
import { Lexer, parse, Source, TokenKind, validate, type GraphQLObjectType } from 'graphql';
import { databaseKinds } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { publicSchema, relationPaths } from '../../support/schema-walk';
import { startServer, type TestServer } from '../../support/server';
import { limitRules } from '../../../graphql/src/limits';
import { apiWorld, LEAK_MARKERS, type ApiWorld } from './harness';

/** Limits of the hardened server in this suite, small so N and N+1 are easy to build. */
const LIMITS = { depth: 6, aliases: 3, tokens: 300, bodyBytes: 4000, rate: 25 };

const tokenCount = (document: string) => {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
};

/** The cost the server's own rule (graphql/src/limits.ts) gives a document, read from its message at a limit of 0. */
const costOf = (document: string) => {
  const errors = validate(
    publicSchema(),
    parse(document),
    limitRules({ maxDepth: 100, maxCost: 0, maxAliases: 100, maxDirectives: 100, maxTokens: 100_000, maxBodyBytes: 1_000_000 })
  );
  return Number(errors.map((error) => /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1]).find(Boolean));
};
const COSTLY = '{ series(slug: "ballard") { title cast(first: 5) { nodes { person { name } roles { character } } } } }';
const COSTLIER = COSTLY.replace('{ series', '{ __typename series');
/** The limit is a whole number; costs are not (depth factors), so N is the cost rounded up. */
const MAX_COST = Math.ceil(costOf(COSTLY));

const nested = (depth: number) => `{ series(slug: "ballard") { ${'spinoffOf { '.repeat(depth - 2)}title${' }'.repeat(depth - 2)} } }`;

describe.each(databaseKinds())('public API hardening on %s', (kind) => {
  let world: ApiWorld;
  const query = (document: string, variables?: Record<string, unknown>) => graphql(world.server.url, document, variables);

  beforeAll(async () => {
    world = await apiWorld(kind, {
      SHOWRUNNER_GRAPHQL_MAX_DEPTH: String(LIMITS.depth),
      SHOWRUNNER_GRAPHQL_MAX_ALIASES: String(LIMITS.aliases),
      SHOWRUNNER_GRAPHQL_MAX_TOKENS: String(LIMITS.tokens),
      SHOWRUNNER_GRAPHQL_MAX_BODY_BYTES: String(LIMITS.bodyBytes),
    });
  });
  afterAll(async () => world?.close());

  describe('nothing private leaks along any relation path (generated from the schema)', () => {
    const schema = publicSchema();
    const roots: [string, string][] = [
      ['series(slug: "ballard")', 'Series'],
      ['series(slug: "ballard", locale: EN)', 'Series'],
      ['person(slug: "rosanna-arquette")', 'Person'],
      ['article(slug: "ballard-rosanna-arquette-staffel-2")', 'Article'],
    ];
    const documents = roots.flatMap(([root, type]) =>
      relationPaths(schema, schema.getType(type) as GraphQLObjectType, 3).map((path) => `{ ${root} { __typename ${path} } }`)
    );
    documents.push(
      '{ search(query: "geheim", first: 100) { totalCount nodes { __typename } } }',
      '{ seriesList(first: 100) { nodes { title synopsis } } }',
      '{ articles(first: 100) { nodes { headline } } }'
    );

    it(`answers ${documents.length} generated queries without a draft, unpublished version or admin data`, async () => {
      expect(documents.length).toBeGreaterThan(100);
      const failures: string[] = [];
      for (const document of documents) {
        const { status, body } = await query(document);
        const text = JSON.stringify(body);
        if (status !== 200 || body.errors) failures.push(`${status} ${text.slice(0, 300)} <- ${document}`);
        else if (LEAK_MARKERS.test(text)) failures.push(`LEAK ${text.match(LEAK_MARKERS)?.[0]} <- ${document}`);
      }
      expect(failures).toEqual([]);
    });

    it('has bait in the database, reachable with a preview token', async () => {
      const preview = await graphql(world.server.url, '{ series(slug: "ballard", locale: EN) { synopsis } }', {}, { 'x-preview-token': world.previewToken });
      expect(preview.body.data.series.synopsis).toMatch(/GEHEIM/);
    });
  });

  describe('limits, each at N and N+1; a rejected query runs no SQL', () => {
    const rejected = (body: any, limit: string) => {
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
      expect(body.extensions?.sqlStatements).toEqual(expect.any(Number));
      expect(body.extensions?.sqlStatements).toBe(0);
    };

    it('depth', async () => {
      expect((await query(nested(LIMITS.depth))).body.errors).toBeUndefined();
      rejected((await query(nested(LIMITS.depth + 1))).body, 'depth');
    });

    it('aliases', async () => {
      const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: apiVersion`).join(' ')} }`;
      expect((await query(aliased(LIMITS.aliases))).body.errors).toBeUndefined();
      rejected((await query(aliased(LIMITS.aliases + 1))).body, 'aliases');
    });

    it('document size in tokens', async () => {
      const build = (tokens: number) => {
        const base = '{ apiVersion }';
        return `{ ${'__typename '.repeat(tokens - tokenCount(base))}apiVersion }`;
      };
      expect(tokenCount(build(LIMITS.tokens))).toBe(LIMITS.tokens);
      expect((await query(build(LIMITS.tokens))).body.errors).toBeUndefined();
      const over = await query(build(LIMITS.tokens + 1));
      expect(over.status).toBe(400);
      expect(over.body.errors?.[0].message).toMatch(/more that 300 tokens/);
      expect(over.body.extensions?.sqlStatements).toEqual(expect.any(Number));
      expect(over.body.extensions?.sqlStatements).toBe(0);
    });

    it('request body size', async () => {
      const post = (bytes: number) => {
        const json = JSON.stringify({ query: '{ apiVersion }' });
        return fetch(`${world.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: json + ' '.repeat(bytes - Buffer.byteLength(json)),
        });
      };
      expect((await post(LIMITS.bodyBytes)).status).toBe(200);
      const over = await post(LIMITS.bodyBytes + 1);
      expect(over.status).toBe(413);
      expect(await over.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    });

    it('page size', async () => {
      expect((await query('{ seriesList(first: 100) { totalCount } }')).body.errors).toBeUndefined();
      expect((await query('{ seriesList(first: 101) { totalCount } }')).body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    });

    it('batched operations: one operation per request', async () => {
      const post = (payload: unknown) =>
        fetch(`${world.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
      expect((await post({ query: '{ apiVersion }' })).status).toBe(200);
      expect((await post([{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }])).status).toBe(400);
    });
  });

  describe('bad input never breaks it', () => {
    it('answers an anonymous GET without a preflight header, but not one with a preview token (CSRF prevention)', async () => {
      const url = `${world.server.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`;
      expect((await fetch(url)).status).toBe(200);
      const simple = await fetch(url, { headers: { 'x-preview-token': world.previewToken } });
      expect(simple.status).toBe(400);
      expect(await simple.json()).toMatchObject({ errors: [{ extensions: { code: 'PREFLIGHT_REQUIRED' } }] });
      expect((await fetch(url, { headers: { 'x-preview-token': world.previewToken, 'apollo-require-preflight': 'true' } })).status).toBe(200);
    });

    it('answers malformed JSON with a 400', async () => {
      const response = await fetch(`${world.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    });

    // The HTTP and GraphQL layers do not depend on the database, so the thousands of cases run once (SQLite).
    const fuzzIt = kind === 'sqlite' ? it : it.skip;
    fuzzIt('survives thousands of random documents and variables: never a 5xx, memory bounded', async () => {
      const rss = () => Number(/VmRSS:\s+(\d+)/.exec(require('node:fs').readFileSync(`/proc/${world.server.process.pid}/status`, 'utf8'))?.[1]) * 1024;
      const before = rss();
      const statuses = new Map<number, number>();
      const send = async (payload: string) => {
        const response = await fetch(`${world.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
        await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        return response.status;
      };
      const fragment = fc.constantFrom(
        '{',
        '}',
        '(',
        ')',
        ':',
        '...',
        'series',
        'slug',
        '"ballard"',
        'cast',
        'nodes',
        'person',
        'name',
        '$v',
        '@skip',
        'query',
        'first: 1000',
        'after: "x"',
        '\u0000',
        '💥',
        'é'.repeat(50)
      );
      const document = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(' ')),
        fc.nat(300).map((n) => '{'.repeat(n))
      );
      const variables = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 });
      await fc.assert(
        fc.asyncProperty(document, variables, async (q, v) => (await send(JSON.stringify({ query: q, variables: v }))) < 500),
        { numRuns: 2500 }
      );
      await fc.assert(
        fc.asyncProperty(
          fc.jsonValue({ maxDepth: 6 }),
          async (v) =>
            (await send(
              JSON.stringify({ query: 'query($slug: String!, $first: Int){ series(slug: $slug) { news(first: $first) { totalCount } } }', variables: v })
            )) < 500
        ),
        { numRuns: 1000 }
      );
      expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
      expect(rss() - before).toBeLessThan(300 * 1024 * 1024);
    });

    fuzzIt('survives random input to every reader mutation, anonymous and signed in: never a 5xx', async () => {
      const reader = { username: 'fuzz-leserin', email: 'fuzz-leserin@example.com', password: 'Fuzz-Passwort-1!' };
      const registered = await fetch(`${world.server.url}/api/auth/local/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reader),
      });
      const { jwt } = (await registered.json()) as { jwt: string };
      expect(jwt).toEqual(expect.any(String));
      const mutations = Object.values(publicSchema().getMutationType()!.getFields()).map(
        (field) => `mutation($input: ${String(field.args[0].type)}) { ${field.name}(input: $input) { __typename userErrors { code field } } }`
      );
      const send = async (payload: string, token?: string) => {
        const response = await fetch(`${world.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: payload,
        });
        await response.text();
        return response.status;
      };
      const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('ballard', '', '\u0000', '<script>', 'x'.repeat(5000), 'Q29tbWVudDp4', '💥'));
      const input = fc.oneof(
        fc.record(
          {
            series: text,
            person: text,
            article: text,
            body: text,
            parent: text,
            comment: text,
            reason: fc.constantFrom('SPAM', 'OTHER', 'NOPE'),
            message: text,
            password: text,
          },
          { requiredKeys: [] }
        ),
        fc.jsonValue({ maxDepth: 3 })
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...mutations),
          input,
          fc.boolean(),
          async (query, value, signedIn) => (await send(JSON.stringify({ query, variables: { input: value } }), signedIn ? jwt : undefined)) < 500
        ),
        { numRuns: 800 }
      );
      // The reader is still there: random passwords deleted nothing.
      expect(await send(JSON.stringify({ query: '{ viewer { displayName } }' }), jwt)).toBe(200);
    });
  });
});

describe('the public endpoint in production', () => {
  let server: TestServer;
  let database: import('../../support/databases').TestDatabase;

  beforeAll(async () => {
    const { createSqliteDatabase } = await import('../../support/databases');
    database = await createSqliteDatabase();
    server = await startServer(database, {
      NODE_ENV: 'production',
      SHOWRUNNER_RATE_LIMIT: String(LIMITS.rate),
      SHOWRUNNER_RATE_LIMIT_WINDOW: '600',
      SHOWRUNNER_GRAPHQL_MAX_COST: String(MAX_COST),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('limits query cost at N and N+1 (the cost model of graphql-armor)', async () => {
    expect(costOf(COSTLY)).toBeLessThanOrEqual(MAX_COST);
    expect(costOf(COSTLIER)).toBeGreaterThan(MAX_COST);
    expect(costOf(COSTLIER) - costOf(COSTLY)).toBe(1);
    expect((await graphql(server.url, COSTLY)).body.errors).toBeUndefined();
    const over = await graphql(server.url, COSTLIER);
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('has no introspection, no landing page and no field suggestions', async () => {
    const introspection = await graphql(server.url, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    const typo = await graphql(server.url, '{ serie(slug: "ballard") { title } }');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBeGreaterThanOrEqual(400);
    expect(await page.text()).not.toMatch(/<html/i);
  });

  it('limits requests per client address and says when to come back', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.rate + 2; i += 1) statuses.push((await graphql(server.url, '{ apiVersion }')).status);
    const firstRejected = statuses.indexOf(429);
    expect(firstRejected).toBeGreaterThan(0);
    expect(statuses.slice(firstRejected)).toEqual(statuses.slice(firstRejected).map(() => 429));
    const rejected = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ apiVersion }"}',
    });
    expect(rejected.status).toBe(429);
    expect(Number(rejected.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
