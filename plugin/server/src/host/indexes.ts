import type { Core } from '@strapi/strapi';
import { isShowrunnerUid } from '../../../../types/domain/uids';

type Index = { name: string; columns: string[]; type?: string };
type Meta = {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: { name: string; joinColumn: { name: string }; on?: { field?: string } } }>;
  indexes?: Index[];
};

const addIndex = (meta: Meta, index: Index) => {
  meta.indexes ??= [];
  if (!meta.indexes.some(({ name }) => name === index.name)) meta.indexes.push(index);
};

/**
 * Indexes the public read path looks documents up by, beyond what Strapi creates itself
 * (document id, locale and publication state, and every link table's keys): slugs, and a
 * component join table's owner with field and type, the three columns every component read
 * filters on (Strapi indexes them one by one, and SQLite then picks the type index and reads the
 * components of every document). They are added to Strapi's own model metadata before its schema
 * sync, so Strapi creates them with the tables and keeps them (an index it does not know it
 * would drop on the next start).
 */
export const addReadPathIndexes = (strapi: Core.Strapi) => {
  for (const uid of Object.keys(strapi.contentTypes).filter(isShowrunnerUid)) {
    const meta = strapi.db.metadata.get(uid) as unknown as Meta;
    const column = meta.attributes.slug?.columnName;
    if (column) addIndex(meta, { name: `${meta.tableName}_slug_idx`, columns: [column] });
    // Strapi's metadata turns a component attribute into a relation through the join table, on its field.
    const joinTable = Object.values(meta.attributes).find((attribute) => attribute.joinTable?.on?.field)?.joinTable;
    const links = joinTable && (strapi.db.metadata.get(joinTable.name) as unknown as Meta | undefined);
    if (joinTable && links?.attributes.field && links.attributes.component_type) {
      addIndex(links, { name: `${links.tableName}_owner_idx`, columns: [joinTable.joinColumn.name, 'field', 'component_type'] });
    }
  }
};
