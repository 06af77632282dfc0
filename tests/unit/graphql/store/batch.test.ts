import { createStatementBatch, type Row } from '../../../../graphql/src/store/batch';

/** A database that records each statement and answers rows tagged with the part they belong to. */
const recordingDatabase = (answer: (sql: string) => Row[] = () => []) => {
  const statements: { sql: string; bindings: readonly unknown[] }[] = [];
  const run = async (sql: string, bindings: readonly unknown[]) => {
    statements.push({ sql, bindings });
    return answer(sql);
  };
  return { statements, run };
};

describe('the statement batch', () => {
  it('sends the parts queued in one turn as one UNION ALL, bindings in part order, and hands each part its rows', async () => {
    const database = recordingDatabase(() => [
      { __part: 1, __source: 'b' },
      { __part: 0, __source: 'a1' },
      { __part: 0, __source: 'a2' },
    ]);
    const batch = createStatementBatch(database.run);
    const [first, second] = await Promise.all([
      batch({ sql: 'SELECT x AS __source FROM a WHERE y = ?', bindings: [1] }),
      batch({ sql: 'SELECT z AS __source FROM b WHERE w IN (?, ?)', bindings: [2, 3] }),
    ]);
    expect(database.statements).toEqual([
      { sql: 'SELECT 0 AS __part, x AS __source FROM a WHERE y = ? UNION ALL SELECT 1 AS __part, z AS __source FROM b WHERE w IN (?, ?)', bindings: [1, 2, 3] },
    ]);
    expect(first.map((row) => row.__source)).toEqual(['a1', 'a2']);
    expect(second.map((row) => row.__source)).toEqual(['b']);
  });

  it('sends a part queued after the first statement went out in a statement of its own', async () => {
    const database = recordingDatabase();
    const batch = createStatementBatch(database.run);
    await batch({ sql: 'SELECT 1 AS __source', bindings: [] });
    await batch({ sql: 'SELECT 2 AS __source', bindings: [] });
    expect(database.statements.map(({ sql }) => sql)).toEqual(['SELECT 0 AS __part, 1 AS __source', 'SELECT 0 AS __part, 2 AS __source']);
  });

  it('collects parts queued by DataLoaders dispatching on process.nextTick after promise jobs', async () => {
    const database = recordingDatabase();
    const batch = createStatementBatch(database.run);
    const later = (sql: string) => Promise.resolve().then(() => new Promise<Row[]>((resolve) => process.nextTick(() => resolve(batch({ sql, bindings: [] })))));
    await Promise.all([later('SELECT 1 AS __source'), later('SELECT 2 AS __source'), batch({ sql: 'SELECT 3 AS __source', bindings: [] })]);
    expect(database.statements).toHaveLength(1);
  });

  it('fails every part of a statement that fails', async () => {
    const batch = createStatementBatch(async () => {
      throw new Error('no such table');
    });
    const results = await Promise.allSettled([batch({ sql: 'SELECT 1', bindings: [] }), batch({ sql: 'SELECT 2', bindings: [] })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
