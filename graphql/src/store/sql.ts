import type { Knex } from 'knex';

/** The two databases the read path runs on; their SQL differs only in the few spellings below. */
export type Dialect = 'sqlite' | 'postgres';

export const dialectOf = (knex: Knex): Dialect => (/sqlite/.test(String(knex.client?.config?.client)) ? 'sqlite' : 'postgres');

/** A quoted identifier (names come from Strapi's metadata, never from a request). */
export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A column of an aliased table, quoted. */
export const col = (alias: string, column: string) => `${alias}.${q(column)}`;

/**
 * `column` is one of the keys bound to one `?` (bind them with {@link keysOf}): one SQL text whatever
 * the number of keys, so a prepared statement serves every batch size. SQLite reads the keys as a JSON
 * array; PostgreSQL gets a typed array and `= ANY`, which it plans as an index condition with the
 * array's real length (a set from json_array_elements_text is estimated at 100 rows: 3 keys on 200,000
 * rows were planned as 1,993 matches instead of 60, and such estimates compound in the page's joins).
 */
export const inKeys = (dialect: Dialect, column: string, kind: 'integer' | 'text') =>
  dialect === 'sqlite' ? `${column} IN (SELECT value FROM json_each(?))` : `${column} = ANY(CAST(? AS ${kind}[]))`;

/** The binding for {@link inKeys}: a JSON array on SQLite, an array literal on PostgreSQL (a string, so knex never expands it). */
export const keysOf = (dialect: Dialect, keys: readonly unknown[]) =>
  dialect === 'sqlite' ? JSON.stringify(keys) : `{${keys.map((key) => `"${String(key).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** A value as text, so keys of every part of a batch share one column type. */
export const asText = (dialect: Dialect, expression: string) => `CAST(${expression} AS ${dialect === 'sqlite' ? 'TEXT' : 'text'})`;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A row's part of a select list: its expressions and the names its values are read back under. */
export interface RowColumns {
  select: string[];
  names: string[];
}

/**
 * The listed columns of one row, with `extras` (a value, or another row nested under a key). On
 * SQLite each column is its own expression: sibling reads of different tables share a statement
 * because the batch pads select lists with NULLs and reads rows by position (SQLite's columns have
 * no fixed type), so no row is built as JSON and parsed again, which cost about a fifth of the
 * series page's CPU. PostgreSQL wants one type per column of a UNION, so there a row travels as
 * one jsonb object under `__row` (at most 100 arguments per call, hence the chunks).
 */
export const rowColumns = (
  dialect: Dialect,
  alias: string,
  columns: readonly string[],
  extras: [key: string, value: string | RowColumns][] = []
): RowColumns => {
  if (dialect === 'sqlite') {
    const result: RowColumns = { select: columns.map((column) => col(alias, column)), names: [...columns] };
    for (const [key, value] of extras) {
      if (typeof value === 'string') {
        result.select.push(value);
        result.names.push(key);
      } else {
        result.select.push(...value.select);
        result.names.push(...value.names.map((name) => `${key}.${name}`));
      }
    }
    return result;
  }
  const pairs = [
    ...columns.map((column) => `${literal(column)}, ${col(alias, column)}`),
    ...extras.map(([key, value]) => `${literal(key)}, ${typeof value === 'string' ? value : value.select[0]}`),
  ];
  const chunks: string[] = [];
  for (let start = 0; start < pairs.length; start += 50) chunks.push(`jsonb_build_object(${pairs.slice(start, start + 50).join(', ')})`);
  return { select: [chunks.join(' || ')], names: ['__row'] };
};

/**
 * A row's fields read through {@link rowColumns}: the row itself on SQLite, its JSON on PostgreSQL
 * (text: Strapi has pg hand JSON over unparsed).
 */
export const rowFields = (row: Record<string, unknown>): Record<string, unknown> => {
  if (!('__row' in row)) return row;
  const fields = (typeof row.__row === 'string' ? JSON.parse(row.__row) : row.__row) as Record<string, unknown>;
  fields.__source = row.__source;
  fields.__position = row.__position;
  return fields;
};

const nestedReaders = new WeakMap<RowColumns, Map<string, (fields: Record<string, unknown>) => Record<string, unknown>>>();

/** The row nested under `key` by {@link rowColumns}: prefixed columns on SQLite, a JSON object on PostgreSQL. */
export const nestedFields = (fields: Record<string, unknown>, key: string, inner: RowColumns): Record<string, unknown> => {
  if (fields[key] !== undefined) return fields[key] as Record<string, unknown>;
  let byKey = nestedReaders.get(inner);
  if (!byKey) nestedReaders.set(inner, (byKey = new Map()));
  let read = byKey.get(key);
  if (!read) {
    // One object literal of a fixed shape, compiled once per row shape (as the batch's row builders).
    const pairs = inner.names.map((name) => `${JSON.stringify(name)}: fields[${JSON.stringify(`${key}.${name}`)}]`);
    read = new Function('fields', `return { ${pairs.join(', ')} };`) as (fields: Record<string, unknown>) => Record<string, unknown>;
    byKey.set(key, read);
  }
  return read(fields);
};
