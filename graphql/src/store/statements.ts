import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { RunStatement } from './batch';
import { dialectOf } from './sql';

interface SqliteStatement {
  all(bindings: readonly unknown[]): unknown[][];
  raw(toggle: boolean): SqliteStatement;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
}
interface PgConnection {
  query(config: { name?: string; text: string; values: readonly unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
}

/** Statements kept per connection; the read path's SQL has a few dozen shapes, so this is a bound, not a working set. */
const MAX_STATEMENTS = 500;

const remember = <K, V>(cache: Map<K, V>, key: K, create: () => V) => {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as K);
    cache.set(key, value);
  }
  return value;
};

let queryUid = 0;

/**
 * Runs the read path's statements as prepared statements, compiled once per connection and SQL
 * text: the read path writes each shape's SQL itself, with the keys bound as one JSON array, so
 * the text repeats and knex would only rebuild and recompile it (a third of the page's CPU in the
 * profile). SQLite keeps better-sqlite3 statements; PostgreSQL gets named statements, which pg
 * parses once per connection. Connections come from knex's pool, and knex's `query` and
 * `query-response` events are emitted as knex would, so SQL counters and tracing see every statement.
 * Rows come back as arrays (the batch, their only caller, names them per part).
 */
const createPreparedStatements = (knex: Knex): RunStatement => {
  const client = knex.client as Knex.Client & {
    acquireConnection(): Promise<unknown>;
    releaseConnection(connection: unknown): Promise<void>;
    emit(event: string, ...args: unknown[]): boolean;
  };
  const sqlite = dialectOf(knex) === 'sqlite';
  const prepared = new WeakMap<object, Map<string, SqliteStatement>>();
  // pg wants $1, $2, ... and a name per distinct text. PostgreSQL keeps a named statement for
  // the connection's life, so only the first MAX_STATEMENTS texts get a name (the page shapes,
  // which come first and repeat); any text after that runs unnamed, parsed each time.
  const named = new Map<string, { name?: string; text: string }>();
  const pgForm = (sql: string) => {
    let form = named.get(sql);
    if (!form) {
      let index = 0;
      const text = sql.replace(/\?/g, () => `$${(index += 1)}`);
      form = named.size < MAX_STATEMENTS ? { name: `showrunner_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`, text } : { text };
      if (form.name) named.set(sql, form);
    }
    return form;
  };

  return async (sql, bindings) => {
    const connection = (await client.acquireConnection()) as object & { __knexUid?: string; __knexTxId?: string };
    const query = {
      __knexUid: connection.__knexUid,
      __knexTxId: connection.__knexTxId,
      __knexQueryUid: `showrunner-${(queryUid += 1)}`,
      method: 'raw',
      sql,
      bindings,
    };
    try {
      client.emit('query', query);
      let rows: unknown[][];
      if (sqlite) {
        let statements = prepared.get(connection);
        if (!statements) {
          prepared.set(connection, (statements = new Map()));
          // The page's sorts (window functions, UNION ALL) keep their temporary b-trees in memory:
          // with SQLite's default temporary files a server fell, after some minutes of mixed load,
          // into a state where the full page cost 12 to 26 CPU ms instead of 5 (SQLite's `all` 65%
          // of the profile) until restarted; with this it did not in any run (bench/results/changes.md).
          (connection as unknown as SqliteConnection).pragma('temp_store = MEMORY');
        }
        rows = remember(statements, sql, () => (connection as unknown as SqliteConnection).prepare(sql).raw(true)).all(bindings);
      } else {
        const { name, text } = pgForm(sql);
        rows = (await (connection as unknown as PgConnection).query({ ...(name ? { name } : {}), text, values: bindings, rowMode: 'array' })).rows;
      }
      client.emit('query-response', rows, query);
      return rows;
    } catch (error) {
      client.emit('query-error', error, query);
      throw error;
    } finally {
      await client.releaseConnection(connection);
    }
  };
};

const runners = new WeakMap<Knex, RunStatement>();

/** The runner of a knex instance: one per database, so its statements outlive the request. */
export const preparedStatements = (knex: Knex): RunStatement => {
  let runner = runners.get(knex);
  if (!runner) runners.set(knex, (runner = createPreparedStatements(knex)));
  return runner;
};
