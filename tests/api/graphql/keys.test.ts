import { inKeys, keysOf } from '../../../graphql/src/store/sql';
import { POSTGRES_ADMIN_URL, databaseKinds, type DatabaseKind } from '../../support/databases';

/** Runs `sql` with `?` placeholders on a real database of the kind: better-sqlite3 in memory, or the test PostgreSQL. */
const select = async (kind: DatabaseKind, sql: string, bindings: unknown[]): Promise<Record<string, unknown>[]> => {
  if (kind === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(':memory:');
    try {
      return db.prepare(sql).all(...bindings);
    } finally {
      db.close();
    }
  }
  const { Client } = require('pg');
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    let n = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${(n += 1)}`),
        bindings
      )
    ).rows;
  } finally {
    await client.end();
  }
};

describe.each(databaseKinds())('keys bound to one placeholder on %s', (kind) => {
  it('match text keys exactly, quotes, backslashes, commas and apostrophes included', async () => {
    const keys = ['a"b', 'c\\d', "o'e", 'x,y', '{braces}', 'NULL', ' spaced '];
    const candidates = [...keys, 'plain', 'c\\\\d', 'a\\"b'];
    const union = candidates.map(() => 'SELECT ? AS k').join(' UNION ALL ');
    const rows = await select(kind, `SELECT t.k FROM (${union}) t WHERE ${inKeys(kind, 't.k', 'text')} `, [...candidates, keysOf(kind, keys)]);
    expect(rows.map((row) => row.k).sort()).toEqual([...keys].sort());
  });

  it('match integer keys, and an empty list matches nothing', async () => {
    const from = `(SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 40) t`;
    const rows = await select(kind, `SELECT t.k FROM ${from} WHERE ${inKeys(kind, 't.k', 'integer')} ORDER BY t.k`, [keysOf(kind, [3, 40, 7])]);
    expect(rows.map((row) => Number(row.k))).toEqual([3, 40]);
    expect(await select(kind, `SELECT t.k FROM ${from} WHERE ${inKeys(kind, 't.k', 'integer')}`, [keysOf(kind, [])])).toEqual([]);
  });
});
