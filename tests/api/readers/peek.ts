import type { TestDatabase } from '../../support/databases';

/** Reads rows straight from a test server's database (`?` placeholders on both), to check what is stored. */
export const peek = async (database: TestDatabase, sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => {
  if (database.kind === 'sqlite') {
    const Database = require('better-sqlite3');
    // Not `readonly: true`: after a SIGKILL the first connection must recover the WAL, which a read-only one cannot
    // ("attempt to write a readonly database"). query_only still refuses any write this helper might send.
    const db = new Database(database.env.DATABASE_FILENAME, { fileMustExist: true });
    try {
      db.pragma('query_only = ON');
      return db.prepare(sql).all(...params);
    } finally {
      db.close();
    }
  }
  const { Client } = require('pg');
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
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
