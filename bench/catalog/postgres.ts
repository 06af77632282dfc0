import Database from 'better-sqlite3';
import { Client } from 'pg';
import { benchEnv, type BenchDatabase } from '../support/env';
import { runBootWorker, type Catalog } from './catalog';

/** Where the bench creates its database (trust auth on a local server, as the API tests use). */
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Strapi's own bookkeeping of the schema and migrations it ran: PostgreSQL keeps what its own boot wrote. */
const KEEP = new Set(['strapi_database_schema', 'strapi_migrations', 'strapi_migrations_internal']);

export interface PostgresCatalog {
  database: Extract<BenchDatabase, { kind: 'postgres' }>;
  tables: number;
  rows: number;
  /** Strapi's boot on the empty database (schema sync, migrations, bootstraps), then the row copy. */
  seconds: { schema: number; copy: number };
  drop(): Promise<void>;
}

const withClient = async <T>(url: string, fn: (client: InstanceType<typeof Client>) => Promise<T>) => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const postgresReachable = () =>
  withClient(BENCH_POSTGRES_URL, (client) => client.query('select 1')).then(
    () => true,
    () => false
  );

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQLite as Strapi writes it holds timestamps as epoch milliseconds and booleans as 0/1. */
const converterFor = (type: string) => {
  if (type.startsWith('timestamp')) return (value: unknown) => (typeof value === 'number' ? new Date(value) : value);
  if (type === 'date') return (value: unknown) => (typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : value);
  if (type === 'boolean') return (value: unknown) => (typeof value === 'number' ? value !== 0 : value);
  return null;
};

/** Copies every row of the SQLite catalog into the tables Strapi created, then moves the id sequences past them. */
const copyRows = async (file: string, url: string) => {
  const source = new Database(file, { readonly: true });
  try {
    return await withClient(url, async (client) => {
      const columns = (await client.query("select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'")).rows as {
        table_name: string;
        column_name: string;
        data_type: string;
      }[];
      const target = new Map<string, Map<string, string>>();
      for (const c of columns) target.set(c.table_name, (target.get(c.table_name) ?? new Map()).set(c.column_name, c.data_type));
      const tables = (source.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[])
        .map((t) => t.name)
        .filter((name) => target.has(name) && !KEEP.has(name));
      let rows = 0;
      await client.query('begin');
      // Rows arrive table by table, not in foreign-key order: no triggers (and so no FK checks) until commit.
      await client.query('set local session_replication_role = replica');
      await client.query(`truncate ${tables.map(quote).join(', ')} cascade`);
      for (const table of tables) {
        const types = target.get(table)!;
        const names = (source.prepare(`pragma table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name).filter((n) => types.has(n));
        const convert = names.map((name) => converterFor(types.get(name)!));
        const batch = Math.max(1, Math.min(1000, Math.floor(30000 / names.length)));
        const insert = (count: number) =>
          `insert into ${quote(table)} (${names.map(quote).join(', ')}) values ` +
          Array.from({ length: count }, (_, r) => `(${names.map((_, c) => `$${r * names.length + c + 1}`).join(', ')})`).join(', ');
        let pending: unknown[] = [];
        const flush = async () => {
          if (pending.length) await client.query(insert(pending.length / names.length), pending);
          pending = [];
        };
        for (const row of source
          .prepare(`select ${names.map(quote).join(', ')} from ${quote(table)}`)
          .raw()
          .iterate() as Iterable<unknown[]>) {
          row.forEach((value, i) => pending.push(convert[i] ? convert[i]!(value) : value));
          rows += 1;
          if (pending.length >= batch * names.length) await flush();
        }
        await flush();
        if (types.has('id')) {
          await client.query(
            `select setval(s, greatest((select max(id) from ${quote(table)}), 1)) from pg_get_serial_sequence($1, 'id') as s where s is not null`,
            [quote(table)]
          );
        }
      }
      await client.query('commit');
      // Planner statistics, as autovacuum would gather them on a database that grew by itself; a fresh bulk load has none.
      await client.query('analyze');
      return { tables: tables.length, rows };
    });
  } finally {
    source.close();
  }
};

/**
 * The catalog on PostgreSQL, from the same SQLite file rather than seeded again (minutes through
 * the Document Service): a fresh database of this process's own, Strapi boots on it once so that
 * its schema sync, migrations and bootstraps create the tables and indexes as in production, then
 * every row is copied over, the sequences moved past them and the tables analyzed. `drop()`
 * removes the database.
 */
export const copyCatalogToPostgres = async (catalog: Catalog): Promise<PostgresCatalog> => {
  const name = `showrunner_bench_${process.pid}`;
  await withClient(BENCH_POSTGRES_URL, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = { kind: 'postgres' as const, url: url.toString(), name };
  const drop = () => withClient(BENCH_POSTGRES_URL, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  try {
    let started = Date.now();
    await runBootWorker('schema', benchEnv(database, { STRAPI_LOG_LEVEL: 'warn' }));
    const schema = (Date.now() - started) / 1000;
    started = Date.now();
    const copied = await copyRows(catalog.file, database.url);
    return { database, ...copied, seconds: { schema, copy: (Date.now() - started) / 1000 }, drop };
  } catch (error) {
    await drop();
    throw error;
  }
};
