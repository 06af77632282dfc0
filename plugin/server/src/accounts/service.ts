import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getSettings } from '../config/get-settings';
import { USER_UID } from '../readers/uids';
import { tooMany } from './answers';
import { configureEmail, useMailLog, type MailMode } from './email';
import { createLimiterStore, type LimiterStore } from './limiters';
import { loginLimit, type LoginLimits } from './login-limit';
import { resetPassword } from './reset-password';
import { createResetTokens } from './reset-tokens';
import { guardAccountRoutes, type GuardedRoute } from './routes';
import { forgotPassword, register, sendEmailConfirmation } from './uniform-answers';
import { applyUsersPermissionsSettings } from './users-permissions-settings';

type Middleware = (ctx: Context, next: Next) => Promise<unknown>;

/** Accounts stay users-permissions'; this service closes its gaps around it (README.md, "Readers"). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let mailMode: MailMode = 'none';
  let store: LimiterStore | null = null;
  let login: LoginLimits | null = null;
  let guards: Record<GuardedRoute, Middleware> | null = null;
  const settings = () => getSettings(strapi).accounts;
  const resetTokens = createResetTokens(strapi, () => settings().resetTokenTtlMs);

  const limiters = () => (store ??= createLimiterStore(getSettings(strapi).redisUrl));
  const loginLimits = () => {
    const { perAccount, perIp, windowSeconds } = settings().loginLimit;
    return (login ??= {
      perAccount: limiters().limiter('login-account', { points: perAccount, windowSeconds }),
      perIp: limiters().limiter('login-ip', { points: perIp, windowSeconds }),
    });
  };

  const buildGuards = (): Record<GuardedRoute, Middleware> => {
    const { perIp, windowSeconds } = settings().requestLimit;
    const requests = limiters().limiter('account-requests', { points: perIp, windowSeconds });
    const limited =
      (route: GuardedRoute, then?: Middleware): Middleware =>
      async (ctx, next) => {
        const wait = await requests.consume(`${route}:${ctx.request.ip}`);
        if (wait) return tooMany(ctx, wait);
        return then ? then(ctx, next) : next();
      };
    return {
      login: loginLimit(strapi, loginLimits()),
      register: limited('register', register(strapi)),
      'forgot-password': limited('forgot-password', forgotPassword(strapi)),
      'reset-password': limited('reset-password', resetPassword(resetTokens)),
      'send-email-confirmation': limited('send-email-confirmation', sendEmailConfirmation(strapi)),
      'change-password': limited('change-password'),
      connect: limited('connect'),
    };
  };

  return {
    /** From the plugin's register: mail transport, guards on users-permissions' routes, reset tokens stored as hashes. */
    register() {
      mailMode = configureEmail(strapi);
      guardAccountRoutes(strapi);
      strapi.documents.use(resetTokens.documentMiddleware());
    },

    async bootstrap() {
      if (mailMode === 'log') useMailLog(strapi);
      await applyUsersPermissionsSettings(strapi);
    },

    guard: (route: GuardedRoute): Middleware => (guards ??= buildGuards())[route],

    /** The budgets store readers' limits share (one Redis connection per process). */
    limiters,

    /**
     * Checks a reader's password outside the log-in route (deleting the account), against the
     * same per-account budget, so it cannot be used to guess passwords around the log-in limit.
     */
    async checkPassword(userId: number, password: string): Promise<{ ok: true } | { ok: false; retryAfter: number | null }> {
      const key = `user:${userId}`;
      const wait = await loginLimits().perAccount.consume(key);
      if (wait) return { ok: false, retryAfter: wait };
      const user = await strapi.db.query(USER_UID).findOne({ where: { id: userId }, select: ['password'] });
      const valid = !!user?.password && (await strapi.plugin('users-permissions').service('user').validatePassword(password, user.password));
      if (!valid) return { ok: false, retryAfter: null };
      await loginLimits().perAccount.reset(key);
      return { ok: true };
    },

    resetTokens,

    async stop() {
      await store?.close();
      store = null;
      login = null;
      guards = null;
    },
  };
};
