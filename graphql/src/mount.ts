import type { Core } from '@strapi/strapi';
import type { Context as KoaContext, Next } from 'koa';
import type { GraphQLContext } from './context';
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

  const context = async (ctx: KoaContext): Promise<GraphQLContext> => {
    const preview = await isPreview(strapi, ctx.get(PREVIEW_HEADER) || undefined);
    return { strapi, preview, loaders: createLoaders(strapi, model, { preview }) };
  };
  const rateLimiter = createRateLimiter(rateLimitOptions());
  const handle = koaGraphQLHandler(server, context, {
    maxBodyBytes: limits.maxBodyBytes,
    timeoutMs: Number(process.env.SHOWRUNNER_GRAPHQL_TIMEOUT_MS ?? 10_000),
    rateLimit: rateLimiter.consume,
  });

  return {
    stop: async () => {
      await rateLimiter.close();
      await server.stop();
    },
    middleware: async (ctx: KoaContext, next: Next) => {
      if (ctx.path !== GRAPHQL_PATH) return next();
      return handle(ctx);
    },
  };
};
