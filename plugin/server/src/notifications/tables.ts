import type { Core } from '@strapi/strapi';

type Meta = { tableName: string; attributes: Record<string, { columnName?: string; joinColumn?: { name: string } }> };

/**
 * Table and column names of a content type, for the planner's and inbox's bulk statements:
 * fanning out to 100,000 followers row by row through the query engine would take minutes.
 */
export const tableOf = (strapi: Core.Strapi, uid: string) => {
  const meta = strapi.db.metadata.get(uid) as unknown as Meta;
  const column = (name: string) => {
    const attribute = meta.attributes[name];
    if (!attribute) throw new Error(`${uid} has no attribute ${name}`);
    return attribute.joinColumn?.name ?? attribute.columnName ?? name;
  };
  return { name: meta.tableName, column };
};

/** Strapi's JSON columns come back as strings on SQLite and parsed on PostgreSQL. */
export const parseJson = <T>(value: unknown): T | null => {
  if (value == null) return null;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
};
