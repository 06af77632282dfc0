import fs from 'node:fs';
import path from 'node:path';
import { launchStrapi, type LaunchedServer } from '../../scripts/lib/launch';
import { benchEnv, RAW_DIR, type BenchDatabase } from '../support/env';

export type BenchServer = LaunchedServer & { logFile: string };

/**
 * Starts the benchmark host (bench/server/bench-host.ts: the built plugin, our /graphql,
 * @strapi/plugin-graphql on /strapi-graphql, bench REST routes and the SQL count header) on a
 * SQLite file (a string) or a PostgreSQL database. Logs go to bench/results/raw/.
 */
export const startStrapi = async (database: string | BenchDatabase, name: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> => {
  fs.mkdirSync(RAW_DIR, { recursive: true });
  const logFile = path.join(RAW_DIR, `${name}.log`);
  const server = await launchStrapi({
    script: 'bench/server/bench-host.ts',
    env: benchEnv(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true', ...extraEnv }),
    logFile,
  });
  return { ...server, logFile };
};
