import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();
const watched = new WeakSet<object>();

/**
 * Counts the SQL statements each GraphQL request sends (knex `query` events, attributed to the
 * request through async context). Tests and the benchmark read the count; it is off in production.
 */
export const watchStatements = (knex: Knex) => {
  if (watched.has(knex)) return;
  watched.add(knex);
  knex.on('query', () => {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
  });
};

export const countingStatements = <T>(fn: () => Promise<T>) => storage.run({ statements: 0 }, fn);

export const statementsSoFar = () => storage.getStore()?.statements ?? null;
