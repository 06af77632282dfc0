import { adminIsStale, buildAdmin, buildServer } from './lib/build';
import { prepareEnvironment } from './lib/dev-env';
import { bootStrapi, printWelcome } from './lib/strapi';

/** `npm start`: compile, build the admin when needed, then serve the admin and /graphql. */
const main = async () => {
  prepareEnvironment();
  const serveAdminPanel = process.env.SHOWRUNNER_ADMIN !== 'off';
  if (process.env.SHOWRUNNER_SKIP_BUILD !== 'true') {
    buildServer();
    if (serveAdminPanel && adminIsStale()) buildAdmin();
  }
  const strapi = await bootStrapi({ serveAdminPanel });
  await strapi.start();
  await printWelcome(strapi);
};

main().catch((error) => {
  console.error(`[showrunner] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
