import type { Core } from '@strapi/strapi';
import { extendMiddlewareConfiguration } from '@strapi/utils';

export const GRAPHQL_MIDDLEWARE = 'plugin::showrunner.graphql';

// Strapi's defaults when a host app has no config/middlewares file.
const STRAPI_DEFAULTS = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::session',
  'strapi::query',
  'strapi::body',
  'strapi::favicon',
  'strapi::public',
];
type Entry = string | { name?: string; resolve?: string; config?: unknown };
const nameOf = (entry: Entry) => (typeof entry === 'string' ? entry : entry.name);

/** The host's middleware chain as Strapi will build it: its configuration, or Strapi's defaults. */
export const hostMiddlewares = (strapi: Core.Strapi): Entry[] => [...(strapi.config.get<Entry[] | undefined>('middlewares') ?? STRAPI_DEFAULTS)];

/** Merges `config` into one of Strapi's middlewares in the host's chain (arrays are joined). */
export const extendMiddleware = (strapi: Core.Strapi, name: string, config: object) =>
  strapi.config.set('middlewares', extendMiddlewareConfiguration(hostMiddlewares(strapi) as never, { name, config }));

/**
 * Puts the GraphQL middleware into the host's chain, unless the host placed it itself: right after
 * Strapi's error handler, security headers and CORS (which public API answers need too), and before
 * the body parser, which would consume the request GraphQL reads itself.
 */
export const placeGraphQLMiddleware = (strapi: Core.Strapi) => {
  const chain = hostMiddlewares(strapi);
  if (chain.some((entry) => nameOf(entry) === GRAPHQL_MIDDLEWARE)) return;
  const after = Math.max(...['strapi::errors', 'strapi::security', 'strapi::cors'].map((name) => chain.findIndex((entry) => nameOf(entry) === name)));
  chain.splice(after + 1, 0, GRAPHQL_MIDDLEWARE);
  strapi.config.set('middlewares', chain);
};
