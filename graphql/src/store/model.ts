import type { Core } from '@strapi/strapi';

type Attribute = {
  type: string;
  columnName?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
  /** A to-one relation stored as a column of this table (`useJoinTable: false`). */
  joinColumn?: { name: string };
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    on?: Record<string, string>;
  };
};

const SYSTEM_TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'publishedAt']);

type Meta = { uid: string; tableName: string; attributes: Record<string, Attribute> };

export interface Link {
  table: string;
  sourceColumn: string;
  targetColumn: string;
  orderColumn?: string;
  on?: Record<string, string>;
  target: string;
}

/**
 * Table, column and link-table names of Strapi's models, read once from `strapi.db.metadata`,
 * so the read path never hard-codes how Strapi lays out its tables.
 */
export const createModel = (strapi: Core.Strapi) => {
  const metas = new Map<string, Meta>();
  const meta = (uid: string): Meta => {
    let found = metas.get(uid);
    if (!found) {
      found = strapi.db.metadata.get(uid) as unknown as Meta;
      if (!found) throw new Error(`Unknown model ${uid}`);
      metas.set(uid, found);
    }
    return found;
  };
  const schema = (uid: string) =>
    strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean }; pluginOptions?: any; attributes?: Record<string, { private?: boolean }> };
  const columnLists = new Map<string, { name: string; column: string; type: string }[]>();
  const readLists = new Map<string, { name: string; column: string; type: string }[]>();

  return {
    table: (uid: string) => meta(uid).tableName,
    isLocalized: (uid: string) => schema(uid).pluginOptions?.i18n?.localized === true,
    hasDraftAndPublish: (uid: string) => schema(uid).options?.draftAndPublish === true,
    column: (uid: string, attribute: string) => {
      const column = meta(uid).attributes[attribute]?.columnName;
      if (!column) throw new Error(`${uid} has no column for ${attribute}`);
      return column;
    },
    /** The column of a to-one relation kept in the model's own table (`useJoinTable: false`). */
    joinColumn: (uid: string, field: string) => {
      const column = meta(uid).attributes[field]?.joinColumn?.name;
      if (!column) throw new Error(`${uid}.${field} is not a relation kept in a column`);
      return column;
    },
    link: (uid: string, field: string): Link => {
      const attribute = meta(uid).attributes[field];
      const joinTable = attribute?.joinTable;
      if (!joinTable) throw new Error(`${uid}.${field} is not a relation with a link table`);
      return {
        table: joinTable.name,
        sourceColumn: joinTable.joinColumn.name,
        targetColumn: joinTable.inverseJoinColumn.name,
        orderColumn: joinTable.orderColumnName,
        on: joinTable.on,
        target: attribute.target ?? attribute.component!,
      };
    },
    /** Column -> attribute names with their types, for turning rows into entities (computed once per model). */
    columns: (uid: string) => {
      let list = columnLists.get(uid);
      if (!list) {
        list = Object.entries(meta(uid).attributes)
          .filter(([, attribute]) => attribute.columnName)
          .map(([name, attribute]) => ({ name, column: attribute.columnName!, type: attribute.type }));
        columnLists.set(uid, list);
      }
      return list;
    },
    /**
     * The columns the public read path reads: not private ones (search text) and not Strapi's
     * bookkeeping timestamps, which no resolver shows; the row id, document id and locale always.
     */
    readColumns: (uid: string) => {
      let list = readLists.get(uid);
      if (!list) {
        const attributes = schema(uid).attributes ?? {};
        list = Object.entries(meta(uid).attributes)
          .filter(([name, attribute]) => attribute.columnName && !attributes[name]?.private && !SYSTEM_TIMESTAMPS.has(name))
          .map(([name, attribute]) => ({ name, column: attribute.columnName!, type: attribute.type }));
        readLists.set(uid, list);
      }
      return list;
    },
  };
};

export type Model = ReturnType<typeof createModel>;
