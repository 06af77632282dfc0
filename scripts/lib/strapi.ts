import type { Core } from '@strapi/strapi';
import { CMS_DIR, CMS_DIST } from './paths';

/**
 * Creates Strapi from the compiled demo host (or another host's compiled configuration, as the
 * benchmark's); the working directory must be cms/ for Strapi's relative paths.
 */
export const bootStrapi = async ({ serveAdminPanel = true, distDir = CMS_DIST } = {}): Promise<Core.Strapi> => {
  process.chdir(CMS_DIR);
  // Required lazily: Strapi reads ENV_PATH when its configuration module loads.
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  return createStrapi({ appDir: CMS_DIR, distDir, serveAdminPanel, autoReload: false });
};

export const printWelcome = async (strapi: Core.Strapi) => {
  const url = strapi.config.get<string>('server.absoluteUrl');
  const admins = await strapi.db.query('admin::user').count();
  const lines = [`GraphQL API:  ${url}/graphql`];
  const servesAdmin: boolean = strapi.config.get('admin.serveAdminPanel', true) ?? true;
  if (servesAdmin) {
    lines.unshift(admins === 0 ? `Admin panel:  ${url}/admin  (no administrator yet: open it to create the first account)` : `Admin panel:  ${url}/admin`);
  }
  console.log(`\n[showrunner] Ready.\n  ${lines.join('\n  ')}\n`);
};
