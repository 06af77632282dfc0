import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../get-service';
import { WEBHOOK_UID } from './uids';

/** The same right the Content Manager asks for to edit the entry, checked per type. */
const mayUpdate = (ctx: Context, uid: string) => ctx.state.userAbility?.can('plugin::content-manager.explorer.update', uid) === true;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async rotateSecret(ctx: Context) {
    if (!mayUpdate(ctx, WEBHOOK_UID.endpoint)) return ctx.throw(403, 'Editing webhooks needs the update permission on this content type.');
    const result = await getService(strapi, 'webhooks').rotateSecret(ctx.params.documentId);
    if ('error' in result) {
      if (result.error === 'not_found') return ctx.throw(404, 'No such webhook endpoint.');
      return ctx.throw(409, 'This endpoint is declared in SHOWRUNNER_WEBHOOKS: change its secret there and restart.');
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: result };
  },

  async replay(ctx: Context) {
    if (!mayUpdate(ctx, WEBHOOK_UID.delivery)) return ctx.throw(403, 'Editing webhooks needs the update permission on this content type.');
    const result = await getService(strapi, 'webhooks').replay(ctx.params.documentId);
    if ('error' in result) {
      if (result.error === 'not_found') return ctx.throw(404, 'No such webhook delivery.');
      return ctx.throw(409, 'The endpoint is disabled: enable it before replaying.');
    }
    ctx.status = 202;
    ctx.body = { data: result.delivery };
  },
});
