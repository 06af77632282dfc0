import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { USER_UID } from '../readers/uids';
import { tooMany } from './answers';
import type { Limiter } from './limiters';

export interface LoginLimits {
  perAccount: Limiter;
  perIp: Limiter;
}

/**
 * The account an identifier names (users-permissions accepts the e-mail address or the user
 * name), so both spellings share one budget; an unknown identifier gets a budget of its own and
 * is answered exactly like a known one.
 */
export const accountKey = async (strapi: Core.Strapi, identifier: unknown) => {
  if (typeof identifier !== 'string' || identifier === '') return null;
  const user = await strapi.db.query(USER_UID).findOne({
    where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
    select: ['id'],
  });
  return user ? `user:${user.id}` : `name:${identifier.toLowerCase()}`;
};

/**
 * POST /api/auth/local: every attempt spends from the client IP's budget and the account's
 * before the password is checked (so parallel guesses cannot slip past the count); a successful
 * log-in gives the IP its unit back and clears the account's run of failures.
 */
export const loginLimit = (strapi: Core.Strapi, limits: LoginLimits) => async (ctx: Context, next: Next) => {
  const account = await accountKey(strapi, (ctx.request as { body?: { identifier?: unknown } }).body?.identifier);
  const ip = ctx.request.ip;
  const waits = await Promise.all([limits.perIp.consume(ip), account ? limits.perAccount.consume(account) : null]);
  const wait = Math.max(0, ...waits.map((seconds) => seconds ?? 0));
  if (wait > 0) return tooMany(ctx, wait);
  await next();
  if (ctx.status >= 200 && ctx.status < 300) {
    await Promise.all([limits.perIp.refund(ip), account ? limits.perAccount.reset(account) : null]);
  }
};
