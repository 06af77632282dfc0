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

/**
 * The listed columns of one row as a JSON object keyed by column name: rows of different tables
 * then fit one result shape, so sibling reads share a statement. PostgreSQL takes at most 100
 * arguments per call, hence the chunks.
 */
export const rowAsJson = (dialect: Dialect, alias: string, columns: readonly string[], extras: [key: string, expression: string][] = []) => {
  const pairs = [
    ...columns.map((column) => `${literal(column)}, ${col(alias, column)}`),
    ...extras.map(([key, expression]) => `${literal(key)}, ${expression}`),
  ];
  if (dialect === 'sqlite') return `json_object(${pairs.join(', ')})`;
  const chunks: string[] = [];
  for (let start = 0; start < pairs.length; start += 50) chunks.push(`jsonb_build_object(${pairs.slice(start, start + 50).join(', ')})`);
  return chunks.join(' || ');
};

/** A row read through `rowAsJson`: SQLite answers text, PostgreSQL's driver has parsed it already. */
export const parseRow = (value: unknown): Record<string, unknown> => (typeof value === 'string' ? JSON.parse(value) : (value as Record<string, unknown>));
