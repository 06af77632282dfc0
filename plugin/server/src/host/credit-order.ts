import { createCreditOrder, createModel, type CreditOrder } from '@showrunner/graphql';
import type { Core, Modules } from '@strapi/strapi';
import { UID } from '../../../../types/domain/uids';

const WATCHED = new Set<string>([UID.series, UID.credit, UID.person]);
const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

const orders = new WeakMap<Core.Strapi, CreditOrder>();
// Strapi's model metadata is complete once the schema is loaded, after register: built on first use.
const orderOf = (strapi: Core.Strapi) => {
  let order = orders.get(strapi);
  if (!order) orders.set(strapi, (order = createCreditOrder(createModel(strapi))));
  return order;
};

/**
 * Keeps the stored order of cast and crew (graphql/src/store/credit-order.ts) current: a write to a
 * series, credit or person ranks again, in the write's own transaction, every series it touched,
 * before and after (a credit moved to another series, a person renamed or unpublished).
 */
export const creditOrderMiddleware = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  return async (ctx, next) => {
    if (!WATCHED.has(ctx.uid) || READS.has(ctx.action)) return next();
    const order = orderOf(strapi);
    return strapi.db.transaction(async ({ trx }) => {
      const known = (ctx.params as { documentId?: string } | undefined)?.documentId;
      const before = known ? await order.affectedSeries(trx, ctx.uid, known) : [];
      const result = await next();
      const documentId = known ?? (result as { documentId?: string } | null)?.documentId;
      const after = documentId ? await order.affectedSeries(trx, ctx.uid, documentId) : [];
      await order.rebuild(trx, [...new Set([...before, ...after])]);
      return result;
    });
  };
};

/** Ranks every series at start-up: writes that bypass the Document Service (imports, SQL) are not seen by the middleware. */
export const rebuildCreditOrder = async (strapi: Core.Strapi) => {
  const started = Date.now();
  await strapi.db.transaction(({ trx }) => orderOf(strapi).rebuild(trx, 'all'));
  const elapsed = Date.now() - started;
  if (elapsed > 1000) strapi.log.info(`[showrunner] Ranked the cast and crew of every series in ${(elapsed / 1000).toFixed(1)} s`);
};
