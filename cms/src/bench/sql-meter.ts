import type { Core } from '@strapi/strapi';

export const SQL_METER_HEADERS = {
  statements: 'x-bench-sql-statements',
  sqlMs: 'x-bench-sql-ms',
  handlerMs: 'x-bench-handler-ms',
};

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
  const started = new Map<string, number>();
  const watch = () => {
    const knex = strapi.db.connection;
    knex.on('query', (query: { __knexQueryUid: string }) => {
      statements += 1;
      started.set(query.__knexQueryUid, performance.now());
    });
    const finish = (_: unknown, query: { __knexQueryUid: string }) => {
      const at = started.get(query.__knexQueryUid);
      if (at === undefined) return;
      started.delete(query.__knexQueryUid);
      sqlMs += performance.now() - at;
    };
    knex.on('query-response', finish);
    knex.on('query-error', finish);
  };
  return async (ctx, next) => {
    if (!watching) {
      watching = true;
      watch();
    }
    const before = { statements, sqlMs, at: performance.now() };
    await next();
    ctx.set(SQL_METER_HEADERS.statements, String(statements - before.statements));
    ctx.set(SQL_METER_HEADERS.sqlMs, (sqlMs - before.sqlMs).toFixed(3));
    ctx.set(SQL_METER_HEADERS.handlerMs, (performance.now() - before.at).toFixed(3));
  };
};
