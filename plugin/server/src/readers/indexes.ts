import type { Core } from '@strapi/strapi';
import { READER_UID } from './uids';

type Meta = { tableName: string; attributes: Record<string, { columnName?: string }>; indexes?: { name: string; columns: string[]; type?: string }[] };

/** The keys that make follows idempotent, one open report per reader and comment, and reset tokens findable by hash. */
const UNIQUE_KEYS: [uid: string, attribute: string][] = [
  [READER_UID.follow, 'followKey'],
  [READER_UID.report, 'openKey'],
  [READER_UID.resetToken, 'tokenHash'],
];

/**
 * Unique indexes, added to Strapi's model metadata before its schema sync (like host/indexes.ts),
 * so Strapi creates and keeps them. A closed report's key is null, and null never collides.
 */
export const addReaderIndexes = (strapi: Core.Strapi) => addUniqueIndexes(strapi, UNIQUE_KEYS);

/** Adds a unique index on each (content type, attribute) to Strapi's model metadata, once. */
export const addUniqueIndexes = (strapi: Core.Strapi, keys: [uid: string, attribute: string][]) => {
  for (const [uid, attribute] of keys) {
    const meta = strapi.db.metadata.get(uid) as unknown as Meta;
    const column = meta.attributes[attribute]?.columnName;
    if (!column) continue;
    const name = `${meta.tableName}_${column}_uq`;
    meta.indexes ??= [];
    if (!meta.indexes.some((index) => index.name === name)) meta.indexes.push({ name, columns: [column], type: 'unique' });
  }
};
