import type { Core, Modules, UID } from '@strapi/strapi';
import { publicContentTypeOf } from '../../../../types/domain/changes';
import { createChangeLog, isLocalized } from './change-log';
import { diffVersions } from './diff';

type Context = Parameters<Modules.Documents.Middleware.Middleware>[0];

const NEW_DOCUMENT = new Set(['create', 'clone']);

/** Whether an action can change what the public sees; saving a draft cannot, and records nothing. */
const canChangePublic = (ctx: Context, draftAndPublish: boolean) => {
  if (ctx.action === 'publish' || ctx.action === 'unpublish' || ctx.action === 'delete') return true;
  if (ctx.action !== 'create' && ctx.action !== 'update' && ctx.action !== 'clone') return false;
  return !draftAndPublish || (ctx.params as { status?: string }).status === 'published';
};

const writtenLocales = (result: unknown): (string | null)[] => {
  const value = result as { entries?: { locale?: string | null }[]; documentId?: string; locale?: string | null } | null;
  if (Array.isArray(value?.entries)) return value.entries.map((entry) => entry.locale ?? null);
  return value?.documentId ? [value.locale ?? null] : [];
};

/**
 * Appends the change feed inside the write's transaction, from the document's rows before and
 * after the write (the same in-transaction derivation as the webhook outbox, without payloads).
 */
export const changeFeedMiddleware = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const log = createChangeLog(strapi);

  return async (ctx, next) => {
    const type = publicContentTypeOf(ctx.uid);
    const model = type ? strapi.getModel(ctx.uid as UID.ContentType) : null;
    if (!type || !canChangePublic(ctx, model?.options?.draftAndPublish === true)) return next();

    return strapi.db.transaction(async () => {
      const known = NEW_DOCUMENT.has(ctx.action) ? undefined : (ctx.params as { documentId?: string }).documentId;
      const before = known ? await log.versions(ctx.uid, known) : [];
      const result = await next();
      const documentId = known ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      const after = await log.versions(ctx.uid, documentId);
      const written = writtenLocales(result).map((locale) => (isLocalized(model!) ? locale : null));
      await log.record(type, documentId, diffVersions(before, after, written));
      return result;
    });
  };
};
