import { bootStrapi } from '../../scripts/lib/strapi';

/**
 * Child process: boots Strapi on the configured database and exits. `schema` leaves only what
 * booting does (schema sync, migrations, bootstraps: an empty PostgreSQL database gets its
 * tables); `demo` then loads the demo content (the Ballard universe) through the plugin's own
 * loader, as a fresh install does, into a database that already holds a catalog.
 */
const main = async () => {
  const mode = process.argv[2];
  const strapi = await bootStrapi({ serveAdminPanel: false });
  await strapi.load();
  if (mode === 'demo') {
    const report = await strapi.plugin('showrunner').service('demo-content').load();
    process.send?.(report);
  }
  await strapi.destroy();
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] ${process.argv[2]} worker failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
