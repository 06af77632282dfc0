import type { Core } from '@strapi/strapi';
import { isShowrunnerUid } from '../../../../types/domain/uids';

type Meta = { tableName: string; attributes: Record<string, { columnName?: string }>; indexes?: { name: string; columns: string[]; type?: string }[] };

/**
 * Indexes the public read path looks documents up by, beyond what Strapi creates itself
 * (document id, locale and publication state, and every link table's keys): slugs. They are
 * added to Strapi's own model metadata before its schema sync, so Strapi creates them with the
 * tables and keeps them (an index it does not know it would drop on the next start).
 */
export const addReadPathIndexes = (strapi: Core.Strapi) => {
  for (const uid of Object.keys(strapi.contentTypes).filter(isShowrunnerUid)) {
    const meta = strapi.db.metadata.get(uid) as unknown as Meta;
    const column = meta.attributes.slug?.columnName;
    if (!column) continue;
    const name = `${meta.tableName}_slug_idx`;
    meta.indexes ??= [];
    if (!meta.indexes.some((index) => index.name === name)) meta.indexes.push({ name, columns: [column] });
  }
};
