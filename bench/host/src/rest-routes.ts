import { factories, type Core, type UID } from '@strapi/strapi';

/** The types a series page touches; REST `populate` and plugin-graphql need read access to each. */
export const BENCH_TYPES = ['series', 'season', 'credit', 'person', 'article'] as const;

/**
 * The plugin deliberately has no REST API; for the comparison it gets Strapi's core controllers
 * and read-only content-api routes, e.g. GET /api/showrunner/series-list?filters[slug]=...&populate=...
 */
export const registerRestRoutes = (strapi: Core.Strapi) => {
  const plugin = strapi.plugin('showrunner');
  const services: Record<string, unknown> = {};
  const controllers: Record<string, unknown> = {};
  const routes = [];
  for (const name of BENCH_TYPES) {
    const uid = `plugin::showrunner.${name}` as UID.ContentType;
    services[name] = factories.createCoreService(uid);
    controllers[name] = factories.createCoreController(uid);
    const path = `/${strapi.getModel(uid).info.pluralName}`;
    routes.push({ method: 'GET', path, handler: `${name}.find`, config: {} });
    routes.push({ method: 'GET', path: `${path}/:id`, handler: `${name}.findOne`, config: {} });
  }
  strapi.get('services').add('plugin::showrunner', services);
  strapi.get('controllers').add('plugin::showrunner', controllers);
  if (Array.isArray(plugin.routes)) throw new Error('[bench] the showrunner plugin declares its routes as a list; expected named routers');
  plugin.routes = { ...plugin.routes, bench: { type: 'content-api', routes: routes as never[] } };
};
