export type Row = Record<string, unknown>;

/** Runs one SQL statement with `?` placeholders and answers its rows. */
export type RunStatement = (sql: string, bindings: readonly unknown[]) => Promise<Row[]>;

/** A read that can share a statement: `SELECT __source, __position, __row FROM …`. */
export interface Part {
  sql: string;
  bindings: readonly unknown[];
}

interface Pending extends Part {
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Sibling reads in one statement. A page's DataLoaders dispatch their batches together (one wave
 * per level of the query: a series' platforms, seasons, credits and news; then their people,
 * episodes, outlets, ...); each batch hands its part here instead of sending it, and the parts
 * queued until the event loop's next turn go out as one `UNION ALL`. So a page costs one statement
 * per level instead of one per relation, whatever the relations it asks for. Every part answers
 * the same three columns (a row travels as JSON), tagged with its index to split the rows again.
 */
export const createStatementBatch = (run: RunStatement) => {
  let queued: Pending[] = [];

  const flush = async () => {
    const parts = queued;
    queued = [];
    const sql = parts.map((part, index) => part.sql.replace(/^SELECT /, `SELECT ${index} AS __part, `)).join(' UNION ALL ');
    try {
      const rows = await run(
        sql,
        parts.flatMap((part) => part.bindings)
      );
      const byPart: Row[][] = parts.map(() => []);
      for (const row of rows) byPart[Number(row.__part)].push(row);
      parts.forEach((part, index) => part.resolve(byPart[index]));
    } catch (error) {
      for (const part of parts) part.reject(error);
    }
  };

  return (part: Part) =>
    new Promise<Row[]>((resolve, reject) => {
      // setImmediate runs after the DataLoaders of this turn have dispatched (they do so on process.nextTick).
      if (queued.length === 0) setImmediate(flush);
      queued.push({ ...part, resolve, reject });
    });
};

export type StatementBatch = ReturnType<typeof createStatementBatch>;
