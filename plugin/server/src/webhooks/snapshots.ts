import type { Core, UID } from '@strapi/strapi';
import type { Version } from './derive';
import { PAYLOAD_RELATIONS, type Row } from './payloads';

/** Bookkeeping fields: they change on every write and mean nothing to a receiver. */
const IGNORED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy']);

type Attribute = { type: string; target?: string; mappedBy?: string; component?: string; visible?: boolean; private?: boolean };
type Populate = Record<string, unknown>;

interface Plan {
  draftAndPublish: boolean;
  compared: string[];
  relations: Set<string>;
  comparePopulate: Populate;
  payloadPopulate: Populate;
}

const dropIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(dropIds);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, dropIds(inner)])
    );
  }
  return value;
};

const documentIds = (value: unknown) => (Array.isArray(value) ? value.map((item: Row) => item.documentId) : ((value as Row | null)?.documentId ?? null));

/**
 * Loads the published versions of a document the way derivation needs them: with the relations
 * payloads name, and, when asked, with everything an editor can change in comparable form.
 * Only the owning side of relations is compared: the inverse side is edited on the other document.
 */
export const createSnapshots = (strapi: Core.Strapi) => {
  const plans = new Map<string, Plan>();

  const componentPopulate = (uid: string, depth = 0): Populate | true => {
    const attributes = strapi.getModel(uid as UID.Component).attributes as Record<string, Attribute>;
    const populate: Populate = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'media') populate[name] = { select: ['url'] };
      if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
      if (attribute.type === 'component' && depth < 2) populate[name] = { populate: componentPopulate(attribute.component!, depth + 1) };
    }
    return Object.keys(populate).length ? populate : true;
  };

  const plan = (uid: string): Plan => {
    const cached = plans.get(uid);
    if (cached) return cached;
    const model = strapi.getModel(uid as UID.ContentType);
    const compared: string[] = [];
    const relations = new Set<string>();
    const comparePopulate: Populate = {};
    for (const [name, attribute] of Object.entries(model.attributes as Record<string, Attribute>)) {
      if (IGNORED.has(name) || attribute.visible === false || attribute.private) continue;
      if (attribute.type === 'relation') {
        if (attribute.mappedBy || !attribute.target?.startsWith('plugin::showrunner.')) continue;
        comparePopulate[name] = { select: ['documentId'] };
        relations.add(name);
      } else if (attribute.type === 'component') {
        comparePopulate[name] = { populate: componentPopulate(attribute.component!) };
      } else if (attribute.type === 'media') {
        comparePopulate[name] = { select: ['url'] };
      } else if (attribute.type === 'dynamiczone') {
        continue;
      }
      compared.push(name);
    }
    const payloadPopulate = Object.fromEntries(Object.entries(PAYLOAD_RELATIONS[uid] ?? {}).map(([name, select]) => [name, { select }]));
    const result = { draftAndPublish: model.options?.draftAndPublish === true, compared, relations, comparePopulate, payloadPopulate };
    plans.set(uid, result);
    return result;
  };

  const mergePopulate = (a: Populate, b: Populate) => {
    const merged: Populate = { ...a };
    for (const [name, value] of Object.entries(b)) {
      const existing = merged[name] as { select?: string[] } | undefined;
      const select = (value as { select: string[] }).select;
      merged[name] = existing?.select ? { select: [...new Set([...existing.select, ...select])] } : value;
    }
    return merged;
  };

  return {
    async load(uid: string, documentId: string, { compare }: { compare: boolean }): Promise<Version[]> {
      const { draftAndPublish, compared, relations, comparePopulate, payloadPopulate } = plan(uid);
      const populate = compare ? mergePopulate(comparePopulate, payloadPopulate) : payloadPopulate;
      const rows: Row[] = await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId }, populate });
      const published = draftAndPublish ? rows.filter((row) => row.publishedAt) : rows;
      // A published row links only to published targets; the draft still names a person or
      // series that is not public yet, and receivers need those ids all the same.
      const drafts = new Map(draftAndPublish ? rows.filter((row) => !row.publishedAt).map((row) => [row.locale ?? null, row]) : []);
      const payloadRelations = Object.keys(payloadPopulate);
      return published.map((row) => {
        const draft = drafts.get(row.locale ?? null);
        const links = draft ? Object.fromEntries(payloadRelations.map((name) => [name, draft[name]])) : {};
        const values = compare
          ? Object.fromEntries(compared.map((name) => [name, relations.has(name) ? documentIds(row[name]) : dropIds(row[name] ?? null)]))
          : undefined;
        return { locale: row.locale ?? null, row: { ...row, ...links }, values };
      });
    },
  };
};
