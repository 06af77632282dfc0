import { inKeys, keysOf } from '../../../graphql/src/store/sql';
import { execute, type DatabaseRef } from '../../../scripts/lib/bulk-followers';
import { POSTGRES_ADMIN_URL, databaseKinds, type DatabaseKind } from '../../support/databases';

/** A real database of the kind to run statements on: SQLite in memory, or the test PostgreSQL's own database. */
const databaseOf = (kind: DatabaseKind): DatabaseRef => ({
  kind,
  env: kind === 'sqlite' ? { DATABASE_FILENAME: ':memory:' } : { DATABASE_URL: POSTGRES_ADMIN_URL },
});
const select = (kind: DatabaseKind, sql: string, bindings: unknown[]) => execute(databaseOf(kind), sql, bindings, { readOnly: true });

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
