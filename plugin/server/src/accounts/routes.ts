import type { Core } from '@strapi/strapi';

export const ACCOUNTS_MIDDLEWARE = 'plugin::showrunner.accounts';

/** users-permissions' account routes the plugin guards, by method and path, and the name of each guard. */
export const GUARDED_ROUTES = {
  'POST /auth/local': 'login',
  'POST /auth/local/register': 'register',
  'POST /auth/forgot-password': 'forgot-password',
  'POST /auth/reset-password': 'reset-password',
  'POST /auth/send-email-confirmation': 'send-email-confirmation',
  'POST /auth/change-password': 'change-password',
  'GET /connect/(.*)': 'connect',
} as const;

export type GuardedRoute = (typeof GUARDED_ROUTES)[keyof typeof GUARDED_ROUTES];

type Route = { method: string; path: string; config?: { middlewares?: unknown[] } & Record<string, unknown> };
type Router = { routes: Route[] };

/**
 * Puts the plugin's guard in front of users-permissions' account routes through their route
 * config (the extension point users-permissions itself offers: `routes['content-api'].routes`),
 * in place of its in-process rate limiter, which N instances would multiply by N. Runs in
 * register: Strapi builds its router before any plugin bootstraps.
 */
export const guardAccountRoutes = (strapi: Core.Strapi) => {
  const router = (strapi.plugin('users-permissions').routes as unknown as Record<string, Router>)['content-api'];
  router.routes = router.routes.map((route) => {
    const guard = GUARDED_ROUTES[`${route.method} ${route.path}` as keyof typeof GUARDED_ROUTES];
    if (!guard) return route;
    const others = (route.config?.middlewares ?? []).filter((middleware) => middleware !== 'plugin::users-permissions.rateLimit');
    return { ...route, config: { ...route.config, middlewares: [{ name: ACCOUNTS_MIDDLEWARE, config: { route: guard } }, ...others] } };
  });
};
