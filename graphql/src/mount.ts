import type { Core } from '@strapi/strapi';
import type { Context as KoaContext, Next } from 'koa';
import type { GraphQLContext } from './context';
import { invalidateOnChange } from './cache/invalidation';
import { createResponseCache } from './cache/response-cache';
import { installFastPath } from './http/fast-path';
import { koaGraphQLHandler } from './http/koa-handler';
import { createRateLimiter, rateLimitOptions } from './http/rate-limit';
import { queryLimits } from './limits';
import { createLoaders } from './loaders';
import { isPreview, PREVIEW_HEADER } from './preview';
import { createApolloServer } from './server';
import { watchStatements } from './sql-counter';
import { createModel } from './store/model';

export const GRAPHQL_PATH = '/graphql';

const flag = (name: string, fallback: boolean) => {
  const value = process.env[name]?.toLowerCase();
  return value ? ['1', 'true', 'on', 'yes'].includes(value) : fallback;
};

/**
 * Starts Apollo Server and returns the Koa middleware that answers /graphql. The host app places
 * it early in its middleware list, before Strapi's logger and body parser: those cost more than a
 * cached answer does.
 */
export const createGraphQLMiddleware = async (strapi: Core.Strapi) => {
  const production = process.env.NODE_ENV === 'production';
  const limits = queryLimits();
  const exposeSqlCount = !production && flag('SHOWRUNNER_EXPOSE_SQL_COUNT', false);
  const server = createApolloServer(strapi, {
    limits,
    production,
    introspection: flag('SHOWRUNNER_GRAPHQL_INTROSPECTION', !production),
    exposeSqlCount,
  });
  await server.start();
  if (exposeSqlCount) watchStatements(strapi.db.connection);
  const model = createModel(strapi);

  const context = async (ctx: KoaContext, touched: Set<string>): Promise<GraphQLContext> => {
    const preview = await isPreview(strapi, ctx.get(PREVIEW_HEADER) || undefined);
    return { strapi, preview, touched, loaders: createLoaders(strapi, model, { preview, touched }) };
  };
  const rateLimiter = createRateLimiter(rateLimitOptions());
  const cache = flag('SHOWRUNNER_RESPONSE_CACHE', true)
    ? createResponseCache({ maxEntries: Number(process.env.SHOWRUNNER_RESPONSE_CACHE_ENTRIES ?? 1000), ttlMs: Number(process.env.SHOWRUNNER_RESPONSE_CACHE_TTL_MS ?? 300_000) })
    : null;
  const invalidation = cache ? invalidateOnChange(strapi, cache, process.env.REDIS_URL || undefined) : null;
  const maxAge = Number(process.env.SHOWRUNNER_CACHE_MAX_AGE ?? 30);
  const handle = koaGraphQLHandler(server, context, {
    maxBodyBytes: limits.maxBodyBytes,
    timeoutMs: Number(process.env.SHOWRUNNER_GRAPHQL_TIMEOUT_MS ?? 10_000),
    rateLimit: rateLimiter.consume,
    cache,
    maxAge,
  });
  const removeFastPath = cache ? installFastPath(strapi.server.httpServer, cache, { path: GRAPHQL_PATH, maxAge, rateLimit: rateLimiter.consume }) : null;

  return {
    stop: async () => {
      removeFastPath?.();
      await invalidation?.close();
      await rateLimiter.close();
      await server.stop();
    },
    middleware: async (ctx: KoaContext, next: Next) => {
      if (ctx.path !== GRAPHQL_PATH) return next();
      return handle(ctx);
    },
  };
};
