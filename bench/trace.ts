import { randomUUID } from 'node:crypto';
import type { HttpRequestSpec } from './load/load';
import { UNIQUE_ID } from './targets';

export interface TracedStatement {
  sql: string;
  bindings?: unknown[];
  /** Null for statements knex sends without a response event (BEGIN, COMMIT). */
  ms: number | null;
  rows: number | null;
}

export interface StatementShape {
  sql: string;
  count: number;
  ms: number;
  rows: number;
}

/** Sends one request with the bench's trace header and reads back the SQL it ran (cms/src/bench/sql-meter.ts). */
export const traceRequest = async (baseUrl: string, spec: HttpRequestSpec): Promise<TracedStatement[]> => {
  const body = spec.body?.replaceAll(UNIQUE_ID, randomUUID());
  const response = await fetch(`${baseUrl}${spec.path}`, { method: spec.method, headers: { ...spec.headers, 'x-bench-trace': '1' }, body });
  await response.arrayBuffer();
  return (await (await fetch(`${baseUrl}/_bench/sql-trace`)).json()) as TracedStatement[];
};

/** Statements that differ only in their bound values, counted together: N+1 patterns show up as one shape run N times. */
export const shapesOf = (statements: TracedStatement[]): StatementShape[] => {
  const shapes = new Map<string, StatementShape>();
  for (const statement of statements) {
    const sql = statement.sql.replace(/\(\?(, \?)*\)/g, '(?…)').replace(/\s+/g, ' ');
    const shape = shapes.get(sql) ?? { sql, count: 0, ms: 0, rows: 0 };
    shape.count += 1;
    shape.ms += statement.ms ?? 0;
    shape.rows += statement.rows ?? 0;
    shapes.set(sql, shape);
  }
  return [...shapes.values()].sort((a, b) => b.count - a.count || b.ms - a.ms);
};
