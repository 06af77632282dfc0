import type { Core } from '@strapi/strapi';
import { createGraphQLMiddleware } from '@showrunner/graphql';

/** Serves /graphql; listed in config/middlewares.ts before Strapi's logger and body parser. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphql = createGraphQLMiddleware(strapi);
  graphql.catch((error: Error) => strapi.log.error(`[graphql] could not start: ${error.stack}`));
  strapi.server.httpServer.once('close', () => void graphql.then(({ stop }) => stop()));
  return async (ctx, next) => (await graphql).middleware(ctx, next);
};
