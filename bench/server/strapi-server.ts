import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchEnv, RAW_DIR, ROOT } from '../support/env';
import { freePort, stopChild, waitFor } from './processes';

export interface BenchServer {
  url: string;
  pid: number;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the real app (scripts/start.ts, already compiled) in bench mode on a SQLite file: our
 * /graphql, @strapi/plugin-graphql on /strapi-graphql, bench REST routes and the SQL count header.
 * Logs go to bench/results/raw/ so a full pipe never slows the server down.
 */
export const startStrapi = async (databaseFile: string, name: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> => {
  const port = await freePort();
  fs.mkdirSync(RAW_DIR, { recursive: true });
  const logFile = path.join(RAW_DIR, `${name}.log`);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: benchEnv(databaseFile, {
      HOST: '127.0.0.1',
      PORT: String(port),
      SHOWRUNNER_BENCH: 'true',
      SHOWRUNNER_BENCH_STRAPI_GRAPHQL: 'true',
      SHOWRUNNER_EXPOSE_SQL_COUNT: 'true',
      ...extraEnv,
    }),
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const logs = () => fs.readFileSync(logFile, 'utf8').slice(-8000);
  const healthy = async () => (await fetch(`${url}/_health`)).status === 204;
  try {
    await waitFor(healthy, child, 'Strapi', logs, 180_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, process: child, logFile, stop: () => stopChild(child) };
};
