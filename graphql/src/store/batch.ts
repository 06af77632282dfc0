export type Row = Record<string, unknown>;

/** Runs one SQL statement with `?` placeholders and answers its rows as arrays of values in select-list order. */
export type RunStatement = (sql: string, bindings: readonly unknown[]) => Promise<unknown[][]>;

/**
 * A read that can share a statement: `SELECT <select> <from>`, its rows handed back as objects
 * keyed by `names` (one name per select expression, in order; pass the same array for the same
 * shape, its row builder is kept with it). Every binding belongs to `from`.
 */
export interface Part {
  select: readonly string[];
  names: readonly string[];
  from: string;
  bindings: readonly unknown[];
}

/**
 * Turns a row's values (after the part index) into an object keyed by `names`: compiled once per
 * names list, so building a row is one object literal of a fixed shape instead of a loop of keyed
 * stores (which V8 cannot specialise). Names come from Strapi's metadata, quoted by JSON.stringify.
 */
const builders = new WeakMap<readonly string[], (values: unknown[]) => Row>();
const builderOf = (names: readonly string[]) => {
  let build = builders.get(names);
  if (!build) {
    build = new Function('values', `return { ${names.map((name, index) => `${JSON.stringify(name)}: values[${index + 1}]`).join(', ')} };`) as (
      values: unknown[]
    ) => Row;
    builders.set(names, build);
  }
  return build;
};

interface Pending extends Part {
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Sibling reads in one statement. A page's DataLoaders dispatch their batches together (one wave
 * per level of the query: a series' platforms, seasons, credits and news; then their people,
 * episodes, outlets, ...); each batch hands its part here instead of sending it, and the parts
 * queued until the event loop's next turn go out as one `UNION ALL`. So a page costs one statement
 * per level instead of one per relation, whatever the relations it asks for. Parts select lists of
 * different lengths; the shorter ones are padded with NULLs, each row is tagged with its part's
 * index and read back as an array, and the part's own names turn it into an object.
 */
export const createStatementBatch = (run: RunStatement) => {
  let queued: Pending[] = [];

  const flush = async () => {
    const parts = queued;
    queued = [];
    const width = Math.max(...parts.map((part) => part.select.length));
    const sql = parts
      .map((part, index) => {
        const padding =
          width > part.select.length
            ? `, ${Array(width - part.select.length)
                .fill('NULL')
                .join(', ')}`
            : '';
        return `SELECT ${index} AS __part, ${part.select.join(', ')}${padding} ${part.from}`;
      })
      .join(' UNION ALL ');
    try {
      const rows = await run(
        sql,
        parts.flatMap((part) => part.bindings)
      );
      const byPart: Row[][] = parts.map(() => []);
      const build = parts.map((part) => builderOf(part.names));
      for (const values of rows) {
        const index = Number(values[0]);
        byPart[index].push(build[index](values));
      }
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
