import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../../get-service';
import { page } from './pages';

const tokenOf = (ctx: Context) => {
  const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
  const value = ctx.query.token ?? body.token;
  return typeof value === 'string' && value.length <= 200 ? value : '';
};

const html = (ctx: Context, status: number, body: string) => {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = body;
};

/** The pages behind the opt-in and unsubscribe links (routes.ts); the GraphQL mutations do the same for a site's own pages. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const alerts = () => getService(strapi, 'email-alerts');

  return {
    confirmPage(ctx: Context) {
      const token = tokenOf(ctx);
      if (!token) return html(ctx, 400, page('Link unvollständig', 'Diesem Link fehlt der Bestätigungscode. Bitte öffne den Link aus der E-Mail vollständig.'));
      html(
        ctx,
        200,
        page('Benachrichtigung bestätigen', 'Ein Klick noch: Bestätige, dass du die bestellten E-Mail-Benachrichtigungen bekommen möchtest.', {
          action: ctx.path,
          field: ['token', token],
          button: 'Ja, ich möchte die Benachrichtigungen',
        })
      );
    },

    async confirm(ctx: Context) {
      const outcome = await alerts().confirm(tokenOf(ctx), ctx.request.ip);
      if ('retryAfter' in outcome) {
        ctx.set('Retry-After', String(outcome.retryAfter));
        return html(ctx, 429, page('Zu viele Versuche', 'Bitte versuche es in ein paar Minuten noch einmal.'));
      }
      if (!outcome.value) return html(ctx, 400, page('Link ungültig', outcome.userErrors[0]?.message ?? 'Dieser Link ist ungültig.'));
      html(ctx, 200, page('Bestätigt', 'Danke! Ab jetzt bekommst du die bestellten Benachrichtigungen. Abbestellen kannst du über den Link in jeder E-Mail.'));
    },

    async unsubscribePage(ctx: Context) {
      const token = tokenOf(ctx);
      if (!(await alerts().canUnsubscribe(token))) return html(ctx, 404, page('Link ungültig', 'Zu diesem Link gibt es keine Benachrichtigung (mehr).'));
      html(
        ctx,
        200,
        page('Benachrichtigungen abbestellen', 'Möchtest du diese E-Mail-Benachrichtigungen nicht mehr bekommen?', {
          action: `${ctx.path}?token=${encodeURIComponent(token)}`,
          field: ['List-Unsubscribe', 'One-Click'],
          button: 'Abbestellen',
        })
      );
    },

    /** RFC 8058: a POST of `List-Unsubscribe=One-Click` to the header's URL unsubscribes, without any further step. */
    async unsubscribe(ctx: Context) {
      const done = await alerts().unsubscribe(tokenOf(ctx));
      if (!done) return html(ctx, 404, page('Link ungültig', 'Zu diesem Link gibt es keine Benachrichtigung (mehr).'));
      html(ctx, 200, page('Abbestellt', 'Du bekommst diese E-Mail-Benachrichtigungen nicht mehr.'));
    },
  };
};
