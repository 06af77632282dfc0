import { buildServer } from './lib/build';
import { prepareEnvironment } from './lib/dev-env';
import { bootStrapi } from './lib/strapi';

/** `npm run seed`: loads the demo content into the configured database; entries already there are kept. */
const main = async () => {
  prepareEnvironment();
  if (process.env.SHOWRUNNER_SKIP_BUILD !== 'true') buildServer();
  process.env.SHOWRUNNER_DEMO_CONTENT = 'off'; // this command loads it itself, with progress
  const strapi = await bootStrapi({ serveAdminPanel: false });
  await strapi.load();
  const demo = strapi.plugin('showrunner').service('demo-content');
  const report = await demo.load(undefined, (done: number, total: number, entry: { type: string; key: string }) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stdout.write(`\r[showrunner] Seeding [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${entry.type}:${entry.key}`.padEnd(100));
  });
  process.stdout.write(`\n[showrunner] Demo content: ${report.created} created, ${report.found} already there.\n`);
  await strapi.destroy();
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\n[showrunner] Seeding failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
