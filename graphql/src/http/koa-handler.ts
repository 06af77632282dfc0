import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context as KoaContext } from 'koa';
import type { ResponseCache } from '../cache/response-cache';
import { cacheKey } from '../cache/response-cache';
import type { GraphQLContext } from '../context';
import { PREVIEW_HEADER } from '../preview';
import { countingStatements } from '../sql-counter';

const error = (ctx: KoaContext, status: number, code: string, message: string) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
};

class BodyError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Reads at most `limit` bytes of the request body; more is a 413, invalid JSON a 400. */
const readJson = async (ctx: KoaContext, limit: number): Promise<unknown> => {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) throw new BodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!ctx.is('application/json', 'application/graphql-response+json')) return text;
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
};

/**
 * GraphQL over HTTP for Koa: Apollo Server's own request handling (GET and POST, CSRF prevention,
 * persisted queries), with the request counted for SQL statements.
 */
export interface HandlerOptions {
  maxBodyBytes: number;
  timeoutMs: number;
  rateLimit: (key: string) => Promise<number | null>;
  cache: ResponseCache | null;
  /** `Cache-Control` max-age of public responses, in seconds. */
  maxAge: number;
}

const PUBLIC_STATUS = 200;

const TIMED_OUT = Symbol('timed out');

export const koaGraphQLHandler =
  (server: ApolloServer<GraphQLContext>, context: (ctx: KoaContext, touched: Set<string>) => Promise<GraphQLContext>, options: HandlerOptions) =>
  async (ctx: KoaContext) => {
    const retryAfter = await options.rateLimit(ctx.ip);
    if (retryAfter !== null) {
      ctx.set('retry-after', String(retryAfter));
      return error(ctx, 429, 'RATE_LIMITED', `Too many requests from this address; retry in ${retryAfter} s.`);
    }
    const { maxBodyBytes } = options;
    let body: unknown;
    try {
      body = ctx.method === 'POST' ? await readJson(ctx, maxBodyBytes) : undefined;
    } catch (failure) {
      if (failure instanceof BodyError) return error(ctx, failure.status, failure.code, failure.message);
      throw failure;
    }
    const search = ctx.querystring ? `?${ctx.querystring}` : '';
    const cache = ctx.get(PREVIEW_HEADER) ? null : options.cache;
    const key = cache ? cacheKey(ctx.method, search, body) : '';
    // `Cache-Control: no-cache` from the client asks for a fresh answer (which still refreshes the cache).
    const hit = /no-cache/i.test(ctx.get('cache-control')) ? null : cache?.get(key);
    if (hit) {
      ctx.set({ etag: hit.etag, 'cache-control': `public, max-age=${options.maxAge}`, 'x-cache': 'HIT', vary: 'accept' });
      if (ctx.get('if-none-match') === hit.etag) {
        ctx.status = 304;
        return;
      }
      ctx.status = PUBLIC_STATUS;
      ctx.type = hit.contentType;
      ctx.body = hit.body;
      return;
    }
    const touched = new Set<string>();
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(ctx.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let timer: NodeJS.Timeout | undefined;
    const response = await Promise.race([
      countingStatements(() =>
        server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: ctx.method.toUpperCase(), headers, search, body },
          context: () => context(ctx, touched),
        })
      ),
      new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), options.timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    if (response === TIMED_OUT) {
      return error(ctx, 503, 'TIMEOUT', `The request took longer than ${options.timeoutMs} ms and was abandoned.`);
    }
    for (const [name, value] of response.headers) ctx.set(name, value);
    ctx.status = response.status ?? 200;
    if (response.headers.get('content-type')?.startsWith('text/html')) {
      ctx.set('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
    }
    if (response.body.kind === 'complete') {
      const text = response.body.string;
      const contentType = response.headers.get('content-type') ?? 'application/json';
      // Only complete, error-free answers are kept: `"errors":` appears unescaped only as the key.
      if (cache && ctx.status === PUBLIC_STATUS && contentType.includes('json') && !text.includes('"errors":') && touched.size > 0) {
        cache.set(key, text, contentType, touched);
        const { etag } = cache.get(key)!;
        ctx.set({ etag, 'cache-control': `public, max-age=${options.maxAge}`, 'x-cache': 'MISS', vary: 'accept' });
        if (ctx.get('if-none-match') === etag) {
          ctx.status = 304;
          return;
        }
      } else {
        ctx.set('cache-control', 'no-store');
      }
      ctx.body = text;
      return;
    }
    const chunks: string[] = [];
    for await (const chunk of response.body.asyncIterator) chunks.push(chunk);
    ctx.body = chunks.join('');
  };
