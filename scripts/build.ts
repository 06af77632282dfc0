import { buildAdmin, buildServer } from './lib/build';
import { prepareEnvironment } from './lib/dev-env';

/** `npm run build`: compile everything and build the admin panel (what `npm start` does when needed). */
try {
  prepareEnvironment();
  buildServer();
  if (process.env.SHOWRUNNER_ADMIN !== 'off') buildAdmin({ force: true });
} catch (error) {
  console.error(`[showrunner] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
