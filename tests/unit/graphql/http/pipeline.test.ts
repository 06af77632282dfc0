import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { auditServer } from 'graphql-http';
import Koa from 'koa';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createResponseCache, serializeResult } from '../../../../graphql/src/cache/response-cache';
import { responseCachePlugin } from '../../../../graphql/src/cache/response-cache-plugin';
import type { GraphQLContext } from '../../../../graphql/src/context';
import { formatError } from '../../../../graphql/src/errors';
import { csrfPrevention } from '../../../../graphql/src/http/csrf';
import { installFastPath } from '../../../../graphql/src/http/fast-path';
import { koaGraphQLHandler } from '../../../../graphql/src/http/koa-handler';
import { mediaTypePlugin } from '../../../../graphql/src/http/media-type';

const typeDefs = `
  type Query { series(slug: String!): Series, apiVersion: String!, broken: String, slow: String }
  type Series { title: String! }
  type Mutation { follow(slug: String!): Boolean }
`;
const SERIES = 'plugin::showrunner.series';
const BALLARD = '{ series(slug: "ballard") { title } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The HTTP pipeline of graphql/src (Koa adapter, fast path, Apollo plugins) around a small schema
 * whose resolvers count their calls: what reaches a resolver was not answered from the cache.
 */
const startPipeline = async ({ rateLimit = async () => null as number | null, timeoutMs = 2000, maxBodyBytes = 2000 } = {}) => {
  const logged: string[] = [];
  const calls = { series: 0 };
  const cache = createResponseCache({ maxEntries: 100, ttlMs: 60_000 });
  const server = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers: {
      Query: {
        series: (_: unknown, { slug }: { slug: string }, { touched }: GraphQLContext) => {
          calls.series += 1;
          touched.add(SERIES);
          return slug === 'ballard' ? { title: 'Ballard' } : null;
        },
        apiVersion: () => '1',
        broken: () => {
          throw new Error('database on fire');
        },
        slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 500)),
      },
      Mutation: { follow: () => true },
    },
    formatError: formatError((message) => logged.push(message)),
    stringifyResult: serializeResult,
    csrfPrevention: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), csrfPrevention(), mediaTypePlugin(), responseCachePlugin(cache, { maxAge: 30 })],
  });
  await server.start();
  const context = async (ctx: Koa.Context) => {
    const token = ctx.get('x-preview-token');
    if (token === 'forged') throw new GraphQLError('The preview token is not valid.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    return { preview: !!token, touched: new Set<string>() } as unknown as GraphQLContext;
  };
  const app = new Koa();
  app.use(koaGraphQLHandler(server, context, { maxBodyBytes, timeoutMs, rateLimit }));
  const httpServer = http.createServer(app.callback());
  installFastPath(httpServer, cache, { path: '/graphql', maxAge: 30, rateLimit });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const get = (params: Record<string, string>, headers: Record<string, string> = {}) => fetch(`${url}?${new URLSearchParams(params)}`, { headers });
  /** Without fetch, which adds Cache-Control: no-cache to any conditional request. */
  const rawGet = (params: Record<string, string>, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      http
        .get(`${url}?${new URLSearchParams(params)}`, { headers }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
        })
        .on('error', reject);
    });
  return {
    url,
    calls,
    logged,
    cache,
    post,
    get,
    rawGet,
    stop: async () => {
      await new Promise((resolve) => httpServer.close(resolve));
      await server.stop();
    },
  };
};

type Pipeline = Awaited<ReturnType<typeof startPipeline>>;

describe('the GraphQL HTTP pipeline (adapter, fast path, plugins)', () => {
  let pipeline: Pipeline;
  beforeEach(async () => {
    pipeline = await startPipeline();
  });
  afterEach(async () => pipeline.stop());

  describe('the response cache', () => {
    it('answers a repeated POST from the cache with the same bytes and ETag, and 304 when the client has it', async () => {
      const miss = await pipeline.post({ query: BALLARD });
      const hit = await pipeline.post({ query: BALLARD, variables: {} });
      expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
      expect(await hit.text()).toBe(await miss.text());
      expect(hit.headers.get('etag')).toBe(miss.headers.get('etag'));
      expect(hit.headers.get('cache-control')).toBe('public, max-age=30');
      expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'));
      const revalidated = await pipeline.post({ query: BALLARD }, { 'if-none-match': `"other", ${hit.headers.get('etag')}` });
      expect(revalidated.status).toBe(304);
      // fetch adds Cache-Control: no-cache to a conditional request: the revalidation ran afresh.
      expect(pipeline.calls.series).toBe(2);
    });

    it('answers a repeated GET before Koa, without a preflight header, readable from any origin; a persisted-query GET shares the entry', async () => {
      const miss = await pipeline.get({ query: BALLARD });
      expect(miss.status).toBe(200);
      expect(miss.headers.get('x-cache')).toBe('MISS');
      const hit = await pipeline.get({ query: BALLARD });
      expect(hit.headers.get('x-cache')).toBe('HIT');
      expect(hit.headers.get('access-control-allow-origin')).toBe('*');
      expect(await hit.text()).toBe(await miss.text());
      const persisted = await pipeline.get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(BALLARD) } }) });
      expect(persisted.headers.get('x-cache')).toBe('HIT');
      const notModified = await pipeline.rawGet({ query: BALLARD }, { 'if-none-match': hit.headers.get('etag')! });
      expect(notModified).toMatchObject({ status: 304, headers: { 'x-cache': 'HIT' } });
      expect(pipeline.calls.series).toBe(1);
    });

    it('answers with the media type the client asked for, from the cache too', async () => {
      await pipeline.get({ query: BALLARD });
      for (const accept of ['application/graphql-response+json', 'application/json', '*/*']) {
        const hit = await pipeline.get({ query: BALLARD }, { accept });
        expect(hit.headers.get('x-cache')).toBe('HIT');
        expect(hit.headers.get('content-type')).toContain(accept === '*/*' ? 'application/json' : accept);
      }
    });

    it('reads afresh on Cache-Control: no-cache, and the fresh answer replaces the cached one', async () => {
      await pipeline.post({ query: BALLARD });
      const fresh = await pipeline.post({ query: BALLARD }, { 'cache-control': 'no-cache' });
      expect(fresh.headers.get('x-cache')).toBe('MISS');
      expect(pipeline.calls.series).toBe(2);
    });

    it('never stores errors or answers that read no content; they are private, no-store', async () => {
      for (const body of [{ query: '{ broken }' }, { query: '{ apiVersion }' }, { query: '{' }]) {
        await pipeline.post(body);
        const again = await pipeline.post(body);
        expect(again.headers.get('x-cache')).toBeNull();
        expect(again.headers.get('cache-control')).toBe('private, no-store');
      }
      expect(pipeline.cache.size).toBe(0);
    });

    it.each([
      ['authorization', 'Bearer reader-jwt'],
      ['x-preview-token', 'preview-token'],
    ])('neither reads nor writes the shared cache for a request with %s, and marks it private, no-store', async (header, value) => {
      const credentials = { [header]: value, 'apollo-require-preflight': 'true' };
      await pipeline.post({ query: BALLARD });
      for (const response of [await pipeline.post({ query: BALLARD }, credentials), await pipeline.get({ query: BALLARD }, credentials)]) {
        expect(response.status).toBe(200);
        expect(response.headers.get('x-cache')).toBeNull();
        expect(response.headers.get('etag')).toBeNull();
        expect(response.headers.get('cache-control')).toBe('private, no-store');
      }
      expect(pipeline.calls.series).toBe(3);
      const other = '{ series(slug: "bosch") { title } }';
      await pipeline.post({ query: other }, credentials);
      expect((await pipeline.post({ query: other })).headers.get('x-cache')).toBe('MISS');
    });

    it('marks a refused preview token private, no-store too', async () => {
      const forged = await pipeline.post({ query: BALLARD }, { 'x-preview-token': 'forged' });
      expect(forged.status).toBe(401);
      expect(forged.headers.get('cache-control')).toBe('private, no-store');
    });
  });

  describe('errors a client can cause, each with its code', () => {
    it('answers a persisted query whose hash does not match its text with 400 PERSISTED_QUERY_HASH_MISMATCH, logging nothing', async () => {
      const response = await pipeline.post({ query: BALLARD, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ apiVersion }') } } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }] });
      expect(pipeline.logged).toEqual([]);
    });

    it('registers a persisted query whose hash matches, and runs it by hash', async () => {
      const extensions = { persistedQuery: { version: 1, sha256Hash: sha256('{ apiVersion }') } };
      expect(await (await pipeline.post({ extensions })).json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
      expect((await pipeline.post({ query: '{ apiVersion }', extensions })).status).toBe(200);
      expect(await (await pipeline.post({ extensions })).json()).toEqual({ data: { apiVersion: '1' } });
    });

    it('answers an unsupported persisted-query version with 400 BAD_REQUEST, logging nothing', async () => {
      const response = await pipeline.post({ query: BALLARD, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(BALLARD) } } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
      expect(pipeline.logged).toEqual([]);
    });

    it('masks an unexpected error as INTERNAL_SERVER_ERROR and logs its stack', async () => {
      const body = await (await pipeline.post({ query: '{ broken }' })).json();
      expect(body.errors).toEqual([{ message: 'Unexpected error.', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(pipeline.logged.join('\n')).toMatch(/database on fire/);
    });

    it('answers malformed JSON 400 BAD_REQUEST and a body over the limit 413 PAYLOAD_TOO_LARGE', async () => {
      const malformed = await pipeline.post('{"query": ');
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
      const large = await pipeline.post({ query: `{ apiVersion }${' '.repeat(2000)}` });
      expect(large.status).toBe(413);
      expect(await large.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 2000 } }] });
    });

    it('refuses mutations over GET with 405', async () => {
      const response = await pipeline.get({ query: 'mutation { follow(slug: "ballard") }' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });
  });

  describe('CSRF: anonymous GETs are allowed, requests with credentials need a preflight', () => {
    it('answers an anonymous GET without content-type or preflight header', async () => {
      expect((await pipeline.get({ query: '{ apiVersion }' })).status).toBe(200);
    });

    it.each([
      ['authorization', 'Bearer reader-jwt'],
      ['x-preview-token', 'preview-token'],
    ])('refuses a simple request with %s: 400 PREFLIGHT_REQUIRED', async (header, value) => {
      const get = await pipeline.get({ query: '{ apiVersion }' }, { [header]: value });
      expect(get.status).toBe(400);
      expect(await get.json()).toMatchObject({ errors: [{ extensions: { code: 'PREFLIGHT_REQUIRED' } }] });
      const form = await fetch(pipeline.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', [header]: value },
        body: JSON.stringify({ query: '{ apiVersion }' }),
      });
      expect(form.status).toBe(400);
      expect((await pipeline.get({ query: '{ apiVersion }' }, { [header]: value, 'apollo-require-preflight': 'true' })).status).toBe(200);
      expect((await pipeline.post({ query: '{ apiVersion }' }, { [header]: value })).status).toBe(200);
    });
  });

  describe('status codes by media type (GraphQL over HTTP)', () => {
    const invalid = [{ query: '{' }, { query: '{ nope }' }, { query: 'query ($slug: String!) { series(slug: $slug) { title } }', variables: { slug: null } }];

    it.each(invalid)('answers a request error 200 to a client that accepts only application/json: %j', async (body) => {
      const response = await pipeline.post(body, { accept: 'application/json' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect((await response.json()).data).toBeUndefined();
    });

    it.each(invalid)('answers a request error 400 as application/graphql-response+json: %j', async (body) => {
      const response = await pipeline.post(body, { accept: 'application/graphql-response+json, application/json' });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    });

    it('passes the graphql-http audit: no MUST, SHOULD or MAY failures', async () => {
      const failures = (await auditServer({ url: pipeline.url })).filter((result) => result.status !== 'ok');
      expect(failures.map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual([]);
    });
  });
});

describe('the pipeline under pressure', () => {
  it('answers 429 RATE_LIMITED with Retry-After when the address has spent its budget', async () => {
    const pipeline = await startPipeline({ rateLimit: async () => 7 });
    try {
      const response = await pipeline.post({ query: '{ apiVersion }' });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    } finally {
      await pipeline.stop();
    }
  });

  it('answers 503 TIMEOUT when a request takes longer than the limit', async () => {
    const pipeline = await startPipeline({ timeoutMs: 100 });
    try {
      const response = await pipeline.post({ query: '{ slow }' });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'TIMEOUT' } }] });
    } finally {
      await pipeline.stop();
    }
  });
});
