import type { Core, UID as StrapiUid } from '@strapi/strapi';
import type { DemoEntry, DemoRef } from '../../plugin/server/src/demo/scenario';
import { UID } from '../../types/domain/uids';
import { isLocalized } from '../../plugin/server/src/validation/versions';

const DEFAULT_LOCALE = 'de';

/**
 * Writes entries through the Document Service exactly as the demo content loader does (published,
 * default locale, relations as `connect`), so the rows are the ones Strapi itself writes: draft and
 * published versions, link tables, components, search text. It skips the loader's look-up of
 * existing entries, since a bench catalog always starts from an empty database.
 */
export const createDocumentWriter = (strapi: Core.Strapi) => {
  const ids = new Map<string, string>();
  const models = new Map<string, { localized: boolean; draftAndPublish: boolean }>();
  const modelOf = (uid: string) => {
    if (!models.has(uid)) {
      const model = strapi.getModel(uid as StrapiUid.ContentType);
      models.set(uid, { localized: isLocalized(model), draftAndPublish: model.options?.draftAndPublish === true });
    }
    return models.get(uid)!;
  };

  const target = (ref: DemoRef) => {
    const documentId = ids.get(ref);
    if (!documentId) throw new Error(`Bench catalog: ${ref} is used before it is defined.`);
    const uid = UID[ref.split(':')[0] as keyof typeof UID];
    return modelOf(uid).localized ? { documentId, locale: DEFAULT_LOCALE } : { documentId };
  };

  return async (entry: DemoEntry) => {
    const uid = UID[entry.type];
    const { localized, draftAndPublish } = modelOf(uid);
    const links = Object.fromEntries(Object.entries(entry.links ?? {}).map(([field, refs]) => [field, { connect: [refs].flat().map(target) }]));
    const created = await strapi.documents(uid as StrapiUid.ContentType).create({
      data: { ...entry.data, ...links },
      locale: localized ? DEFAULT_LOCALE : undefined,
      status: draftAndPublish ? 'published' : undefined,
    } as never);
    ids.set(`${entry.type}:${entry.key}`, created.documentId);
  };
};
