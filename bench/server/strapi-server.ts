import fs from 'node:fs';
import path from 'node:path';
import { launchStrapi, type LaunchedServer } from '../../scripts/lib/launch';
import { benchEnv, RAW_DIR } from '../support/env';

export type BenchServer = LaunchedServer & { logFile: string };

/**
 * Starts the benchmark host (bench/server/bench-host.ts: the built plugin, our /graphql,
 * @strapi/plugin-graphql on /strapi-graphql, bench REST routes and the SQL count header) on a
 * SQLite file. Logs go to bench/results/raw/.
 */
export const startStrapi = async (databaseFile: string, name: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> => {
  fs.mkdirSync(RAW_DIR, { recursive: true });
  const logFile = path.join(RAW_DIR, `${name}.log`);
  const server = await launchStrapi({
    script: 'bench/server/bench-host.ts',
    env: benchEnv(databaseFile, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true', ...extraEnv }),
    logFile,
  });
  return { ...server, logFile };
};
