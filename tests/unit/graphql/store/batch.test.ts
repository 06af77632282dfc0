import { createStatementBatch, type Part } from '../../../../graphql/src/store/batch';

/** A database that records each statement and answers rows (arrays, first value the part's index). */
const recordingDatabase = (answer: (sql: string) => unknown[][] = () => []) => {
  const statements: { sql: string; bindings: readonly unknown[] }[] = [];
  const run = async (sql: string, bindings: readonly unknown[]) => {
    statements.push({ sql, bindings });
    return answer(sql);
  };
  return { statements, run };
};

const part = (select: string[], names: string[], from = '', bindings: unknown[] = []): Part => ({ select, names, from, bindings });

describe('the statement batch', () => {
  it('sends the parts queued in one turn as one UNION ALL, bindings in part order, and hands each part its rows by its names', async () => {
    const database = recordingDatabase(() => [
      [1, 'b', 'zed'],
      [0, 'a1', 10],
      [0, 'a2', 20],
    ]);
    const batch = createStatementBatch(database.run);
    const [first, second] = await Promise.all([
      batch(part(['x', 'y'], ['__source', 'y'], 'FROM a WHERE y = ?', [1])),
      batch(part(['z', 'w'], ['__source', 'w'], 'FROM b WHERE w IN (?, ?)', [2, 3])),
    ]);
    expect(database.statements).toEqual([
      { sql: 'SELECT 0 AS __part, x, y FROM a WHERE y = ? UNION ALL SELECT 1 AS __part, z, w FROM b WHERE w IN (?, ?)', bindings: [1, 2, 3] },
    ]);
    expect(first).toEqual([
      { __source: 'a1', y: 10 },
      { __source: 'a2', y: 20 },
    ]);
    expect(second).toEqual([{ __source: 'b', w: 'zed' }]);
  });

  it('pads shorter select lists with NULLs, so parts of different widths share the statement, and reads only its own columns', async () => {
    const database = recordingDatabase(() => [
      [0, 'a', null, null],
      [1, 'b', 'c', 'd'],
    ]);
    const batch = createStatementBatch(database.run);
    const [narrow, wide] = await Promise.all([batch(part(['x'], ['x'], 'FROM a')), batch(part(['x', 'y', 'z'], ['x', 'y', 'z'], 'FROM b'))]);
    expect(database.statements[0].sql).toBe('SELECT 0 AS __part, x, NULL, NULL FROM a UNION ALL SELECT 1 AS __part, x, y, z FROM b');
    expect(narrow).toEqual([{ x: 'a' }]);
    expect(wide).toEqual([{ x: 'b', y: 'c', z: 'd' }]);
  });

  it('sends a part queued after the first statement went out in a statement of its own', async () => {
    const database = recordingDatabase();
    const batch = createStatementBatch(database.run);
    await batch(part(['1'], ['__source']));
    await batch(part(['2'], ['__source']));
    expect(database.statements.map(({ sql }) => sql)).toEqual(['SELECT 0 AS __part, 1 ', 'SELECT 0 AS __part, 2 ']);
  });

  it('collects parts queued by DataLoaders dispatching on process.nextTick after promise jobs', async () => {
    const database = recordingDatabase();
    const batch = createStatementBatch(database.run);
    const later = (select: string) =>
      Promise.resolve().then(() => new Promise((resolve) => process.nextTick(() => resolve(batch(part([select], ['__source']))))));
    await Promise.all([later('1'), later('2'), batch(part(['3'], ['__source']))]);
    expect(database.statements).toHaveLength(1);
  });

  it('fails every part of a statement that fails', async () => {
    const batch = createStatementBatch(async () => {
      throw new Error('no such table');
    });
    const results = await Promise.allSettled([batch(part(['1'], ['a'])), batch(part(['2'], ['a']))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
