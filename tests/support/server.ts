import { launchStrapi, type LaunchedServer } from '../../scripts/lib/launch';
import type { TestDatabase } from './databases';
import { TEST_SECRETS } from './secrets';

export { freePort } from '../../scripts/lib/launch';

export type TestServer = LaunchedServer;

/** Starts the real server (scripts/start.ts, without rebuilding) as a child process on a free port. */
export const startServer = (database: TestDatabase, env: Record<string, string> = {}): Promise<TestServer> =>
  launchStrapi({
    env: {
      ...process.env,
      ...TEST_SECRETS,
      ...database.env,
      NODE_ENV: 'test',
      SHOWRUNNER_SKIP_BUILD: 'true',
      SHOWRUNNER_ADMIN: 'off',
      ...env,
    },
    // Generous: three servers starting together on two busy cores take a while.
    timeoutMs: 240_000,
  });
