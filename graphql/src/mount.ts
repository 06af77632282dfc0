import type { Core } from '@strapi/strapi';
import type { Context as KoaContext, Next } from 'koa';
import type { AlertPorts } from './alerts/ports';
import type { GraphQLContext } from './context';
import { invalidateOnChange } from './cache/invalidation';
import { createResponseCache } from './cache/response-cache';
import { needsPreflight } from './http/csrf';
import { installFastPath } from './http/fast-path';
import { koaGraphQLHandler } from './http/koa-handler';
import { createRateLimiter } from './http/rate-limit';
import { createLoaders } from './loaders';
import { createReaderLoaders } from './loaders/readers';
import { isPreview, PREVIEW_HEADER } from './preview';
import type { ReaderPorts } from './readers/ports';
import { viewerOf } from './readers/viewer';
import { createApolloServer } from './server';
import type { GraphQLSettings } from './settings';
import { watchStatements } from './sql-counter';
import { createModel } from './store/model';
import { createReaderData } from './store/reader-data';

export type { GraphQLSettings };

/**
 * Starts Apollo Server and returns the Koa middleware that answers `settings.path`. The plugin
 * places it before Strapi's logger and body parser: those cost more than a cached answer does.
 */
export const createGraphQLMount = async (
  strapi: Core.Strapi,
  settings: GraphQLSettings,
  { readers, alerts = null }: { readers: ReaderPorts; alerts?: AlertPorts | null }
) => {
  const exposeSqlCount = settings.exposeSqlCount && !settings.production;
  const { enabled, maxEntries, ttlMs, maxAge } = settings.responseCache;
  const cache = enabled ? createResponseCache({ maxEntries, ttlMs }) : null;
  const server = createApolloServer(strapi, {
    limits: settings,
    production: settings.production,
    introspection: settings.introspection,
    exposeSqlCount,
    compiledExecution: settings.compiledExecution,
    responseCache: cache && { cache, maxAge },
  });
  await server.start();
  if (exposeSqlCount) watchStatements(strapi.db.connection);
  const model = createModel(strapi);

  const context = async (ctx: KoaContext): Promise<GraphQLContext> => {
    const touched = new Set<string>();
    const preview = await isPreview(strapi, ctx.get(PREVIEW_HEADER) || undefined);
    // A request CSRF prevention refuses runs nothing: its token is not even looked at (PREFLIGHT_REQUIRED, not 401).
    const viewer = needsPreflight((name) => ctx.get(name) || undefined) ? null : await viewerOf(readers, ctx.get('authorization') || undefined);
    return {
      strapi,
      settings,
      preview,
      viewer,
      readers,
      alerts,
      clientIp: ctx.ip,
      touched,
      changed,
      loaders: createLoaders(strapi, model, { preview, touched }),
      readerLoaders: createReaderLoaders(createReaderData(strapi.db.connection, model, touched), viewer),
    };
  };
  const redisUrl = settings.redisUrl ?? undefined;
  const rateLimiter = createRateLimiter({ ...settings.rateLimit, redisUrl });
  const invalidation = cache ? invalidateOnChange(strapi, cache, redisUrl) : null;
  const changed = (uid: string) => invalidation?.drop(uid);
  const handle = koaGraphQLHandler(server, context, {
    maxBodyBytes: settings.maxBodyBytes,
    timeoutMs: settings.timeoutMs,
    rateLimit: rateLimiter.consume,
    countStatements: exposeSqlCount,
  });
  const removeFastPath = cache ? installFastPath(strapi.server.httpServer, cache, { path: settings.path, maxAge, rateLimit: rateLimiter.consume }) : null;

  return {
    stop: async () => {
      removeFastPath?.();
      await invalidation?.close();
      await rateLimiter.close();
      await server.stop();
    },
    middleware: async (ctx: KoaContext, next: Next) => {
      if (ctx.path !== settings.path) return next();
      return handle(ctx);
    },
  };
};

export type GraphQLMount = Awaited<ReturnType<typeof createGraphQLMount>>;
