import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';

interface Counter {
  statements: number;
  rows: number;
}

const storage = new AsyncLocalStorage<Counter>();
const watched = new WeakSet<object>();

const rowsOf = (response: unknown) =>
  Array.isArray(response)
    ? response.length
    : Array.isArray((response as { rows?: unknown[] } | null)?.rows)
      ? (response as { rows: unknown[] }).rows.length
      : 0;

/**
 * Counts the SQL statements each GraphQL request sends and the rows they answer (knex `query`
 * and `query-response` events, attributed to the request through async context). Tests and the
 * benchmark read the counts; it is off in production.
 */
export const watchStatements = (knex: Knex) => {
  if (watched.has(knex)) return;
  watched.add(knex);
  knex.on('query', () => {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
  });
  knex.on('query-response', (response: unknown) => {
    const counter = storage.getStore();
    if (counter) counter.rows += rowsOf(response);
  });
};

export const countingStatements = <T>(fn: () => Promise<T>) => storage.run({ statements: 0, rows: 0 }, fn);

export const statementsSoFar = () => storage.getStore()?.statements ?? null;

export const rowsSoFar = () => storage.getStore()?.rows ?? null;
