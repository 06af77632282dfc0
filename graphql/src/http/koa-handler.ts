import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Context as KoaContext } from 'koa';
import type { GraphQLContext } from '../context';
import { ClientError, RateLimitedError, RequestTimeoutError } from '../errors';
import { countingStatements } from '../sql-counter';
import { NOT_CACHEABLE, notModified } from './conditional-get';
import { readBody } from './request-body';

export interface HandlerOptions {
  maxBodyBytes: number;
  timeoutMs: number;
  /** Seconds the client has to wait, or null to go ahead. */
  rateLimit: (key: string) => Promise<number | null>;
  /** Attribute SQL statements to the request (tests, benchmark); otherwise no async context is kept for them. */
  countStatements?: boolean;
}

const withTimeout = async <T>(work: Promise<T>, timeoutMs: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

const send = async (ctx: KoaContext, response: HTTPGraphQLResponse) => {
  for (const [name, value] of response.headers) ctx.set(name, value);
  ctx.status = response.status ?? 200;
  if (!ctx.response.get('cache-control')) ctx.set('cache-control', NOT_CACHEABLE);
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    ctx.set('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'");
  }
  if (ctx.status === 200 && notModified(ctx.get('if-none-match'), response.headers.get('etag'))) {
    ctx.status = 304;
    return;
  }
  if (response.body.kind === 'complete') {
    ctx.body = response.body.string;
    return;
  }
  const chunks: string[] = [];
  for await (const chunk of response.body.asyncIterator) chunks.push(chunk);
  ctx.body = chunks.join('');
};

/**
 * GraphQL over HTTP for Koa: the request as Apollo Server expects it (body read within its limit),
 * Apollo's answer as Koa sends it, within a time limit and, when asked, counted for SQL statements. Who may see
 * what (preview, caching, CSRF) is decided inside Apollo Server, by the context and the plugins.
 */
export const koaGraphQLHandler =
  (server: ApolloServer<GraphQLContext>, context: (ctx: KoaContext) => Promise<GraphQLContext>, options: HandlerOptions) => async (ctx: KoaContext) => {
    try {
      const retryAfter = await options.rateLimit(ctx.ip);
      if (retryAfter !== null) throw new RateLimitedError(retryAfter);
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(ctx.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const httpGraphQLRequest = {
        method: ctx.method.toUpperCase(),
        headers,
        search: ctx.querystring ? `?${ctx.querystring}` : '',
        body: ctx.method === 'POST' ? await readBody(ctx, options.maxBodyBytes) : undefined,
      };
      const run = () => server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(ctx) });
      const execution = options.countStatements ? countingStatements(run) : run();
      await send(ctx, await withTimeout(execution, options.timeoutMs));
    } catch (failure) {
      if (!(failure instanceof ClientError)) throw failure;
      ctx.set({ ...failure.headers, 'cache-control': NOT_CACHEABLE });
      ctx.status = failure.status;
      ctx.type = 'application/json';
      ctx.body = failure.responseBody();
    }
  };
