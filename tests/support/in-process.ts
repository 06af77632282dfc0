import type { Core } from '@strapi/strapi';
import { bootStrapi } from '../../scripts/lib/strapi';
import type { TestDatabase } from './databases';
import { TEST_SECRETS } from './secrets';

/**
 * A real Strapi loaded inside the test process (no HTTP server), for tests that need the
 * Document Service itself. Requires `npm run build` output; `npm test` builds first.
 */
export const loadStrapi = async (database: TestDatabase, env: Record<string, string> = {}): Promise<Core.Strapi> => {
  Object.assign(process.env, TEST_SECRETS, database.env, { SHOWRUNNER_WEBHOOKS_DISPATCHER: 'off' }, env);
  const strapi = await bootStrapi({ serveAdminPanel: false });
  await strapi.load();
  return strapi;
};
