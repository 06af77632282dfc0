import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getService } from '../get-service';
import type { GuardedRoute } from './routes';

/** `plugin::showrunner.accounts`: placed on users-permissions' account routes by accounts/routes.ts. */
export default ({ route }: { route: GuardedRoute }, { strapi }: { strapi: Core.Strapi }) =>
  (ctx: Context, next: Next) =>
    getService(strapi, 'accounts').guard(route)(ctx, next);
