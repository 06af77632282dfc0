import path from 'node:path';
import { prepareEnvironment } from '../../scripts/lib/dev-env';
import { bootStrapi } from '../../scripts/lib/strapi';

/**
 * The benchmark's server: the demo host's configuration and the plugin as built, plus the bench
 * host's extensions and @strapi/plugin-graphql (bench/host). Started by bench/server/strapi-server.ts.
 */
const main = async () => {
  prepareEnvironment();
  const strapi = await bootStrapi({ serveAdminPanel: false, distDir: path.resolve(__dirname, '../host') });
  await strapi.start();
};

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
