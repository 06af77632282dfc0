import type { Knex } from 'knex';

/** The two databases the read path runs on; their SQL differs only in the few spellings below. */
export type Dialect = 'sqlite' | 'postgres';

export const dialectOf = (knex: Knex): Dialect => (/sqlite/.test(String(knex.client?.config?.client)) ? 'sqlite' : 'postgres');

/** A quoted identifier (names come from Strapi's metadata, never from a request). */
export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A column of an aliased table, quoted. */
export const col = (alias: string, column: string) => `${alias}.${q(column)}`;

/**
 * `column IN (<the JSON array bound to one ?>)`: one SQL text whatever the number of keys, so a
 * prepared statement serves every batch size. Bind the keys with `JSON.stringify`.
 */
export const inJsonArray = (dialect: Dialect, column: string, kind: 'integer' | 'text') =>
  dialect === 'sqlite'
    ? `${column} IN (SELECT value FROM json_each(?))`
    : `${column} IN (SELECT CAST(v AS ${kind}) FROM json_array_elements_text(CAST(? AS json)) AS v)`;

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
