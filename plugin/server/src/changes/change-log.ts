import type { Core, UID } from '@strapi/strapi';
import { CHANGE_UID, type PublicContentType } from '../../../../types/domain/changes';
import type { LocaleChange, StoredVersion } from './diff';

export const isLocalized = (model: { pluginOptions?: unknown }) =>
  (model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

/**
 * Reads a document's rows before and after a write, and appends what changed to the feed with
 * the write's own transaction: a change is in the feed if and only if it committed.
 */
export const createChangeLog = (strapi: Core.Strapi) => ({
  async versions(uid: string, documentId: string): Promise<StoredVersion[]> {
    const model = strapi.getModel(uid as UID.ContentType);
    const localized = isLocalized(model);
    const select = ['id', 'locale', 'updatedAt', 'publishedAt', ...('slug' in model.attributes ? ['slug'] : [])];
    const rows: Record<string, any>[] = await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId }, select });
    return rows.map((row) => ({
      id: row.id,
      locale: localized ? (row.locale ?? null) : null,
      slug: row.slug ?? null,
      updatedAt: row.updatedAt ?? null,
      publishedAt: row.publishedAt ?? null,
    }));
  },

  async record(type: PublicContentType, documentId: string, changes: LocaleChange[]) {
    if (changes.length === 0) return;
    await strapi.db.transaction(async ({ trx }) => {
      // Ids are the consumers' cursor: held to commit, this lock makes ids commit in the order they are assigned (SQLite serializes writers anyway).
      if (strapi.db.dialect.client === 'postgres') await trx.raw("select pg_advisory_xact_lock(hashtext('showrunner.changes'))");
      const occurredAt = new Date();
      await strapi.db.query(CHANGE_UID as UID.Schema).createMany({
        data: changes.map(({ locale, slug, kind }) => ({
          subjectType: type,
          subjectDocumentId: documentId,
          subjectSlug: slug,
          subjectLocale: locale,
          kind,
          occurredAt,
          publishedAt: occurredAt,
        })),
      });
    });
  },
});
