import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

export const SQL_METER_HEADERS = {
  statements: 'x-bench-sql-statements',
  sqlMs: 'x-bench-sql-ms',
  handlerMs: 'x-bench-handler-ms',
  /** Sent by the bench to have the request's statements kept for GET SQL_TRACE_PATH. */
  trace: 'x-bench-trace',
};

export const SQL_TRACE_PATH = '/_bench/sql-trace';

interface TracedStatement {
  sql: string;
  /** Kept so the bench can ask the database for the statement's plan (EXPLAIN). */
  bindings: unknown[];
  ms: number;
  rows: number | null;
}

/**
 * Counts knex queries and the time between each query's start and its response, from a request's
 * start to its response, plus the time the rest of the middleware chain took. Global counters,
 * not per-request context: the bench reads these headers from requests it sends one at a time,
 * and then they include everything Strapi does for a request (auth, permissions, populate).
 */
export const meterSql = (strapi: Core.Strapi) => {
  let statements = 0;
  let sqlMs = 0;
  let watching = false;
  let tracing: TracedStatement[] | null = null;
  let lastTrace: TracedStatement[] = [];
  const started = new Map<string, { at: number; traced: TracedStatement | null }>();
  const watch = () => {
    const knex = strapi.db.connection;
    knex.on('query', (query: { __knexQueryUid: string; sql: string; bindings?: unknown[] }) => {
      statements += 1;
      const traced = tracing ? { sql: query.sql, bindings: query.bindings ?? [], ms: NaN, rows: null } : null;
      if (traced) tracing!.push(traced);
      started.set(query.__knexQueryUid, { at: performance.now(), traced });
    });
    const finish = (response: unknown, query: { __knexQueryUid: string }) => {
      const start = started.get(query.__knexQueryUid);
      if (!start) return;
      started.delete(query.__knexQueryUid);
      const ms = performance.now() - start.at;
      sqlMs += ms;
      if (start.traced) Object.assign(start.traced, { ms, rows: Array.isArray(response) ? response.length : null });
    };
    knex.on('query-response', finish);
    knex.on('query-error', (_error: unknown, query: { __knexQueryUid: string }) => finish(null, query));
  };
  return async (ctx: Context, next: Next) => {
    if (ctx.path === SQL_TRACE_PATH) {
      ctx.body = lastTrace;
      return;
    }
    if (!watching) {
      watching = true;
      watch();
    }
    if (ctx.get(SQL_METER_HEADERS.trace)) tracing = [];
    const before = { statements, sqlMs, at: performance.now() };
    await next();
    ctx.set(SQL_METER_HEADERS.statements, String(statements - before.statements));
    ctx.set(SQL_METER_HEADERS.sqlMs, (sqlMs - before.sqlMs).toFixed(3));
    ctx.set(SQL_METER_HEADERS.handlerMs, (performance.now() - before.at).toFixed(3));
    if (tracing) {
      lastTrace = tracing;
      tracing = null;
    }
  };
};
