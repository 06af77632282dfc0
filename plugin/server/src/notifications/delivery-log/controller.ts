import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { deliveryLog } from './summary';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async log(ctx: Context) {
    const state = typeof ctx.query.state === 'string' ? ctx.query.state : null;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await deliveryLog(strapi, state) };
  },
});
