import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { ballardUniverse } from '../demo/ballard-universe';
import type { DemoEntry, DemoRef } from '../demo/scenario';
import { getSettings } from '../config/get-settings';
import { UID } from '../../../../types/domain/uids';
import { isLocalized } from '../validation/versions';

const DEFAULT_LOCALE = 'de';

export interface LoadReport {
  created: number;
  found: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const model = (uid: string) => strapi.getModel(uid as StrapiUid.ContentType);
  const isLocalizedUid = (uid: string) => isLocalized(model(uid));
  const hasDraftAndPublish = (uid: string) => model(uid).options?.draftAndPublish === true;

  const target = (ids: Map<string, string>, ref: DemoRef) => {
    const documentId = ids.get(ref);
    if (!documentId) throw new Error(`Demo content: ${ref} is used before it is defined.`);
    const uid = UID[ref.split(':')[0] as keyof typeof UID];
    return isLocalizedUid(uid) ? { documentId, locale: DEFAULT_LOCALE } : { documentId };
  };

  const relationData = (ids: Map<string, string>, links: DemoEntry['links'] = {}) =>
    Object.fromEntries(Object.entries(links).map(([field, refs]) => [field, { connect: [refs].flat().map((ref) => target(ids, ref)) }]));

  /** Finds an entry loaded before by its identity fields, so a second load adds nothing. */
  const findExisting = (uid: string, entry: DemoEntry, ids: Map<string, string>) => {
    const where: Record<string, unknown> = {};
    for (const field of entry.identity ?? ['slug']) {
      const link = entry.links?.[field];
      if (link) where[field] = { documentId: target(ids, [link].flat()[0]).documentId };
      else where[field] = entry.data[field] ?? { $null: true };
    }
    return strapi.db.query(uid as StrapiUid.Schema).findOne({ where, select: ['documentId'] });
  };

  return {
    /** The `demoContent` setting (SHOWRUNNER_DEMO_CONTENT): on by default outside production. */
    enabled: () => getSettings(strapi).demoContent,

    async loadIfEmpty() {
      if ((await strapi.db.query(UID.series).count()) > 0) return null;
      const report = await this.load();
      strapi.log.info(`[showrunner] Demo content loaded: ${report.created} entries (the Ballard universe).`);
      return report;
    },

    async load(scenario: DemoEntry[] = ballardUniverse, onProgress?: (done: number, total: number, entry: DemoEntry) => void) {
      const ids = new Map<string, string>();
      const report: LoadReport = { created: 0, found: 0 };
      for (const [index, entry] of scenario.entries()) {
        const uid = UID[entry.type];
        const documents = strapi.documents(uid as StrapiUid.ContentType);
        const existing = await findExisting(uid, entry, ids);
        if (existing) {
          ids.set(`${entry.type}:${entry.key}`, existing.documentId);
          report.found += 1;
        } else {
          const locale = isLocalizedUid(uid) ? DEFAULT_LOCALE : undefined;
          const status = hasDraftAndPublish(uid) ? 'published' : undefined;
          const data = { ...entry.data, ...relationData(ids, entry.links) };
          const created = await documents.create({ data, locale, status } as never);
          ids.set(`${entry.type}:${entry.key}`, created.documentId);
          for (const [translation, fields] of Object.entries(entry.translations ?? {})) {
            await documents.update({ documentId: created.documentId, locale: translation, data: { ...entry.data, ...fields }, status } as never);
          }
          report.created += 1;
        }
        onProgress?.(index + 1, scenario.length, entry);
      }
      return report;
    },
  };
};
