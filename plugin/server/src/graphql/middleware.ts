import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getService } from '../get-service';

/** `plugin::showrunner.graphql`: placed in the host's middleware chain by host/middlewares.ts. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const mount = getService(strapi, 'graphql').mount();
  mount.catch((error: Error) => strapi.log.error(`[showrunner] GraphQL could not start: ${error.stack}`));
  return async (ctx: Context, next: Next) => (await mount).middleware(ctx, next);
};
