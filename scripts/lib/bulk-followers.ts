/** A test's or the bench's database, as the server under test is configured with it. */
export interface DatabaseRef {
  kind: 'sqlite' | 'postgres';
  env: Record<string, string>;
}

/**
 * Runs one statement on a server's database from outside (`?` placeholders on both); resolves the
 * rows a query returns. `readOnly` refuses writes (SQLite's query_only, a read-only PostgreSQL session).
 */
export const execute = async (database: DatabaseRef, sql: string, params: unknown[] = [], { readOnly = false } = {}): Promise<Record<string, any>[]> => {
  if (database.kind === 'sqlite') {
    const Database = require('better-sqlite3');
    // Never `readonly: true`: after a SIGKILL the first connection must recover the WAL, which a read-only one cannot.
    const db = new Database(database.env.DATABASE_FILENAME);
    db.pragma('busy_timeout = 10000');
    if (readOnly) db.pragma('query_only = ON');
    try {
      const statement = db.prepare(sql);
      return statement.reader ? statement.all(...params) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  }
  const { Client } = require('pg');
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    if (readOnly) await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    let n = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${(n += 1)}`),
        params
      )
    ).rows;
  } finally {
    await client.end();
  }
};

/**
 * `count` readers following one series, written straight into the database: registering 10,000
 * readers over HTTP would take longer than the test. Rows look like users-permissions and the
 * follow mutation would write them.
 */
export const createFollowers = async (database: DatabaseRef, prefix: string, count: number, seriesDocumentId: string) => {
  const sqlite = database.kind === 'sqlite';
  const numbers = sqlite
    ? `(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}) SELECT i FROM n)`
    : `(SELECT generate_series(1, ${count}) AS i)`;
  const now = sqlite ? Date.now() : new Date();
  const concat = (...parts: string[]) => parts.join(' || ');
  await execute(
    database,
    `INSERT INTO up_users (document_id, username, email, provider, confirmed, blocked, created_at, updated_at, published_at)
     SELECT ${concat(`'${prefix}'`, 'CAST(i AS TEXT)')}, ${concat(`'${prefix}'`, 'CAST(i AS TEXT)')}, ${concat(`'${prefix}'`, 'CAST(i AS TEXT)', `'@example.com'`)}, 'local', ${sqlite ? 1 : 'true'}, ${sqlite ? 0 : 'false'}, ?, ?, ? FROM ${numbers} AS numbers`,
    [now, now, now]
  );
  await execute(
    database,
    `INSERT INTO showrunner_follows (document_id, reader_id, target_type, target_document_id, follow_key, created_at, updated_at, published_at)
     SELECT ${concat(`'f'`, 'CAST(u.id AS TEXT)')}, u.id, 'series', ?, ${concat('CAST(u.id AS TEXT)', `':series:'`, '?')}, ?, ?, ? FROM up_users u WHERE u.username LIKE ?`,
    [seriesDocumentId, seriesDocumentId, now, now, now, `${prefix}%`]
  );
};
