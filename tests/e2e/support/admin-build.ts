import { adminIsStale, buildAdmin } from '../../../scripts/lib/build';
import { prepareEnvironment } from '../../../scripts/lib/dev-env';

/**
 * The browser tests need the admin panel built from the current cms/src/admin and config; `npm test`
 * compiles the server but leaves the admin to whoever serves it (a minute, three on a busy machine).
 */
export const ensureAdminBuilt = () => {
  if (!adminIsStale()) return;
  prepareEnvironment();
  buildAdmin();
};
