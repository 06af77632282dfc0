import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** Where tests create their PostgreSQL databases; a fresh database per run, dropped afterwards. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A connection to the test cluster's admin database, for creating and dropping databases. */
export const withAdminClient = async <T>(fn: (client: InstanceType<typeof Client>) => Promise<T>) => {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const postgresReachable = async () => {
  try {
    await withAdminClient((client) => client.query('select 1'));
    return true;
  } catch {
    return false;
  }
};

let counter = 0;
const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${Date.now()}_${(counter += 1)}`;

export const createSqliteDatabase = async (): Promise<TestDatabase> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-test-'));
  const filename = path.join(dir, 'data.db');
  return {
    kind: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};

export const createPostgresDatabase = async (): Promise<TestDatabase> => {
  const name = uniqueName('showrunner_test');
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
};

export const createDatabase = (kind: DatabaseKind) => (kind === 'sqlite' ? createSqliteDatabase() : createPostgresDatabase());

/**
 * The databases this run covers. PostgreSQL is decided once in global setup: skipped with a
 * message when unreachable on a developer machine, required under CI=true.
 */
export const databaseKinds = (): DatabaseKind[] => (process.env.SHOWRUNNER_TEST_POSTGRES === 'off' ? ['sqlite'] : ['sqlite', 'postgres']);
