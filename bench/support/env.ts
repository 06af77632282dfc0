import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BENCH_DIR = path.join(ROOT, 'bench');
export const CACHE_DIR = path.join(BENCH_DIR, '.cache');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
export const RAW_DIR = path.join(RESULTS_DIR, 'raw');

/** Fixed secrets for bench servers only; the bench databases hold nothing worth protecting. */
const BENCH_SECRETS = {
  APP_KEYS: 'benchKeyA,benchKeyB',
  API_TOKEN_SALT: 'bench-api-token-salt',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt',
  JWT_SECRET: 'bench-jwt-secret',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789a',
};

/** A SQLite file, or a PostgreSQL database the bench created (catalog/postgres.ts). */
export type BenchDatabase = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; name: string };

const databaseEnv = (database: string | BenchDatabase) =>
  typeof database === 'string' || database.kind === 'sqlite'
    ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: typeof database === 'string' ? database : database.file }
    : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url };

/** The environment every Strapi the bench starts gets: its database (a string is a SQLite file), no admin, no demo content, quiet. */
export const benchEnv = (database: string | BenchDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...BENCH_SECRETS,
  NODE_ENV: 'test',
  ...databaseEnv(database),
  SHOWRUNNER_ADMIN: 'off',
  SHOWRUNNER_SKIP_BUILD: 'true',
  SHOWRUNNER_DEMO_CONTENT: 'off',
  SHOWRUNNER_WEBHOOKS_DISPATCHER: 'off',
  // One load generator on 127.0.0.1 would otherwise measure the per-IP rate limiter.
  SHOWRUNNER_RATE_LIMIT: '0',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  ...extra,
});
