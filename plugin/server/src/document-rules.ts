import type { Core, Modules } from '@strapi/strapi';
import { getService } from './get-service';
import { isShowrunnerUid } from '../../../types/domain/uids';

const WRITES = new Set(['create', 'update']);

/**
 * Checks run against the state the write left behind, inside the write's own transaction:
 * whatever shape the input had (documentId, connect/disconnect, set), a rule sees the result,
 * and throwing rolls the whole write back.
 */
export const documentRules =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    if (!WRITES.has(ctx.action) || !isShowrunnerUid(ctx.uid)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const doc = result as { documentId?: string; locale?: string | null } | null;
      if (doc?.documentId) {
        const written = { uid: ctx.uid, documentId: doc.documentId, locale: doc.locale ?? null };
        await getService(strapi, 'validation').check(written);
        await getService(strapi, 'search-text').refresh(written);
      }
      return result;
    });
  };
