import { ACCOUNTS_MIDDLEWARE, guardAccountRoutes } from '../../../../plugin/server/src/accounts/routes';

const RATE_LIMIT = 'plugin::users-permissions.rateLimit';

describe("guards on users-permissions' account routes", () => {
  it('replace its in-process rate limiter on the account routes and leave every other route alone', () => {
    const routes = [
      { method: 'POST', path: '/auth/local', handler: 'auth.callback', config: { middlewares: [RATE_LIMIT], prefix: '' } },
      { method: 'POST', path: '/auth/forgot-password', handler: 'auth.forgotPassword', config: { middlewares: [RATE_LIMIT, 'other'], prefix: '' } },
      { method: 'GET', path: '/auth/email-confirmation', handler: 'auth.emailConfirmation', config: { prefix: '' } },
      { method: 'GET', path: '/users/me', handler: 'user.me', config: { prefix: '' } },
    ];
    const router = { routes };
    const strapi = { plugin: () => ({ routes: { 'content-api': router } }) };
    guardAccountRoutes(strapi as never);

    expect(router.routes[0].config).toEqual({ prefix: '', middlewares: [{ name: ACCOUNTS_MIDDLEWARE, config: { route: 'login' } }] });
    expect(router.routes[1].config.middlewares).toEqual([{ name: ACCOUNTS_MIDDLEWARE, config: { route: 'forgot-password' } }, 'other']);
    expect(router.routes[2]).toBe(routes[2]);
    expect(router.routes[3]).toBe(routes[3]);
  });
});
