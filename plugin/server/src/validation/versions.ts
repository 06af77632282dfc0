import type { Core, UID } from '@strapi/strapi';

export interface WrittenDocument {
  uid: string;
  documentId: string;
  locale: string | null;
}

export const isLocalized = (model: { pluginOptions?: object }) =>
  (model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

/** The `where` that selects the editable version of a document: its draft, or its only row without draft & publish. */
export const draftWhere = (strapi: Core.Strapi, { uid, documentId, locale }: WrittenDocument) => {
  const model = strapi.getModel(uid as UID.Schema);
  return {
    documentId,
    ...(model.options?.draftAndPublish ? { publishedAt: null } : {}),
    ...(isLocalized(model) && locale ? { locale } : {}),
  };
};

export const loadDraft = (strapi: Core.Strapi, written: WrittenDocument, populate?: Record<string, unknown>) =>
  strapi.db.query(written.uid as UID.Schema).findOne({ where: draftWhere(strapi, written), populate }) as Promise<Record<string, any> | null>;
